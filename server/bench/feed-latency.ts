import { connectPostgres, type Sql } from '../src/db.ts'
import type { Child } from './children.ts'
import { explainFeed, feedExecutionTimes, type ExecutionTimes, type ExplainSummary } from './explain.ts'
import { combineRounds, describe, measure, type Measurement } from './measure.ts'
import { feedPath, fullPageCodes, hottestOrganisation, nodesByCode } from './nodes.ts'
import type { BenchOptions } from './options.ts'
import { fmt, step } from './progress.ts'
import { waitForQuiet } from './quiet.ts'
import { startApp } from './servers.ts'

export interface LatencyRun {
  database: string
  stories: number
  /** Average number of published stories in the measured nodes' feeds. */
  avgFeedStories: number
  sequential: Measurement
  concurrent: Measurement
  /** The feed statement's execution time in PostgreSQL for the same nodes. */
  statement: ExecutionTimes
}

export interface LatencyResult {
  nodes: number
  rounds: number
  small: LatencyRun
  big: LatencyRun
  explain: ExplainSummary
}

interface DataSet {
  url: string
  database: string
  stories: number
}

interface Side {
  set: DataSet
  sql: Sql
  app: Child
  paths: string[]
  avgStories: number
}

const NODES = 200

/**
 * (b) Uncached feed latency (FEED_CACHE_SECONDS=0) on the small and the big data set, for the
 * same nodes (same codes: organisations and sites with more than a page of stories in both), one
 * connection at a time and at 50 connections. Both servers run side by side and are measured in
 * alternating short rounds, so that other work on the machine falls on both alike. Then the feed
 * statement's execution time in PostgreSQL for the same nodes, and its plan on the big set.
 */
export async function feedLatency(
  sets: { small: DataSet; big: DataSet },
  options: BenchOptions,
): Promise<LatencyResult> {
  const db = {
    small: connectPostgres(sets.small.url, { max: 1 }),
    big: connectPostgres(sets.big.url, { max: 1 }),
  }
  const apps: Child[] = []
  try {
    const codes = await fullPageCodes(db.small.sql, NODES)
    const sides = {} as Record<'small' | 'big', Side>
    for (const which of ['small', 'big'] as const) {
      const { ids, avgStories } = await nodesByCode(db[which].sql, codes)
      const app = await startApp({ databaseUrl: sets[which].url, feedCacheSeconds: 0 })
      apps.push(app)
      sides[which] = { set: sets[which], sql: db[which].sql, app, paths: ids.map(feedPath), avgStories }
    }
    const rounds = options.quick ? 2 : 5
    const runs = {} as Record<'small' | 'big', Omit<LatencyRun, 'statement'>>
    const measured = { small: [] as Measurement[][], big: [] as Measurement[][] }
    for (const [c, connections] of [1, options.connections].entries()) {
      step(
        `(b) ${codes.length} nodes uncached, ${connections} connection(s): ${rounds} alternating rounds per data set`,
      )
      await waitForQuiet(options.quietWaitMs)
      measured.small[c] = []
      measured.big[c] = []
      for (let r = 0; r < rounds; r++) {
        for (const which of r % 2 ? (['big', 'small'] as const) : (['small', 'big'] as const)) {
          const side = sides[which]
          const m = await measure(
            side.app,
            {
              connections,
              warmupMs: 1000,
              durationMs: options.durationMs / 2,
              requests: { kind: 'get', paths: side.paths },
            },
            { quietWaitMs: 0, once: true, database: { sql: side.sql, name: side.set.database } },
          )
          measured[which][c]!.push(m)
        }
      }
      for (const which of ['small', 'big'] as const) {
        step(`    ${sides[which].set.database}: ${describe(combineRounds(measured[which][c]!))}`)
      }
    }
    for (const which of ['small', 'big'] as const) {
      const side = sides[which]
      runs[which] = {
        database: side.set.database,
        stories: side.set.stories,
        avgFeedStories: side.avgStories,
        sequential: combineRounds(measured[which][0]!),
        concurrent: combineRounds(measured[which][1]!),
      }
    }
    step(
      `(b) p50 ratio big/small: ${fmt(runs.big.sequential.p50Ms / runs.small.sequential.p50Ms, 2)} (1 connection), ` +
        `${fmt(runs.big.concurrent.p50Ms / runs.small.concurrent.p50Ms, 2)} (${options.connections})`,
    )
    const times = {
      small: await feedExecutionTimes(sets.small.url, await ids(db.small.sql, codes)),
      big: await feedExecutionTimes(sets.big.url, await ids(db.big.sql, codes)),
    }
    step(
      `(b) feed statement in PostgreSQL, median over ${codes.length} nodes: ${fmt(times.small.p50Ms, 3)} ms ` +
        `(${fmt(sets.small.stories)} stories) vs ${fmt(times.big.p50Ms, 3)} ms (${fmt(sets.big.stories)})`,
    )
    const explain = await explainFeed(sets.big.url, (await hottestOrganisation(db.big.sql)).id)
    step(`(b) EXPLAIN (ANALYZE, BUFFERS) of the hottest organisation's feed on ${sets.big.database}:`)
    for (const line of explain.summary) step(`    ${line}`)
    return {
      nodes: codes.length,
      rounds,
      small: { ...runs.small, statement: times.small },
      big: { ...runs.big, statement: times.big },
      explain,
    }
  } finally {
    await Promise.all(apps.map((a) => a.stop()))
    await Promise.all([db.small.close(), db.big.close()])
  }
}

const ids = async (sql: Sql, codes: string[]) => (await nodesByCode(sql, codes)).ids
