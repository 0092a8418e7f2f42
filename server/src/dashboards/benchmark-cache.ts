import type { Benchmark } from './schemas.ts'

/**
 * The median of all subscribers is the same for every subscriber's dashboard over the same
 * months, and moves slowly, but costs a pass over every subscriber's stories of the period (about
 * a second at a million stories, BENCHMARKS.md). So each period's answer is kept for
 * `DASHBOARD_BENCHMARK_CACHE_SECONDS` in the process; requests that arrive while it is worked out
 * wait for the same answer, and a failure is not kept. Zero turns the cache off.
 */
export class BenchmarkCache {
  private readonly entries = new Map<string, { expires: number; value: Promise<Benchmark> }>()

  constructor(private readonly seconds: number) {}

  get(period: { from: Date; to: Date }, compute: () => Promise<Benchmark>, now = Date.now()) {
    if (this.seconds === 0) return compute()
    const key = `${period.from.toISOString()}/${period.to.toISOString()}`
    const kept = this.entries.get(key)
    if (kept && kept.expires > now) return kept.value
    for (const [k, e] of this.entries) if (e.expires <= now) this.entries.delete(k)
    const value = compute()
    this.entries.set(key, { expires: now + this.seconds * 1000, value })
    value.catch(() => this.entries.delete(key))
    return value
  }
}
