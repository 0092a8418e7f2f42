import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { getServiceStats } from './stats.ts'

const { app, sql } = testApp()
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
})
