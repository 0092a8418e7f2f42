import type { Sql } from '../src/db.ts'
import { printProfile } from './cpu-profile.ts'
import { describe, measure, type Measurement } from './measure.ts'
import { feedPath, hottestOrganisation, sampleNodes } from './nodes.ts'
import type { BenchOptions } from './options.ts'
import { fmt, step } from './progress.ts'
import { fetchBodies, startApp, startBare } from './servers.ts'

export interface ThroughputPair {
  label: string
  app: Measurement
  bare: Measurement
  /** Average response body size, bytes. */
  bodyBytes: number
}

/**
 * (a) The feed through the real app (FEED_CACHE_SECONDS=10) against a bare node:http server that
 * answers the same bytes: one hot URL, then a mix of many different node feeds.
 */
export async function feedThroughput(
  sql: Sql,
  url: string,
  options: BenchOptions,
): Promise<ThroughputPair[]> {
  const hot = await hottestOrganisation(sql)
  const hotPath = feedPath(hot.id)
  const mixPaths = (await sampleNodes(sql, options.mixNodes)).map(feedPath)
  step(`(a) capturing the app's answers for 1 hot + ${fmt(mixPaths.length)} mixed feeds`)
  // Captured from an uncached server, so the cached one below starts cold.
  const capture = await startApp({ databaseUrl: url, feedCacheSeconds: 0 })
  const bodies = await fetchBodies(capture, [hotPath, ...mixPaths]).finally(() => capture.stop())
  const app = await startApp({ databaseUrl: url, feedCacheSeconds: 10 })
  const bare = await startBare(bodies)
  const timing = {
    connections: options.connections,
    warmupMs: options.warmupMs,
    durationMs: options.durationMs,
  }
  const pairs: ThroughputPair[] = []
  const ctx = { quietWaitMs: options.quietWaitMs, database: { sql, name: options.bigDatabase } }
  try {
    for (const [label, paths] of [
      ['hot feed (one URL, cached)', [hotPath]],
      [`${fmt(mixPaths.length)} different feeds (cold-ish)`, mixPaths],
    ] as const) {
      const requests = { kind: 'get' as const, paths: [...paths] }
      step(`(a) ${label}: app, ${options.connections} connections, ${options.durationMs / 1000} s`)
      const profileFile = options.cpuProf
        ? `/tmp/heard-bench-profiles/feed-${pairs.length}.cpuprofile`
        : undefined
      const appResult = await measure(app, { ...timing, requests }, { ...ctx, profileFile })
      if (profileFile) await printProfile(profileFile, label)
      step(`    app:  ${describe(appResult)}`)
      step(`(a) ${label}: bare node:http`)
      const bareResult = await measure(bare, { ...timing, requests }, ctx)
      step(`    bare: ${describe(bareResult)}`)
      step(`    ratio app/bare ${fmt(appResult.perSecond / bareResult.perSecond, 2)}`)
      const bodyBytes =
        requests.paths.reduce((sum, p) => sum + Buffer.byteLength(bodies[p]!), 0) / requests.paths.length
      pairs.push({ label, app: appResult, bare: bareResult, bodyBytes })
    }
  } finally {
    await Promise.all([app.stop(), bare.stop()])
  }
  return pairs
}
