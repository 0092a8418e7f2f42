import type { PGlite } from '@electric-sql/pglite'
import { answerRefused } from './refused-sql.ts'
import {
  failingParse,
  PENDING_UNTIL_SYNC,
  queryMessage,
  readyForQuery,
  ReplyReader,
  syncMessage,
  type TransactionStatus,
} from './wire.ts'

/**
 * Run after each operator turn: what a session can keep between statements (temporary tables,
 * settings, a role, cursors, listeners, advisory locks) must not reach Heard's own queries.
 * Heard itself keeps none of these beyond a transaction, so resetting them takes nothing from it.
 */
const RESET_SESSION =
  'CLOSE ALL; SET SESSION AUTHORIZATION DEFAULT; RESET ALL; UNLISTEN *; ' +
  'SELECT pg_advisory_unlock_all(); DISCARD TEMP'

/**
 * PGlite runs one PostgreSQL session. Heard's socket and psql's are each served by a
 * PGLiteSocketServer, and the two servers take turns on that session: a turn is granted first
 * come, first served, and held until the server's client is settled (see SocketServerSession).
 */
export class SharedSession {
  readonly #waiting: (() => void)[] = []
  #held = false

  /** Resolves with the function that ends the turn. */
  acquire(): Promise<() => void> {
    const release = () => this.#handOn()
    if (!this.#held) {
      this.#held = true
      return Promise.resolve(release)
    }
    return new Promise((resolve) => this.#waiting.push(() => resolve(release)))
  }

  #handOn() {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#held = false
  }
}

/**
 * What one PGLiteSocketServer (0.2.17) is given as its PGlite: the real one, behind a turn on the
 * SharedSession. pglite-socket's query queue runs one message at a time, and while
 * `isInTransaction()` is true it runs only the messages of the client that ran last, and rolls
 * back (`exec('ROLLBACK')`) a client that leaves then. PGlite's own `isInTransaction` is false
 * in an extended-protocol batch before its Sync, so two clients' batches would interleave, and a
 * client that dies mid-batch would leave it pending. Here `isInTransaction` is true for as long
 * as the turn lasts: from a client's first message until a reply ends with ReadyForQuery, no
 * transaction open and no batch pending; and `exec` ends whatever the client left (the batch,
 * the transaction) before the turn passes on. Each server's queue orders only its own clients;
 * the SharedSession turn orders the two servers. `waitReady`, `isInTransaction`, `runExclusive`,
 * `execProtocolRawStream` and `exec` are all that pglite-socket 0.2.17 uses of its PGlite.
 *
 * pglite-socket looks for a leaving client's transaction only if that client's message ran last:
 * a client that leaves while the first message of its turn still runs (a BEGIN, a Parse) leaves
 * the turn held. psql's guard therefore closes its server connection only between messages.
 *
 * COPY … FROM never reaches PGlite (it would stop it whoever sent it); on psql's server
 * (`operator`) pg_sleep is refused too, and the session is reset after each turn.
 */
export class SocketServerSession {
  readonly #pglite: PGlite
  readonly #session: SharedSession
  readonly #operator: boolean
  #release: (() => void) | undefined
  #status: TransactionStatus = 'I'
  #pendingSync = false
  #skipUntilSync = false

  constructor(pglite: PGlite, session: SharedSession, operator: boolean) {
    this.#pglite = pglite
    this.#session = session
    this.#operator = operator
  }

  /** This object, as the PGlite a PGLiteSocketServer takes. */
  asPGlite(): PGlite {
    return this as unknown as PGlite
  }

  get waitReady(): Promise<void> {
    return this.#pglite.waitReady
  }

  isInTransaction(): boolean {
    return this.#release !== undefined
  }

  async runExclusive<T>(work: () => Promise<T>): Promise<T> {
    this.#release ??= await this.#session.acquire()
    const result = await this.#pglite.runExclusive(work)
    if (this.#status === 'I' && !this.#pendingSync && !this.#skipUntilSync) await this.#endTurn(false)
    return result
  }

  /** Runs one frontend message (within runExclusive), or answers it if it is refused. */
  async execProtocolRawStream(
    message: Uint8Array,
    options: { onRawData: (chunk: Uint8Array) => void },
  ): Promise<void> {
    const bytes = Buffer.from(message.buffer, message.byteOffset, message.byteLength)
    const type = String.fromCharCode(bytes[0]!)
    const answer = this.#answer(type, bytes)
    if (answer === 'run') await this.#run(type, bytes, options.onRawData)
    else if (answer) options.onRawData(answer)
  }

  /** pglite-socket's roll back of a client that left mid-turn: ends its batch and transaction. */
  async exec(): Promise<[]> {
    await this.#endTurn(true)
    return []
  }

  /** `run`, or the answer to a refused message, or nothing for a message dropped unanswered. */
  #answer(type: string, bytes: Buffer): 'run' | Buffer | undefined {
    if (this.#skipUntilSync) {
      if (type !== 'S') return undefined
      this.#skipUntilSync = false
      return this.#pendingSync || this.#status !== 'I' ? 'run' : readyForQuery('I')
    }
    // Terminate (the socket closing ends the client) and COPY data: nothing is copying in.
    if (type === 'X' || type === 'd' || type === 'c' || type === 'f') return undefined
    const answer = answerRefused(type, bytes, { operator: this.#operator, status: this.#status })
    if (!answer) return 'run'
    if (type !== 'Q') this.#skipUntilSync = true
    return answer
  }

  async #run(type: string, bytes: Uint8Array, onReply: (chunk: Uint8Array) => void): Promise<void> {
    const reader = new ReplyReader()
    await this.#pglite.execProtocolRawStream(bytes, {
      onRawData: (chunk) => {
        reader.read(chunk)
        onReply(chunk)
      },
    })
    if (PENDING_UNTIL_SYNC.has(type)) this.#pendingSync = true
    if (reader.last?.final) {
      this.#status = reader.last.status
      this.#pendingSync = false
    }
  }

  /**
   * Ends the turn: if `abandoned`, rolls back the batch and transaction the client left; on psql's
   * server resets the session; then lets the other server have it.
   */
  async #endTurn(abandoned: boolean): Promise<void> {
    await this.#pglite.runExclusive(async () => {
      const release = this.#release
      if (!release) return
      try {
        const ignore = () => {}
        if (abandoned && (this.#pendingSync || this.#skipUntilSync)) {
          await this.#run('P', failingParse, ignore)
          await this.#run('S', syncMessage, ignore)
        }
        if (abandoned && this.#status !== 'I') await this.#run('Q', queryMessage('ROLLBACK'), ignore)
        if (this.#operator) await this.#run('Q', queryMessage(RESET_SESSION), ignore)
      } finally {
        this.#skipUntilSync = false
        this.#release = undefined
        release()
      }
    })
  }
}
