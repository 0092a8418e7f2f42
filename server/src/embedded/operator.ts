import { connect, type Socket } from 'node:net'
import {
  errorResponse,
  failingParse,
  nextMessage,
  PENDING_UNTIL_SYNC,
  ReplyReader,
  syncMessage,
  type ErrorFields,
} from './wire.ts'

/** How long an operator (psql) may hold the shared session: one transaction, start to end. */
export const OPERATOR_HOLD_MS = 1000

const HELD_TOO_LONG: ErrorFields = {
  severity: 'FATAL',
  code: '25P03',
  message: `terminating connection: a transaction on the embedded database must end within ${OPERATOR_HOLD_MS / 1000} s; it was rolled back`,
  hint:
    'The embedded database has one session, shared with the running Heard server. ' +
    "Send a transaction in one go: psql -c 'begin; …; commit;' or psql -1 -f file.sql.",
}

/**
 * Serves one psql connection: passes its messages to psql's PGLiteSocketServer at `serverPath`
 * (which refuses what PGlite cannot serve, see session.ts) and its replies back, and bounds a
 * turn (a statement, a batch up to its Sync, a transaction) to OPERATOR_HOLD_MS. Past that the
 * connection is closed with a FATAL error, and closing the server connection rolls the turn back.
 * The server connection is only closed between messages, once every reply has come: closed
 * while PGlite runs a message, pglite-socket would not see the transaction it starts.
 */
export function serveOperator(psql: Socket, serverPath: string): void {
  const connection = new OperatorConnection(psql, connect(serverPath))
  psql.on('data', (data: Buffer) => connection.received(data))
  psql.on('error', () => connection.close())
  psql.on('close', () => connection.close())
}

class OperatorConnection {
  #buffer = Buffer.alloc(0)
  #started = false
  readonly #replies = new ReplyReader()
  /** ReadyForQuery messages still to come: one for each Query and each Sync sent. */
  #awaiting = 0
  #pendingSync = false
  #turnTimer: NodeJS.Timeout | undefined
  #overdue = false
  #closed = false

  constructor(
    private readonly psql: Socket,
    private readonly server: Socket,
  ) {
    server.on('data', (chunk: Buffer) => this.#replied(chunk))
    server.on('error', () => this.close())
    server.on('close', () => this.close())
  }

  received(data: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, data])
    try {
      for (
        let next = nextMessage(this.#buffer, this.#started);
        next && !this.#closed;
        next = nextMessage(this.#buffer, this.#started)
      ) {
        this.#buffer = this.#buffer.subarray(next.length)
        const { message } = next
        if (message.kind === 'encryption-request') this.psql.write('N')
        else if (message.kind === 'cancel') this.close()
        else if (message.kind === 'startup') {
          this.#started = true
          this.#awaiting++
          this.server.write(message.bytes)
        } else if (message.type === 'X') this.close()
        else this.#forward(message.type, message.bytes)
      }
    } catch {
      this.close()
    }
  }

  /** Closes psql's socket (after `fatal`, if given); the server connection follows once idle. */
  close(fatal?: ErrorFields): void {
    if (this.#closed) return
    this.#closed = true
    clearTimeout(this.#turnTimer)
    if (fatal && !this.psql.destroyed) this.psql.write(errorResponse(fatal))
    this.psql.end()
    if (this.#pendingSync) {
      // Ends the batch with an error, which rolls it back, rather than leaving it to a Sync.
      this.server.write(Buffer.concat([failingParse, syncMessage]))
      this.#pendingSync = false
      this.#awaiting++
    }
    if (this.#awaiting === 0 || this.server.destroyed) this.server.destroy()
  }

  #forward(type: string, bytes: Buffer): void {
    this.#turnTimer ??= setTimeout(() => {
      this.#overdue = true
      if (this.#awaiting === 0) this.close(HELD_TOO_LONG)
    }, OPERATOR_HOLD_MS)
    if (PENDING_UNTIL_SYNC.has(type)) this.#pendingSync = true
    if (type === 'S') this.#pendingSync = false
    if (type === 'Q' || type === 'S') this.#awaiting++
    this.server.write(bytes)
  }

  #replied(chunk: Buffer): void {
    if (!this.#closed) this.psql.write(chunk)
    const before = this.#replies.readyCount
    this.#replies.read(chunk)
    this.#awaiting -= this.#replies.readyCount - before
    if (this.#awaiting > 0) return
    if (this.#closed) return void this.server.destroy()
    if (!this.#pendingSync && this.#replies.last?.final && this.#replies.last.status === 'I') {
      clearTimeout(this.#turnTimer)
      this.#turnTimer = undefined
      this.#overdue = false
    } else if (this.#overdue) this.close(HELD_TOO_LONG)
  }
}
