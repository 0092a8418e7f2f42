/** What the load generator is asked to do, and what it reports. */
export interface LoadSpec {
  origin: string
  connections: number
  warmupMs: number
  durationMs: number
  /** `raw`: prepared bytes over net sockets (default); `http`: node:http with a keep-alive Agent. */
  client?: 'raw' | 'http'
  requests:
    { kind: 'get'; paths: string[] } | { kind: 'submit'; path: string; bodies: string[]; keyPrefix: string }
}

export interface LoadResult {
  /** Requests that started after the warm-up and finished within the measured window. */
  requests: number
  seconds: number
  perSecond: number
  p50Ms: number
  p90Ms: number
  p99Ms: number
  maxMs: number
  statuses: Record<string, number>
  errors: number
  /** Requests of any status sent during warm-up and measurement (e.g. all submissions attempted). */
  sentTotal: number
  /** 2xx answers over the whole run, warm-up included: what the database must now hold. */
  okTotal: number
}

export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!
}
