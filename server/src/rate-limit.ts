import { createHmac } from 'node:crypto'
import type { Context } from 'hono'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Sql } from './db.ts'

/** The client's address, from the socket or (behind a trusted proxy) X-Forwarded-For. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim()
    if (forwarded) return forwarded
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown'
  } catch {
    return 'unknown' // in-process requests (tests) have no socket
  }
}

/** A bucket name that identifies a client without storing its address. */
export function clientBucket(prefix: string, address: string, secret: string): string {
  return `${prefix}:${createHmac('sha256', secret).update(address).digest('base64url').slice(0, 22)}`
}

export interface RateLimitResult {
  allowed: boolean
  /** Seconds until the current window ends. */
  retryAfter: number
}

/** Counts one hit in a fixed window shared by every server process. */
export async function hitRateLimit(
  sql: Sql,
  bucket: string,
  limit: number,
  windowSeconds: number,
): Promise<RateLimitResult> {
  const window = rateLimitWindow(windowSeconds)
  const [row] = await sql<{ hits: number }[]>`
    insert into rate_limits (bucket, window_start, hits) values (${bucket}, ${window.start}, 1)
    on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
    returning hits`
  return { allowed: row!.hits <= limit, retryAfter: window.retryAfter }
}

/** The fixed window `now` falls in, and the seconds (at least 1) until it ends. */
export function rateLimitWindow(
  windowSeconds: number,
  now = Date.now(),
): { start: Date; retryAfter: number } {
  const windowMs = windowSeconds * 1000
  const start = now - (now % windowMs)
  return { start: new Date(start), retryAfter: Math.max(1, Math.ceil((start + windowMs - now) / 1000)) }
}
