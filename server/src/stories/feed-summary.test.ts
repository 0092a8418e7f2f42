import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { getServiceStats } from '../services/stats.ts'

const { app, sql } = testApp()
const cached = testApp({ FEED_CACHE_SECONDS: '60' })
let ids: Record<string, string>
let w1: string
let w2: string

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000)

/** A published response `days` after its story was published. */
async function respond(storyId: string, days: number, change: 'planned' | 'made' | null) {
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
    select id, 'published', 'Ward Manager', 'Testshire Hospitals NHS Trust', 'Thank you.',
      ${change}, published_at + make_interval(days => ${days})
    from stories where id = ${storyId}`
}

const json = async (url: string, on = app) => {
  const res = await on.request(url)
  expect(res.status).toBe(200)
  return res.json()
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  w1 = ids['TST01-W1']!
  w2 = ids['TST01-W2']!
  // Ward 1: two stories, one answered (a change made); ward 2: one, not answered; and one story
  // about both wards, answered with a change planned, which a union must count once.
  const a = await createStory(sql, [w1], 'published', {}, daysAgo(20))
  await createStory(sql, [w1], 'published', {}, daysAgo(400))
  await respond(a, 2, 'made')
  await createStory(sql, [w2], 'published', {}, daysAgo(5))
  const both = await createStory(sql, [w1, w2], 'published', {}, daysAgo(3))
  await respond(both, 4, 'planned')
})

describe('the feed with summary=true', () => {
  it('adds the figures of one service, the same as /stats, and leaves them out unless asked', async () => {
    const feed = await json(`/api/v1/services/${w1}/stories?limit=2&summary=true`)
    expect(feed.stories).toHaveLength(2)
    expect(feed.summary).toEqual(await json(`/api/v1/services/${w1}/stats`))
    expect(feed.summary).toEqual({
      stories: 3,
      storiesLast12Months: 2,
      responseRate: 2 / 3,
      medianDaysToFirstResponse: 3,
      changes: { planned: 1, made: 1 },
    })
    expect(await json(`/api/v1/services/${w1}/stories?limit=2`)).not.toHaveProperty('summary')
    expect(await json(`/api/v1/services/${w1}/stories?summary=false`)).not.toHaveProperty('summary')
  })

  it('counts a story about two overlapping services once', async () => {
    const feed = await json(`/api/v1/stories?services=${w1},${w2}&limit=5&summary=true`)
    expect(feed.stories).toHaveLength(4)
    const union = {
      stories: 4,
      storiesLast12Months: 3,
      responseRate: 0.5,
      medianDaysToFirstResponse: 3,
      changes: { planned: 1, made: 1 },
    }
    expect(feed.summary).toEqual(union)
    // The same as the hospital they make up, and the same from the function directly.
    expect(await json(`/api/v1/services/${ids['TST01']}/stats`)).toEqual(union)
    expect(await getServiceStats(sql, [w1, w2, w1])).toEqual(union)
    // A service inside another adds nothing.
    const nested = await json(`/api/v1/stories?services=${ids['TST01']},${w2}&summary=true`)
    expect(nested.summary).toEqual(union)
  })

  it('answers 422 with the error shape for a summary value that is not true or false', async () => {
    for (const url of [
      `/api/v1/stories?services=${w1}&summary=yes`,
      `/api/v1/services/${w1}/stories?summary=1`,
    ]) {
      const res = await app.request(url)
      expect(res.status).toBe(422)
      expect((await res.json()).error).toEqual(expect.objectContaining({ code: 'validation_failed' }))
    }
  })

  it('is cached with the feed until a publish clears it', async () => {
    const url = `/api/v1/stories?services=${w1},${w2}&summary=true`
    const first = await json(url, cached.app)
    const story = await createStory(sql, [w2], 'published')
    expect(await json(url, cached.app)).toEqual(first)
    cached.deps.feedCache.clear()
    expect((await json(url, cached.app)).summary.stories).toBe(first.summary.stories + 1)
    await sql`delete from stories where id = ${story}`
  })
})
