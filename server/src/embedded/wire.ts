/** The pieces of the PostgreSQL wire protocol (3.0) that the embedded database's sockets need. */

const PROTOCOL_3 = 196608
const SSL_REQUEST = 80877103
const GSSENC_REQUEST = 80877104
const CANCEL_REQUEST = 80877102
/** Far beyond any statement an operator or Heard sends; a larger length is a broken client. */
const MAX_MESSAGE = 256 * 1024 * 1024

/** Extended-protocol messages whose work PostgreSQL keeps pending until the next Sync. */
export const PENDING_UNTIL_SYNC = new Set(['P', 'B', 'D', 'E', 'C', 'H'])

/** `I` idle, `T` in a transaction, `E` in a failed transaction (ReadyForQuery's status byte). */
export type TransactionStatus = 'I' | 'T' | 'E'

export type FrontendMessage =
  | { kind: 'startup'; bytes: Buffer }
  | { kind: 'encryption-request' }
  | { kind: 'cancel' }
  | { kind: 'typed'; type: string; bytes: Buffer }

/**
 * The first complete message at the front of `buffer`, and its length; `undefined` while it is
 * incomplete. Before the startup message, messages have no type byte. Throws on a length no
 * client sends.
 */
export function nextMessage(
  buffer: Buffer,
  started: boolean,
): { message: FrontendMessage; length: number } | undefined {
  if (!started) {
    if (buffer.length < 8) return undefined
    const length = buffer.readInt32BE(0)
    if (length < 8 || length > 10_000) throw new Error('bad startup packet')
    if (buffer.length < length) return undefined
    const code = buffer.readInt32BE(4)
    if (code === SSL_REQUEST || code === GSSENC_REQUEST)
      return { message: { kind: 'encryption-request' }, length }
    if (code === CANCEL_REQUEST) return { message: { kind: 'cancel' }, length }
    if (code !== PROTOCOL_3) throw new Error('unsupported protocol version')
    return { message: { kind: 'startup', bytes: buffer.subarray(0, length) }, length }
  }
  if (buffer.length < 5) return undefined
  const length = 1 + buffer.readInt32BE(1)
  if (length < 5 || length > MAX_MESSAGE) throw new Error('bad message length')
  if (buffer.length < length) return undefined
  const type = String.fromCharCode(buffer[0]!)
  return { message: { kind: 'typed', type, bytes: buffer.subarray(0, length) }, length }
}

function message(type: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5)
  head.write(type, 0, 'latin1')
  head.writeInt32BE(body.length + 4, 1)
  return Buffer.concat([head, body])
}

const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8')

/** A simple-protocol Query message. */
export const queryMessage = (sql: string) => message('Q', cstring(sql))

/** The SQL text of a Query (`Q`) or Parse (`P`) message. */
export function statementText(type: string, bytes: Buffer): string | undefined {
  if (type === 'Q') return bytes.toString('utf8', 5, bytes.length - 1)
  if (type !== 'P') return undefined
  const nameEnd = bytes.indexOf(0, 5)
  const textEnd = bytes.indexOf(0, nameEnd + 1)
  return nameEnd < 0 || textEnd < 0 ? undefined : bytes.toString('utf8', nameEnd + 1, textEnd)
}

/** A Parse message PostgreSQL rejects: it fails the extended-protocol batch it lands in. */
export const failingParse = message('P', Buffer.concat([cstring(''), cstring('-'), Buffer.alloc(2)]))
export const syncMessage = message('S', Buffer.alloc(0))

export const readyForQuery = (status: TransactionStatus) => message('Z', Buffer.from(status, 'latin1'))

export interface ErrorFields {
  severity: 'ERROR' | 'FATAL'
  /** SQLSTATE, e.g. `0A000` feature_not_supported. */
  code: string
  message: string
  hint?: string
}

export function errorResponse(error: ErrorFields): Buffer {
  const field = (name: string, value: string) => Buffer.concat([Buffer.from(name, 'latin1'), cstring(value)])
  return message(
    'E',
    Buffer.concat([
      field('S', error.severity),
      field('V', error.severity),
      field('C', error.code),
      field('M', error.message),
      ...(error.hint ? [field('H', error.hint)] : []),
      Buffer.alloc(1),
    ]),
  )
}

/**
 * Follows the backend's replies across the chunks they arrive in, to tell when one ends with
 * ReadyForQuery and with which transaction status.
 */
export class ReplyReader {
  #header = Buffer.alloc(0)
  #remaining = 0
  #type = ''
  /** The status of the last ReadyForQuery read, and whether nothing has followed it since. */
  last: { status: TransactionStatus; final: boolean } | undefined
  /** How many ReadyForQuery messages have been read. */
  readyCount = 0

  read(chunk: Uint8Array): void {
    let data = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength)
    while (data.length > 0) {
      if (this.#remaining === 0) {
        const need = 5 - this.#header.length
        this.#header = Buffer.concat([this.#header, data.subarray(0, need)])
        data = data.subarray(need)
        if (this.#header.length < 5) return
        this.#type = String.fromCharCode(this.#header[0]!)
        this.#remaining = this.#header.readInt32BE(1) - 4
        this.#header = Buffer.alloc(0)
        if (this.last) this.last.final = false
        continue
      }
      const body = data.subarray(0, this.#remaining)
      data = data.subarray(body.length)
      this.#remaining -= body.length
      if (this.#type === 'Z' && this.#remaining === 0) {
        this.last = { status: String.fromCharCode(body[body.length - 1]!) as TransactionStatus, final: true }
        this.readyCount++
      }
    }
  }
}
