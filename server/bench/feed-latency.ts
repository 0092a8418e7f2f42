import { connectPostgres, type Sql } from '../src/db.ts'
import { explainFeed, type ExplainSummary } from './explain.ts'
import { describe } from './feed-throughput.ts'
import { measure, type Measurement } from './measure.ts'
import { feedPath, fullPageCodes, hottestOrganisation, nodesByCode } from './nodes.ts'
import type { BenchOptions } from './options.ts'
import { fmt, step } from './progress.ts'
import { startApp } from './servers.ts'

export interface LatencyRun {
  database: string
  stories: number
  /** Average number of published stories in the measured nodes' feeds. */
  avgFeedStories: number
  sequential: Measurement
  concurrent: Measurement
}

export interface LatencyResult {
  nodes: number
  small: LatencyRun
  big: LatencyRun
  explain: ExplainSummary
}

interface DataSet {
  url: string
  database: string
  stories: number
}

const NODES = 200

/**
 * (b) Uncached feed latency (FEED_CACHE_SECONDS=0) on the small and the big data set, for the
 * same nodes (same codes: organisations and sites with more than a page of stories in both), one
 * connection at a time and at 50 connections. Then EXPLAIN of the feed query on the big set.
 */
export async function feedLatency(
  sets: { small: DataSet; big: DataSet },
  options: BenchOptions,
): Promise<LatencyResult> {
  const db = {
    small: connectPostgres(sets.small.url, { max: 1 }),
    big: connectPostgres(sets.big.url, { max: 1 }),
  }
  const runs = {} as Record<'small' | 'big', LatencyRun>
  let codes: string[]
  let hotId: string
  try {
    codes = await fullPageCodes(db.small.sql, NODES)
    hotId = (await hottestOrganisation(db.big.sql)).id
    for (const which of ['small', 'big'] as const) {
      runs[which] = await measureSet(sets[which], db[which].sql, codes, options)
    }
  } finally {
    await Promise.all([db.small.close(), db.big.close()])
  }
  step(
    `(b) p50 ratio big/small: ${fmt(runs.big.sequential.p50Ms / runs.small.sequential.p50Ms, 2)} (1 connection)`,
  )
  const explain = await explainFeed(sets.big.url, hotId)
  step(`(b) EXPLAIN (ANALYZE, BUFFERS) of the hottest organisation's feed on ${sets.big.database}:`)
  for (const line of explain.summary) step(`    ${line}`)
  return { nodes: codes.length, small: runs.small, big: runs.big, explain }
}

async function measureSet(
  set: DataSet,
  sql: Sql,
  codes: string[],
  options: BenchOptions,
): Promise<LatencyRun> {
  const nodes = await nodesByCode(sql, codes)
  const ctx = { quietWaitMs: options.quietWaitMs, database: { sql, name: set.database } }
  const app = await startApp({ databaseUrl: set.url, feedCacheSeconds: 0 })
  try {
    const requests = { kind: 'get' as const, paths: nodes.ids.map(feedPath) }
    const timing = { warmupMs: options.warmupMs, durationMs: options.durationMs }
    step(`(b) ${set.database} (${fmt(set.stories)} stories), ${codes.length} nodes uncached, 1 connection`)
    const sequential = await measure(app, { ...timing, connections: 1, requests }, ctx)
    step(`    ${describe(sequential)}`)
    step(`(b) ${set.database}, ${options.connections} connections`)
    const concurrent = await measure(app, { ...timing, connections: options.connections, requests }, ctx)
    step(`    ${describe(concurrent)}`)
    return {
      database: set.database,
      stories: set.stories,
      avgFeedStories: nodes.avgStories,
      sequential,
      concurrent,
    }
  } finally {
    await app.stop()
  }
}
