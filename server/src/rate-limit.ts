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
  /** Seconds until another attempt would be allowed (fixed windows: until the window ends). */
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

/**
 * Counts one attempt in a sliding window shared by every server process: allowed while fewer than
 * `limit` attempts were accepted in the `windowSeconds` before it, whatever the clock says about
 * window boundaries. One upsert decides and records, so concurrent processes queue on the row
 * lock and agree. Refused attempts are not recorded, so waiting always ends a refusal. `now` is the
 * database's clock unless given (tests).
 */
export async function hitSlidingLimit(
  sql: Sql,
  bucket: string,
  limit: number,
  windowSeconds: number,
  now?: Date,
): Promise<RateLimitResult> {
  const at = now ? sql`${now.toISOString()}::timestamptz` : sql`now()`
  const [row] = await sql<{ allowed: boolean; retryAfter: number }[]>`
    insert into rate_limit_attempts as t (bucket, attempts, allowed)
    values (${bucket}, array[${at}], ${limit > 0})
    on conflict (bucket) do update set (attempts, allowed) = (
      select
        case when count(*) < ${limit}
          then coalesce(array_agg(a order by a), '{}') || ${at}
          else array_agg(a order by a) end,
        count(*) < ${limit}
      from unnest(t.attempts) a
      where a > ${at} - make_interval(secs => ${windowSeconds})
    )
    returning allowed,
      greatest(1, ceil(extract(epoch from attempts[1] + make_interval(secs => ${windowSeconds}) - ${at})))::int
        as retry_after`
  return { allowed: row!.allowed, retryAfter: row!.retryAfter }
}

/** Forgets a sliding-window bucket's attempts, e.g. a sign-in's typos once the right password came. */
export async function forgetAttempts(sql: Sql, bucket: string): Promise<void> {
  await sql`delete from rate_limit_attempts where bucket = ${bucket}`
}

/** Deletes sliding-window buckets whose newest attempt is a day old: longer than any window. */
export async function purgeStaleAttempts(sql: Sql): Promise<void> {
  await sql`delete from rate_limit_attempts where attempts[cardinality(attempts)] < now() - interval '1 day'`
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
