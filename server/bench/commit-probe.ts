import { connectPostgres } from '../src/db.ts'
import { fmt, step } from './progress.ts'

export interface CommitCeiling {
  /** One-row durable commits per second, one connection after the other: about 1 / WAL-flush time. */
  serialPerSecond: number
  /** The same at `connections` connections, where commits share WAL flushes (group commit). */
  concurrentPerSecond: number
  connections: number
}

async function commitsPerSecond(url: string, connections: number, durationMs: number): Promise<number> {
  const db = connectPostgres(url, { max: connections })
  try {
    await Promise.all(Array.from({ length: connections }, () => db.sql`select 1`))
    let commits = 0
    const end = performance.now() + durationMs
    await Promise.all(
      Array.from({ length: connections }, async () => {
        while (performance.now() < end) {
          await db.sql`insert into bench_commit_probe default values`
          commits++
        }
      }),
    )
    return commits / (durationMs / 1000)
  } finally {
    await db.close()
  }
}

/**
 * The baseline for submissions, measured in the same run: how many durable one-row commits per
 * second this PostgreSQL (with synchronous_commit on, on this disk, under whatever else it is
 * serving) completes — serially, which bounds any single row that every request updates, and at
 * `connections` connections, which bounds everything.
 */
export async function commitCeiling(
  url: string,
  connections: number,
  durationMs: number,
): Promise<CommitCeiling> {
  const admin = connectPostgres(url, { max: 1 })
  await admin.sql`create table if not exists bench_commit_probe (id bigint generated always as identity primary key)`
  try {
    const serialPerSecond = await commitsPerSecond(url, 1, durationMs)
    const concurrentPerSecond = await commitsPerSecond(url, connections, durationMs)
    step(
      `(c) baseline: ${fmt(serialPerSecond)} durable one-row commits/s on 1 connection, ` +
        `${fmt(concurrentPerSecond)}/s on ${connections}`,
    )
    return { serialPerSecond, concurrentPerSecond, connections }
  } finally {
    await admin.sql`drop table if exists bench_commit_probe`
    await admin.close()
  }
}
