import { connectPostgres, type SqlPool } from '../src/db.ts'
import { migrate } from '../src/migrate.ts'
import { importDirectory } from '../src/services/import.ts'
import { directoryCsv } from './directory.ts'
import { databaseUrl } from './options.ts'
import { fmt, step } from './progress.ts'
import { loadStories } from './stories.ts'

// Bump when the generator changes, so existing data sets are rebuilt rather than reused.
const GENERATOR_VERSION = 1

export interface DatasetSpec {
  adminUrl: string
  database: string
  nodes: number
  stories: number
  fresh: boolean
}

const signatureOf = (spec: DatasetSpec) =>
  `heard-bench v${GENERATOR_VERSION} nodes=${spec.nodes} stories=${spec.stories}`

async function storedSignature(sql: SqlPool): Promise<string | undefined> {
  try {
    const [row] = await sql<{ signature: string }[]>`select signature from bench_dataset`
    return row?.signature
  } catch {
    return undefined // no marker table: the build never finished
  }
}

/**
 * Makes sure `spec.database` holds a complete data set: reuses it when its marker says it was
 * built completely with the same parameters, otherwise drops and rebuilds it. Always applies
 * pending migrations (e.g. new indexes) so the data set tracks the schema.
 */
export async function ensureDataset(spec: DatasetSpec): Promise<void> {
  const admin = connectPostgres(spec.adminUrl, { max: 1 })
  const url = databaseUrl(spec.adminUrl, spec.database)
  try {
    const [exists] = await admin.sql`select 1 from pg_database where datname = ${spec.database}`
    if (exists && !spec.fresh) {
      const db = connectPostgres(url, { max: 1 })
      try {
        if ((await storedSignature(db.sql)) === signatureOf(spec)) {
          const { applied } = await migrate(db.sql)
          step(
            `${spec.database}: reusing the complete data set (${fmt(spec.stories)} stories)` +
              (applied.length ? `; applied ${applied.join(', ')}` : ''),
          )
          if (applied.length) await db.sql`analyze`
          return
        }
      } finally {
        await db.close()
      }
      step(`${spec.database}: incomplete or built differently; rebuilding`)
    }
    if (exists) await admin.sql`drop database ${admin.sql(spec.database)} with (force)`
    await admin.sql`create database ${admin.sql(spec.database)}`
  } finally {
    await admin.close()
  }
  await build(url, spec)
}

async function build(url: string, spec: DatasetSpec): Promise<void> {
  const started = performance.now()
  const db = connectPostgres(url, { max: 1 })
  const { sql } = db
  try {
    step(`${spec.database}: migrating`)
    await migrate(sql)
    step(`${spec.database}: importing ${fmt(spec.nodes)} directory nodes through importDirectory`)
    let lastShown = 0
    const result = await importDirectory(sql, directoryCsv(spec.nodes), (done, total) => {
      if (done - lastShown >= 5000 || done === total) {
        step(`  nodes ${fmt(done)} / ${fmt(total)}`)
        lastShown = done
      }
    })
    if (!result.ok) throw new Error(`directory import failed: ${JSON.stringify(result.errors.slice(0, 3))}`)
    step(`${spec.database}: inserting ${fmt(spec.stories)} published stories`)
    // Bulk load only: skip FK triggers (the generator only references rows it just made) and
    // don't wait for WAL flushes. Both are session settings on this one-connection pool.
    await sql`set session_replication_role = replica`
    await sql`set synchronous_commit = off`
    await loadStories(sql, spec.stories, new Date())
    await sql`set session_replication_role = origin`
    step(`${spec.database}: vacuum analyze`)
    await sql`vacuum (analyze) stories, story_nodes, feed_entries, service_nodes, service_closure`
    await sql`create table bench_dataset (signature text not null)`
    await sql`insert into bench_dataset (signature) values (${signatureOf(spec)})`
    const [size] = await sql<
      { size: string }[]
    >`select pg_size_pretty(pg_database_size(current_database())) as size`
    step(`${spec.database}: built in ${fmt((performance.now() - started) / 1000)} s (${size!.size})`)
  } finally {
    await db.close()
  }
}
