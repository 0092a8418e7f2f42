import type { Socket } from 'node:net'
import { refusal, type Refusal } from './refused-sql.ts'
import type { Lease, SharedSession } from './session.ts'
import {
  errorResponse,
  nextMessage,
  readyForQuery,
  statementText,
  type ErrorFields,
  type FrontendMessage,
} from './wire.ts'

/** How long an operator (psql) may hold the shared session: one transaction, start to end. */
export const OPERATOR_HOLD_MS = 1000

/**
 * Run after each operator lease: what a session can keep between statements (temporary tables,
 * settings, a role, cursors, listeners, advisory locks) must not reach Heard's own queries.
 * Heard itself keeps none of these beyond a transaction, so resetting them takes nothing from it.
 */
const RESET_SESSION =
  'CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *; ' +
  'SELECT pg_advisory_unlock_all(); DISCARD TEMP'

const REFUSED: Record<Refusal, ErrorFields> = {
  'copy-from': {
    severity: 'ERROR',
    code: '0A000',
    message: "COPY … FROM (and psql's \\copy … from) is not available on the embedded database",
    hint:
      'PGlite cannot take COPY data through its socket. Load rows with INSERT statements ' +
      '(psql -f file.sql), or the directory with npm run heard -- directory:import. COPY … TO works.',
  },
  sleep: {
    severity: 'ERROR',
    code: '0A000',
    message: 'pg_sleep is not available on the embedded database',
    hint: 'PGlite cannot interrupt a running statement: the Heard server would stop answering while it sleeps.',
  },
}

const HELD_TOO_LONG: ErrorFields = {
  severity: 'FATAL',
  code: '25P03',
  message: `terminating connection: a transaction on the embedded database must end within ${OPERATOR_HOLD_MS / 1000} s; it was rolled back`,
  hint:
    'The embedded database has one session, shared with the running Heard server. ' +
    "Send a transaction in one go: psql -c 'begin; …; commit;' or psql -1 -f file.sql.",
}

/** Messages of a COPY into the database; nothing is copying, so they are dropped. */
const COPY_IN_MESSAGES = new Set(['d', 'c', 'f'])

/**
 * Serves one client socket on the shared session. COPY … FROM is refused on every connection.
 * Heard's own connections (`operator: false`) otherwise pass straight through. Operator
 * connections (psql) are guarded: pg_sleep is refused, a lease is bounded by OPERATOR_HOLD_MS
 * (then rolled back, and the connection closed), and the session is reset after each lease.
 */
export function serveConnection(socket: Socket, session: SharedSession, operator: boolean): void {
  const connection = new Connection(socket, session, operator)
  socket.on('data', (data: Buffer) => connection.received(data))
  socket.on('error', () => connection.close())
  socket.on('close', () => connection.close())
}

class Connection {
  #buffer = Buffer.alloc(0)
  #started = false
  #lease: Lease | undefined
  #leaseTimer: NodeJS.Timeout | undefined
  #overdue = false
  #skipUntilSync = false
  #closed = false
  /** Messages are handled one after another, in the order they came. */
  #work = Promise.resolve()

  constructor(
    private readonly socket: Socket,
    private readonly session: SharedSession,
    private readonly operator: boolean,
  ) {}

  received(data: Buffer): void {
    this.#buffer = Buffer.concat([this.#buffer, data])
    try {
      for (
        let next = nextMessage(this.#buffer, this.#started);
        next;
        next = nextMessage(this.#buffer, this.#started)
      ) {
        this.#buffer = this.#buffer.subarray(next.length)
        if (next.message.kind === 'startup') this.#started = true
        const message = next.message
        this.#queue(() => this.#handle(message))
      }
    } catch {
      this.close()
    }
  }

  /** Closes the socket (after `fatal`, if given); what the client held is rolled back. */
  close(fatal?: ErrorFields): void {
    if (this.#closed) return
    this.#closed = true
    if (fatal) this.#send(errorResponse(fatal))
    this.socket.end()
    this.#queue(() => this.#endLease())
  }

  #send(chunk: Uint8Array): void {
    if (!this.socket.destroyed) this.socket.write(chunk)
  }

  #queue(task: () => Promise<void>): void {
    this.#work = this.#work.then(task).catch(() => this.close())
  }

  async #handle(message: FrontendMessage): Promise<void> {
    if (this.#closed) return
    if (message.kind === 'encryption-request') return this.#send(Buffer.from('N'))
    if (message.kind === 'cancel') return this.close()
    const type = message.kind === 'typed' ? message.type : ''
    if (type === 'X') return this.close()
    if (!this.#admitted(type, message.bytes)) return
    const lease = await this.#takeLease()
    if (this.#closed) return
    await lease.run(type, message.bytes, (chunk) => this.#send(chunk))
    if (this.#overdue) this.close(HELD_TOO_LONG)
    else if (lease.settled) await this.#endLease()
  }

  /** Whether a message may run; answers the ones refused. */
  #admitted(type: string, bytes: Buffer): boolean {
    if (this.#skipUntilSync) {
      if (type !== 'S') return false
      this.#skipUntilSync = false
      if (this.#lease) return true
      this.#send(readyForQuery('I'))
      return false
    }
    if (COPY_IN_MESSAGES.has(type)) return false
    const text = statementText(type, bytes)
    const refused = text === undefined ? undefined : refusal(text)
    // COPY … FROM would stop PGlite whoever sent it; the other refusals guard against operators.
    if (!refused || (refused !== 'copy-from' && !this.operator)) return true
    this.#send(errorResponse(REFUSED[refused]))
    if (type === 'Q') this.#send(readyForQuery(this.#lease?.status ?? 'I'))
    else this.#skipUntilSync = true
    return false
  }

  async #takeLease(): Promise<Lease> {
    if (this.#lease) return this.#lease
    const lease = await this.session.acquire()
    this.#lease = lease
    if (this.operator) {
      this.#leaseTimer = setTimeout(() => {
        this.#overdue = true
        if (!lease.running) this.close(HELD_TOO_LONG)
      }, OPERATOR_HOLD_MS)
    }
    return lease
  }

  async #endLease(): Promise<void> {
    const lease = this.#lease
    if (!lease) return
    clearTimeout(this.#leaseTimer)
    this.#lease = undefined
    this.#overdue = false
    await lease.abandon(this.operator ? RESET_SESSION : undefined)
  }
}
