import type { PGlite } from '@electric-sql/pglite'
import { failingParse, queryMessage, ReplyReader, syncMessage, type TransactionStatus } from './wire.ts'

/** Extended-protocol messages whose work PostgreSQL keeps pending until the next Sync. */
const PENDING_UNTIL_SYNC = new Set(['P', 'B', 'D', 'E', 'C', 'H'])

/**
 * PGlite runs one PostgreSQL session, so every client of the embedded database takes turns on it.
 * A client holds a lease from its first message until a reply ends with ReadyForQuery and no
 * transaction open: a transaction, and an extended-protocol batch up to its Sync, are never
 * interleaved with another client's messages. Leases are granted first come, first served.
 */
export class SharedSession {
  readonly #pglite: PGlite
  readonly #waiting: (() => void)[] = []
  #held = false

  constructor(pglite: PGlite) {
    this.#pglite = pglite
  }

  acquire(): Promise<Lease> {
    if (!this.#held) {
      this.#held = true
      return Promise.resolve(new Lease(this.#pglite, () => this.#handOn()))
    }
    return new Promise((resolve) =>
      this.#waiting.push(() => resolve(new Lease(this.#pglite, () => this.#handOn()))),
    )
  }

  /** Whether a client holds the session (tests follow this to know a lease has ended). */
  get held(): boolean {
    return this.#held
  }

  #handOn() {
    const next = this.#waiting.shift()
    if (next) next()
    else this.#held = false
  }
}

export class Lease {
  readonly #pglite: PGlite
  readonly #release: () => void
  #status: TransactionStatus = 'I'
  #pendingSync = false
  #released = false
  /** True while a message runs in PGlite: nothing can stop it then. */
  running = false

  constructor(pglite: PGlite, release: () => void) {
    this.#pglite = pglite
    this.#release = release
  }

  get status(): TransactionStatus {
    return this.#status
  }

  get released(): boolean {
    return this.#released
  }

  /** Whether the session is back where another client can use it: no transaction, no batch pending. */
  get settled(): boolean {
    return this.#status === 'I' && !this.#pendingSync
  }

  /** Runs one frontend message, passing each chunk of the reply to `onReply`. */
  async run(type: string, bytes: Uint8Array, onReply: (chunk: Uint8Array) => void): Promise<void> {
    if (this.#released) throw new Error('the lease on the embedded database has ended')
    const reader = new ReplyReader()
    this.running = true
    try {
      await this.#pglite.runExclusive(() =>
        this.#pglite.execProtocolRawStream(bytes, {
          onRawData: (chunk) => {
            reader.read(chunk)
            onReply(chunk)
          },
        }),
      )
    } finally {
      this.running = false
    }
    if (PENDING_UNTIL_SYNC.has(type)) this.#pendingSync = true
    if (reader.last?.final) {
      this.#status = reader.last.status
      this.#pendingSync = false
    }
  }

  /**
   * Ends any batch and transaction the client left behind (rolling them back), runs `resetSql`
   * if given, then releases the session.
   */
  async abandon(resetSql?: string): Promise<void> {
    if (this.#released) return
    try {
      if (this.#pendingSync) {
        await this.run('P', failingParse, () => {})
        await this.run('S', syncMessage, () => {})
      }
      if (this.#status !== 'I') await this.run('Q', queryMessage('ROLLBACK'), () => {})
      if (resetSql) await this.run('Q', queryMessage(resetSql), () => {})
    } finally {
      this.release()
    }
  }

  release(): void {
    if (this.#released) return
    this.#released = true
    this.#release()
  }
}
