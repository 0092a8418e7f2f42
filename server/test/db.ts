import postgres from 'postgres'
import { inject } from 'vitest'
import { connectPostgres, type SqlPool } from '../src/db.ts'

let pool: SqlPool | undefined

/** This test file's connection to the run's database (see global-setup.ts). */
export function testSql(): SqlPool {
  if (pool) return pool
  const database = inject('database')
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
