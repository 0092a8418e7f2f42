import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

export interface ReceivedMail {
  from: string
  to: string[]
  subject: string
  /** The text part, decoded from quoted-printable. */
  text: string
  messageId: string
}

export interface TestSmtpServer {
  url: string
  received: ReceivedMail[]
  /** Answers the next `count` messages with this SMTP reply code instead of accepting them. */
  failNext(count: number, responseCode: number): void
  close(): Promise<void>
}

const header = (raw: string, name: string) =>
  raw
    .match(new RegExp(`^${name}:\\s*(.*(?:\\r?\\n[ \\t].*)*)`, 'im'))?.[1]
    ?.replace(/\r?\n[ \t]/g, ' ')
    .trim() ?? ''

function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/)
  const body = rest.join('\n\n')
  if (!/quoted-printable/i.test(head ?? '')) return body.replace(/\r\n/g, '\n')
  const bytes = Buffer.from(
    body
      .replace(/=\r?\n/g, '')
      .replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    'latin1',
  )
  return bytes.toString('utf8').replace(/\r\n/g, '\n')
}

/** A real SMTP server on a random local port, for tests that follow mail end to end. */
export async function startSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = []
  let failures: { count: number; code: number } = { count: 0, code: 0 }
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        if (failures.count > 0) {
          failures.count--
          const err = new Error('Try again later') as Error & { responseCode: number }
          err.responseCode = failures.code
          return callback(err)
        }
        const raw = Buffer.concat(chunks).toString('utf8')
        received.push({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
          subject: header(raw, 'Subject'),
          text: decodeBody(raw),
          messageId: header(raw, 'Message-ID'),
        })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    failNext(count, code) {
      failures = { count, code }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

/** The first link in a mail's text that starts with `prefix`. */
export function linkIn(text: string, prefix: string): string {
  const link = text.split(/\s+/).find((word) => word.startsWith(prefix))
  if (!link) throw new Error(`no link starting ${prefix} in the mail`)
  return link
}
