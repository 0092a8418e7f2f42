import { createTransport } from 'nodemailer'
import type { Config } from '../config.ts'

export interface OutgoingMail {
  /** The outbox row: becomes the Message-ID, so a receiving system can tell a repeat. */
  outboxId: string
  to: string
  subject: string
  text: string
}

export interface Mailer {
  deliver(mail: OutgoingMail): Promise<void>
  /** False for real delivery: the worker then removes address and text once a mail is sent. */
  readonly keepsContent: boolean
  close(): void
}

// Every step is bounded well inside the outbox lease (see worker.ts), so a send in progress
// finishes or fails before anyone could think it abandoned.
const TIMEOUTS = {
  connectionTimeout: 10_000,
  greetingTimeout: 10_000,
  socketTimeout: 30_000,
  dnsTimeout: 10_000,
}

export function smtpMailer(url: string, from: string, publicUrl: string): Mailer {
  const transport = createTransport({ url, ...TIMEOUTS } as Parameters<typeof createTransport>[0])
  const host = new URL(publicUrl).hostname
  return {
    keepsContent: false,
    async deliver(mail) {
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        messageId: `<outbox-${mail.outboxId}@${host}>`,
        signal: AbortSignal.timeout(60_000),
      })
    },
    close: () => transport.close(),
  }
}

/** Outside production without SMTP_URL: mail is "delivered" into the outbox, read at /dev/mail. */
export const outboxOnlyMailer: Mailer = {
  keepsContent: true,
  deliver: async () => {},
  close: () => {},
}

export function createMailer(config: Config): Mailer {
  return config.SMTP_URL ? smtpMailer(config.SMTP_URL, config.MAIL_FROM, config.PUBLIC_URL) : outboxOnlyMailer
}

export const devMailEnabled = (config: Config) => !config.SMTP_URL && config.NODE_ENV !== 'production'
