import postgres from 'postgres'
import { inject } from 'vitest'
import { connectPostgres, type SqlPool } from '../src/db.ts'
import type { TestDatabase } from './global-setup.ts'

let pool: SqlPool | undefined

/** This worker's database (see global-setup.ts): worker n of the run uses the n-th. */
export function testDatabase(): TestDatabase {
  const databases = inject('databases')
  const worker = Number(process.env.VITEST_POOL_ID ?? '1')
  const database = databases[(worker - 1) % databases.length]
  if (!database) throw new Error(`no test database for worker ${worker}`)
  return database
}

/** This worker's connection to its database, shared by the files it runs. */
export function testSql(): SqlPool {
  if (pool) return pool
  const database = testDatabase()
  pool =
    'url' in database
      ? connectPostgres(database.url, { max: 4 }).sql
      : postgres({
          path: database.socketPath,
          max: 1,
          username: 'postgres',
          database: 'postgres',
          onnotice: () => {},
          transform: { column: { from: postgres.toCamel } },
        })
  return pool
}

/** Empties every table that tests write to; reference data (tags, reject reasons) and migrations stay. */
export async function resetDatabase(sql: SqlPool): Promise<void> {
  const tables = await sql<{ name: string }[]>`
    select tablename as name from pg_tables
    where schemaname = 'public' and tablename not in ('schema_migrations', 'tags', 'reject_reasons')`
  await sql.unsafe(`truncate ${tables.map((t) => `"${t.name}"`).join(', ')} cascade`)
}
