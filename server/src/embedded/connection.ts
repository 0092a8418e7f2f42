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
 * Serves one client socket on the shared session. Heard's own connections (`operator: false`)
 * pass straight through. Operator connections (psql) are guarded: COPY … FROM is refused, a
 * lease is bounded by OPERATOR_HOLD_MS (then rolled back, and the connection closed), and the
 * session is reset after each lease.
 */
export function serveConnection(socket: Socket, session: SharedSession, operator: boolean): void {
  let buffer = Buffer.alloc(0)
  let started = false
  let lease: Lease | undefined
  let leaseTimer: NodeJS.Timeout | undefined
  let overdue = false
  let skipUntilSync = false
  let closed = false
  let work = Promise.resolve()

  const send = (chunk: Uint8Array) => {
    if (!socket.destroyed) socket.write(chunk)
  }
  const queue = (task: () => Promise<void>) => {
    work = work.then(task).catch(() => close())
  }

  async function endLease(): Promise<void> {
    const ending = lease
    if (!ending) return
    clearTimeout(leaseTimer)
    lease = undefined
    overdue = false
    await ending.abandon(operator ? RESET_SESSION : undefined)
  }

  function close(fatal?: ErrorFields): void {
    if (closed) return
    closed = true
    if (fatal) send(errorResponse(fatal))
    socket.end()
    queue(endLease)
  }

  async function takeLease(): Promise<Lease> {
    if (lease) return lease
    lease = await session.acquire()
    if (operator) {
      leaseTimer = setTimeout(() => {
        overdue = true
        if (!lease?.running) close(HELD_TOO_LONG)
      }, OPERATOR_HOLD_MS)
    }
    return lease
  }

  /** Whether an operator's message may run; answers the ones refused. */
  function admitted(type: string, bytes: Buffer): boolean {
    if (skipUntilSync) {
      if (type !== 'S') return false
      skipUntilSync = false
      if (lease) return true
      send(readyForQuery('I'))
      return false
    }
    if (COPY_IN_MESSAGES.has(type)) return false
    const text = statementText(type, bytes)
    const refused = text === undefined ? undefined : refusal(text)
    if (!refused) return true
    send(errorResponse(REFUSED[refused]))
    if (type === 'Q') send(readyForQuery(lease?.status ?? 'I'))
    else skipUntilSync = true
    return false
  }

  async function handle(message: FrontendMessage): Promise<void> {
    if (closed) return
    if (message.kind === 'encryption-request') return send(Buffer.from('N'))
    if (message.kind === 'cancel') return close()
    const type = message.kind === 'typed' ? message.type : ''
    if (type === 'X') return close()
    if (operator && !admitted(type, message.bytes)) return
    const held = await takeLease()
    if (closed) return
    await held.run(type, message.bytes, send)
    if (overdue) close(HELD_TOO_LONG)
    else if (held.settled) await endLease()
  }

  socket.on('data', (data: Buffer) => {
    buffer = Buffer.concat([buffer, data])
    try {
      for (let next = nextMessage(buffer, started); next; next = nextMessage(buffer, started)) {
        buffer = buffer.subarray(next.length)
        if (next.message.kind === 'startup') started = true
        const message = next.message
        queue(() => handle(message))
      }
    } catch {
      close()
    }
  })
  socket.on('error', () => close())
  socket.on('close', () => close())
}
