import { readdir, readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { SqlPool } from './db.ts'

const MIGRATIONS_DIR = fileURLToPath(new URL('../migrations/', import.meta.url))
// Any constant works; it must be the same in every process that migrates.
const MIGRATION_LOCK = 824_731_901

export interface MigrationResult {
  applied: string[]
}

/**
 * Applies pending migrations in one transaction under an advisory lock, so two servers
 * starting together never race: the second waits, then finds nothing left to do.
 */
export async function migrate(sql: SqlPool, dir = MIGRATIONS_DIR): Promise<MigrationResult> {
  const files = (await readdir(dir)).filter((f) => /^\d{5}_[a-z0-9_]+\.sql$/.test(f)).sort()
  return sql.begin(async (tx) => {
    await tx`select pg_advisory_xact_lock(${MIGRATION_LOCK})`
    await tx`create table if not exists schema_migrations (
      name text primary key, applied_at timestamptz not null default now())`
    const done = new Set(
      (await tx<{ name: string }[]>`select name from schema_migrations`).map((r) => r.name),
    )
    const applied: string[] = []
    for (const file of files) {
      if (done.has(file)) continue
      await tx.unsafe(await readFile(dir + file, 'utf8'))
      await tx`insert into schema_migrations (name) values (${file})`
      applied.push(file)
    }
    return { applied }
  })
}
