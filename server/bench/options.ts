/** What one run of `npm run bench` does, from its command-line flags. */
export interface BenchOptions {
  /** Rebuild the data sets even if complete ones exist. */
  fresh: boolean
  /** A fast smoke run: fewer stories, shorter measurements. */
  quick: boolean
  /** Measure nothing: rewrite the report from the last run's saved results (e.g. after editing analysis.md). */
  reportOnly: boolean
  /** CPU-profile the app server during the cached-feed and submission runs (into /tmp/heard-bench-profiles/). */
  cpuProf: boolean
  adminUrl: string
  bigDatabase: string
  smallDatabase: string
  nodes: number
  bigStories: number
  smallStories: number
  warmupMs: number
  durationMs: number
  connections: number
  /** Different node feeds in the "cold-ish" mix. */
  mixNodes: number
  /** How long to wait for other work on the machine to finish before each measurement. */
  quietWaitMs: number
}

export function parseOptions(argv: string[], env: Record<string, string | undefined>): BenchOptions {
  const known = new Set(['--fresh', '--quick', '--cpu-prof', '--report-only'])
  const unknown = argv.filter((a) => !known.has(a))
  if (unknown.length) {
    throw new Error(
      `Unknown option ${unknown.join(' ')}. Usage: npm run bench -- [--quick] [--fresh] [--cpu-prof] [--report-only]`,
    )
  }
  const quick = argv.includes('--quick')
  return {
    fresh: argv.includes('--fresh'),
    quick,
    reportOnly: argv.includes('--report-only'),
    cpuProf: argv.includes('--cpu-prof'),
    adminUrl: env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test',
    // The quick run keeps its own big database so it never spoils the full data set.
    bigDatabase: quick ? 'heard_bench_quick' : 'heard_bench',
    smallDatabase: 'heard_bench_small',
    nodes: 20_000,
    bigStories: quick ? 100_000 : 1_000_000,
    smallStories: 10_000,
    warmupMs: quick ? 1_000 : 2_000,
    durationMs: quick ? 3_000 : 10_000,
    connections: 50,
    mixNodes: 1_000,
    quietWaitMs: quick ? 10_000 : 60_000,
  }
}

/** The admin URL with another database name. */
export function databaseUrl(adminUrl: string, database: string): string {
  const url = new URL(adminUrl)
  url.pathname = `/${database}`
  return url.toString()
}
