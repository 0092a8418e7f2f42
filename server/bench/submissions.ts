import { setTimeout as sleep } from 'node:timers/promises'
import type { Sql } from '../src/db.ts'
import { commitCeiling, type CommitCeiling } from './commit-probe.ts'
import { printProfile } from './cpu-profile.ts'
import { describe, measure, type Measurement } from './measure.ts'
import type { BenchOptions } from './options.ts'
import { fmt, step } from './progress.ts'
import { seededRandom } from './random.ts'
import { startApp } from './servers.ts'
import { SENTENCES, TITLES } from './story-text.ts'

export interface SubmissionResult {
  run: Measurement
  baseline: CommitCeiling
  /** 201s over the whole run (warm-up included) and the stories the database holds for them. */
  accepted: number
  committed: number
  transactionsPerStory: number
  rowsInsertedPerStory: number
  walSyncsPerStory: number | undefined
  profileDir?: string
}

const ROLES = ['patient', 'carer', 'relative', 'staff', 'other']

/** 64 valid submissions about random leaf services, with real tags and a mix of lengths. */
async function submissionBodies(sql: Sql): Promise<string[]> {
  const leaves = await sql<{ id: string }[]>`
    select id from service_nodes n where not exists (select 1 from service_nodes c where c.parent_id = n.id)
    order by md5(external_code) limit 500`
  const tags = await sql<{ slug: string; grp: 'good' | 'improve' | 'feelings' }[]>`
    select slug, grp from tags where not retired`
  const r = seededRandom(1000)
  const ofGroup = (g: string) => tags.filter((t) => t.grp === g).map((t) => t.slug)
  return Array.from({ length: 64 }, (_, i) =>
    JSON.stringify({
      title: r.pick(TITLES),
      body: Array.from({ length: r.int(2, 8) }, () => r.pick(SENTENCES)).join(' '),
      serviceIds: [...new Set(Array.from({ length: r.int(1, 2) }, () => r.pick(leaves).id))],
      authorRole: ROLES[i % ROLES.length],
      nickname: `Bench reader ${i}`,
      ageGroup: '45-54',
      ...(i % 3 === 0 ? { email: `reader${i}@example.org` } : {}),
      tags: {
        good: [r.pick(ofGroup('good'))],
        improve: i % 2 ? [r.pick(ofGroup('improve'))] : [],
        feelings: [r.pick(ofGroup('feelings'))],
      },
    }),
  )
}

async function counters(sql: Sql) {
  const [db] = await sql<{ xactCommit: number; tupInserted: number }[]>`
    select xact_commit::float8 as xact_commit, tup_inserted::float8 as tup_inserted
    from pg_stat_database where datname = current_database()`
  const [wal] = await sql<{ walSync: number }[]>`select wal_sync::float8 as wal_sync from pg_stat_wal`
  return { ...db!, walSync: wal?.walSync }
}

/**
 * (c) Accepted submissions per second through the real app (POST /api/v1/stories, unique
 * Idempotency-Keys, rate limit out of the way), then the count of stories actually committed,
 * which must equal the 201s. The bench stories are deleted afterwards so the data set stays as built.
 */
export async function submissions(sql: Sql, url: string, options: BenchOptions): Promise<SubmissionResult> {
  const bodies = await submissionBodies(sql)
  const baseline = await commitCeiling(url, options.connections, Math.min(5000, options.durationMs))
  const keyPrefix = `bench-${Date.now().toString(36)}`
  const profileDir = options.cpuProf ? '/tmp/heard-bench-profiles' : undefined
  const before = await counters(sql)
  const app = await startApp({
    databaseUrl: url,
    feedCacheSeconds: 10,
    submissionRateLimit: 10_000_000,
  })
  let run: Measurement
  try {
    step(`(c) POST /api/v1/stories, ${options.connections} connections, ${options.durationMs / 1000} s`)
    run = await measure(
      app,
      {
        connections: options.connections,
        warmupMs: options.warmupMs,
        durationMs: options.durationMs,
        requests: { kind: 'submit', path: '/api/v1/stories', bodies, keyPrefix },
      },
      {
        quietWaitMs: options.quietWaitMs,
        database: { sql, name: options.bigDatabase },
        profileFile: profileDir && `${profileDir}/submissions.cpuprofile`,
      },
    )
    step(`    ${describe(run)}`)
    if (profileDir) await printProfile(`${profileDir}/submissions.cpuprofile`, 'submissions')
  } finally {
    await app.stop() // its connections close, so PostgreSQL flushes their statistics
  }
  await sleep(1000)
  const after = await counters(sql)
  const [{ committed } = { committed: 0 }] = await sql<{ committed: number }[]>`
    select count(*)::int as committed from idempotency_keys k join stories s on s.id = k.story_id
    where k.scope = 'story_submission' and k.key like ${keyPrefix + '-%'}`
  const accepted = run.okTotal
  step(
    `(c) accepted (201) ${fmt(accepted)}, committed ${fmt(committed)}${accepted === committed ? '' : ' — MISMATCH'}`,
  )
  await sql`delete from stories where id in (
    select story_id from idempotency_keys where scope = 'story_submission' and key like ${keyPrefix + '-%'})`
  await sql`delete from rate_limits`
  const perStory = (a?: number, b?: number) =>
    a === undefined || b === undefined ? undefined : (b - a) / accepted
  return {
    run,
    baseline,
    accepted,
    committed,
    transactionsPerStory: perStory(before.xactCommit, after.xactCommit)!,
    rowsInsertedPerStory: perStory(before.tupInserted, after.tupInserted)!,
    walSyncsPerStory: perStory(before.walSync, after.walSync),
    profileDir,
  }
}
