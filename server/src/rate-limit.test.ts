import { beforeEach, describe, expect, it } from 'vitest'
import { testSql } from '../test/db.ts'
import { forgetAttempts, hitSlidingLimit, purgeStaleAttempts } from './rate-limit.ts'

const sql = testSql()
const WINDOW = 15 * 60
const LIMIT = 10
/** A fixed window's boundary, as the former throttle counted it: a multiple of the window length. */
const boundary = new Date(Math.floor(Date.now() / (WINDOW * 1000)) * WINDOW * 1000)
const at = (seconds: number) => new Date(boundary.getTime() + seconds * 1000)
const hit = (bucket: string, seconds: number) => hitSlidingLimit(sql, bucket, LIMIT, WINDOW, at(seconds))

beforeEach(async () => {
  await sql`delete from rate_limit_attempts`
})

describe('hitSlidingLimit', () => {
  it('refuses guesses beyond the limit made across a window boundary', async () => {
    for (let i = 0; i < LIMIT; i++) expect((await hit('boundary', -10 + i / 2)).allowed).toBe(true)
    const after = await hit('boundary', 1)
    expect(after.allowed).toBe(false)
    // The earliest accepted guess leaves the window 15 minutes after it was made.
    expect(after.retryAfter).toBe(WINDOW - 11)
    expect((await hit('boundary', WINDOW / 2)).allowed).toBe(false)
    expect((await hit('boundary', WINDOW - 11)).allowed).toBe(false)
  })

  it('never lets more than the limit through in any window, however the guesses are spread', async () => {
    const accepted: number[] = []
    for (let t = -WINDOW; t < 2 * WINDOW; t += 7) {
      if ((await hit('spread', t)).allowed) accepted.push(t)
    }
    for (const start of accepted) {
      expect(accepted.filter((t) => t >= start && t < start + WINDOW).length).toBeLessThanOrEqual(LIMIT)
    }
    // And the limit is reached: the throttle slows guessing, it does not stop it for good.
    expect(accepted.length).toBeGreaterThanOrEqual(3 * LIMIT - 1)
  }, 60_000)

  it('lets a refused user in again once the window has slid past their attempts', async () => {
    for (let i = 0; i < LIMIT; i++) await hit('typos', i)
    expect((await hit('typos', 60)).allowed).toBe(false)
    // Refusals are not recorded, so asking again does not push the wait further out.
    expect((await hit('typos', WINDOW - 1)).allowed).toBe(false)
    expect((await hit('typos', WINDOW)).allowed).toBe(true)
    expect((await hit('typos', WINDOW + 0.5)).allowed).toBe(false)
    expect((await hit('typos', WINDOW + 1)).allowed).toBe(true)
  })

  it('lets exactly the limit through when attempts arrive at once on several connections', async () => {
    const results = await Promise.all(
      Array.from({ length: 3 * LIMIT }, () => hitSlidingLimit(sql, 'rush', LIMIT, WINDOW)),
    )
    expect(results.filter((r) => r.allowed)).toHaveLength(LIMIT)
    const [row] = await sql<{ n: number }[]>`
      select cardinality(attempts) as n from rate_limit_attempts where bucket = 'rush'`
    expect(row!.n).toBe(LIMIT)
  })

  it('counts buckets apart, and forgets a bucket on request', async () => {
    for (let i = 0; i < LIMIT; i++) await hit('one', i)
    expect((await hit('one', 20)).allowed).toBe(false)
    expect((await hit('other', 20)).allowed).toBe(true)
    await forgetAttempts(sql, 'one')
    expect((await hit('one', 21)).allowed).toBe(true)
  })

  it("uses the database's clock when no time is given", async () => {
    for (let i = 0; i < 2; i++) expect((await hitSlidingLimit(sql, 'clock', 2, WINDOW)).allowed).toBe(true)
    const refused = await hitSlidingLimit(sql, 'clock', 2, WINDOW)
    expect(refused.allowed).toBe(false)
    expect(refused.retryAfter).toBeGreaterThan(WINDOW - 60)
    expect(refused.retryAfter).toBeLessThanOrEqual(WINDOW)
  })

  it('purges buckets whose newest attempt is over a day old, and keeps the others', async () => {
    const day = 24 * 3600
    await hitSlidingLimit(sql, 'stale', LIMIT, WINDOW, new Date(Date.now() - 2 * day * 1000))
    await hitSlidingLimit(sql, 'active', LIMIT, WINDOW, new Date(Date.now() - 2 * day * 1000))
    await hitSlidingLimit(sql, 'active', LIMIT, WINDOW)
    await purgeStaleAttempts(sql)
    const rows = await sql<{ bucket: string }[]>`select bucket from rate_limit_attempts order by bucket`
    expect(rows.map((r) => r.bucket)).toEqual(['active'])
  })
})
