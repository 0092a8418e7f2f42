import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { getServiceStats } from './stats.ts'

const { app, sql } = testApp()
const cached = testApp({ FEED_CACHE_SECONDS: '60' })
let ids: Record<string, string>

const DAY = 86_400_000
const daysAgo = (n: number) => new Date(Date.now() - n * DAY)

/** A published response `days` after its story was published. */
async function respond(
  storyId: string,
  days: number,
  change: 'planned' | 'made' | null = null,
  status = 'published',
) {
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
    select id, ${status}, 'Ward Manager', 'Testshire Hospitals NHS Trust', 'Thank you for telling us.',
      ${change}, published_at + make_interval(days => ${days})
    from stories where id = ${storyId}`
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  // Ward 1: three published stories (one over a year old), two answered (after 2 and 6 days).
  const a = await createStory(sql, [ids['TST01-W1']!], 'published', {}, daysAgo(20))
  const b = await createStory(sql, [ids['TST01-W1']!], 'published', {}, daysAgo(10))
  await createStory(sql, [ids['TST01-W1']!], 'published', {}, daysAgo(400))
  await respond(a, 2, 'made')
  await respond(a, 5, 'planned') // a later response: not the first
  await respond(b, 6, 'planned')
  await respond(b, 1, 'made', 'pending') // not published: counts for nothing
  // Ward 2: one published story, not answered; a pending and a rejected one that never count.
  await createStory(sql, [ids['TST01-W2']!], 'published', {}, daysAgo(5))
  const pending = await createStory(sql, [ids['TST01-W2']!], 'pending')
  await respond(pending, 1, 'made')
  await createStory(sql, [ids['TST01-W2']!], 'rejected')
  // One story about both wards counts once for the hospital.
  await createStory(sql, [ids['TST01-W1']!, ids['TST01-W2']!], 'published', {}, daysAgo(3))
})

describe('getServiceStats', () => {
  it('counts published stories of the subtree once each, with responses and changes', async () => {
    expect(await getServiceStats(sql, ids['TST01']!)).toEqual({
      stories: 5,
      storiesLast12Months: 4,
      responseRate: 0.4,
      medianDaysToFirstResponse: 4,
      changes: { planned: 2, made: 1 },
    })
  })

  it('answers zeros and nulls for a service without stories', async () => {
    expect(await getServiceStats(sql, ids['TST02']!)).toEqual({
      stories: 0,
      storiesLast12Months: 0,
      responseRate: null,
      medianDaysToFirstResponse: null,
      changes: { planned: 0, made: 0 },
    })
  })
})

describe('the figures kept with the feed entries', () => {
  it('follow a response withdrawn, a change marked made, and a story taken down and republished', async () => {
    const ward = ids['TST02-W1']!
    const story = await createStory(sql, [ward], 'published', {}, daysAgo(30))
    await respond(story, 3, 'planned')
    expect(await getServiceStats(sql, ward)).toMatchObject({
      medianDaysToFirstResponse: 3,
      changes: { planned: 1, made: 0 },
    })
    await sql`update responses set change_marker = 'made' where story_id = ${story}`
    expect((await getServiceStats(sql, ward)).changes).toEqual({ planned: 0, made: 1 })
    const { changeStoryStatus } = await import('../stories/lifecycle.ts')
    await sql.begin((tx) =>
      changeStoryStatus(tx, { storyId: story, to: 'withdrawn', actor: { type: 'author' } }),
    )
    expect((await getServiceStats(sql, ward)).stories).toBe(0)
    await sql.begin((tx) =>
      changeStoryStatus(tx, { storyId: story, to: 'published', actor: { type: 'system' } }),
    )
    expect(await getServiceStats(sql, ward)).toMatchObject({
      stories: 1,
      responseRate: 1,
      changes: { made: 1 },
    })
    await sql`update responses set status = 'withdrawn' where story_id = ${story}`
    expect(await getServiceStats(sql, ward)).toMatchObject({
      stories: 1,
      responseRate: 0,
      medianDaysToFirstResponse: null,
      changes: { planned: 0, made: 0 },
    })
    await sql`delete from stories where id = ${story}`
  })
})

describe('GET /api/v1/services/:id/stats', () => {
  it('answers the figures of a ward with an ETag and public caching', async () => {
    const res = await app.request(`/api/v1/services/${ids['TST01-W2']}/stats`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    expect(await res.json()).toEqual({
      stories: 2,
      storiesLast12Months: 2,
      responseRate: 0,
      medianDaysToFirstResponse: null,
      changes: { planned: 0, made: 0 },
    })
    const again = await app.request(`/api/v1/services/${ids['TST01-W2']}/stats`, {
      headers: { 'if-none-match': res.headers.get('etag')! },
    })
    expect(again.status).toBe(304)
  })

  it('answers 404 with the error shape for an unknown service', async () => {
    const res = await app.request('/api/v1/services/00000000-0000-4000-8000-000000000000/stats')
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })

  it('answers 422 with the error shape for an id that is not an id', async () => {
    const res = await app.request('/api/v1/services/not-a-uuid/stats')
    expect(res.status).toBe(422)
    expect((await res.json()).error).toEqual(expect.objectContaining({ code: 'validation_failed' }))
  })

  it('is kept in the feed cache until a publish clears it', async () => {
    const url = `/api/v1/services/${ids['TST02-W1']}/stats`
    const first = await (await cached.app.request(url)).json()
    const story = await createStory(sql, [ids['TST02-W1']!], 'published')
    expect(await (await cached.app.request(url)).json()).toEqual(first)
    cached.deps.feedCache.clear()
    expect((await (await cached.app.request(url)).json()).stories).toBe(first.stories + 1)
    await sql`delete from stories where id = ${story}`
  })
})
