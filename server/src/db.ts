import { mkdir } from 'node:fs/promises'
import { connect } from 'node:net'
import { join, resolve } from 'node:path'
import postgres from 'postgres'
import { serveEmbedded } from './embedded/server.ts'

/** What query functions take: the pool, or a transaction's scoped sql. */
export type Sql = postgres.ISql
/** The connection pool: also begins transactions and closes. */
export type SqlPool = postgres.Sql

export interface Database {
  sql: SqlPool
  /** `postgres`: a PostgreSQL server; `embedded`: PGlite owned by this process; `embedded-client`: another process's PGlite. */
  kind: 'postgres' | 'embedded' | 'embedded-client'
  /** Where psql can reach the embedded database (`psql -h <dir> -U postgres`). */
  socketDir?: string
  /** Heard's own socket for the embedded database (not guarded like psql's; see embedded/). */
  ownSocketPath?: string
  close(): Promise<void>
}

const driverOptions = {
  onnotice: () => {},
  transform: { column: { from: postgres.toCamel } },
  connection: { application_name: 'heard' },
} satisfies postgres.Options<Record<string, postgres.PostgresType>>

export function connectPostgres(url: string, options: { max?: number } = {}): Database {
  const sql = postgres(url, { ...driverOptions, max: options.max ?? 10 })
  return { sql, kind: 'postgres', close: () => sql.end({ timeout: 5 }) }
}

function socketAnswers(path: string): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect(path)
    socket.once('connect', () => {
      socket.destroy()
      done(true)
    })
    socket.once('error', () => done(false))
  })
}

function connectSocket(path: string): SqlPool {
  // PGlite runs one session that every client takes turns on (embedded/session.ts): one
  // connection per process is enough, and keeps each process's turns in order.
  return postgres({ ...driverOptions, path, max: 1, username: 'postgres', database: 'postgres' })
}

/**
 * The two sockets of an embedded database in `dir`: psql's (the name psql looks for with
 * `-h <dir>`), guarded so that an operator cannot stall the server, and Heard's own.
 */
export function embeddedSocketPaths(dir: string): { operatorPath: string; ownPath: string } {
  return { operatorPath: join(dir, '.s.PGSQL.5432'), ownPath: join(dir, '.heard.sock') }
}

/**
 * Opens the embedded database in `dataDir`. If another Heard process already serves it on its
 * Unix socket, connects to that process; otherwise starts PGlite and serves it on the sockets,
 * so that psql and the operator command line reach the same database while the server runs.
 * `dataDir: 'memory://'` starts a throwaway in-memory database (tests).
 */
export async function openEmbedded(dataDir: string, socketDir?: string): Promise<Database> {
  const memory = dataDir === 'memory://'
  const dir = resolve(socketDir ?? (memory ? '.' : dataDir))
  await mkdir(dir, { recursive: true })
  const { ownPath, operatorPath } = embeddedSocketPaths(dir)
  if (await socketAnswers(ownPath)) {
    const sql = connectSocket(ownPath)
    return {
      sql,
      kind: 'embedded-client',
      socketDir: dir,
      ownSocketPath: ownPath,
      close: () => sql.end({ timeout: 5 }),
    }
  }
  const { PGlite } = await import('@electric-sql/pglite')
  const pglite = await PGlite.create(memory ? undefined : join(resolve(dataDir), 'pglite'))
  const server = await serveEmbedded(pglite, { ownPath, operatorPath })
  const sql = connectSocket(ownPath)
  return {
    sql,
    kind: 'embedded',
    socketDir: dir,
    ownSocketPath: ownPath,
    async close() {
      await sql.end({ timeout: 5 })
      await server.stop()
      await pglite.close()
    },
  }
}

export function openDatabase(config: { DATABASE_URL?: string; DATA_DIR: string }): Promise<Database> {
  return config.DATABASE_URL
    ? Promise.resolve(connectPostgres(config.DATABASE_URL))
    : openEmbedded(config.DATA_DIR)
}
