import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { publishedResponse } from '../../test/follow.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let viewer: Member
const stories: Record<string, string> = {}

const day = (n: number) => new Date(Date.UTC(2026, 0, n, 12))
const inbox = async (query = '') => {
  const res = await app.request(`/api/portal/subscribers/${subscriberId}/inbox${query}`, as(viewer, 'GET'))
  expect(res.status).toBe(200)
  return res.json()
}
const titles = (body: { stories: { title: string }[] }) => body.stories.map((s) => s.title)

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  const add = async (
    key: string,
    ward: string,
    at: number,
    criticality: number,
    extra: Record<string, unknown> = {},
  ) => {
    stories[key] = await createStory(sql, [ids[ward]!], 'published', { title: key, ...extra }, day(at))
    await sql`update stories set criticality = ${criticality} where id = ${stories[key]!}`
  }
  await add('Kind nurses on Ward 1', 'TST01-W1', 1, 0, { email: 'author@example.org' })
  await add('Long wait in surgery', 'TST01-W2', 2, 3, {
    body: 'We waited nine hours for the operation and nobody told us why, which was frightening for my dad.',
    tags: { good: [], improve: ['waiting-times', 'communication'], feelings: ['anxious'] },
  })
  await add('Parking was a nightmare', 'TST01-W1', 3, 2, {
    tags: { good: [], improve: ['parking'], feelings: ['frustrated'] },
  })
  await add('Rehab ward elsewhere', 'TST02-W1', 4, 5)
  stories.pending = await createStory(sql, [ids['TST01-W1']!], 'pending', { title: 'Not yet published' })
  stories.withdrawn = await createStory(
    sql,
    [ids['TST01-W1']!],
    'published',
    { title: 'Withdrawn later' },
    day(5),
  )
  await sql.begin((tx) =>
    changeStoryStatus(tx, { storyId: stories.withdrawn!, to: 'withdrawn', actor: { type: 'author' } }),
  )
  // A moderator's redaction: the original words stay private.
  await sql`
    update stories set original_title = 'Nurse Jenny Smith was kind', original_body = 'Private original words'
    where id = ${stories['Kind nurses on Ward 1']!}`
  await publishedResponse(sql, stories['Long wait in surgery']!)
  await sql`update stories set response_count = 1 where id = ${stories['Long wait in surgery']!}`

  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
  // None overdue, so that the list is newest first (overdue stories come first: workflow.test.ts).
  await sql`update inbox_entries set due_at = now() + interval '30 days'`
})

describe('GET /api/portal/subscribers/:id/inbox', () => {
  it('lists published stories within coverage, newest first, with counts', async () => {
    const body = await inbox()
    expect(titles(body)).toEqual(['Parking was a nightmare', 'Long wait in surgery', 'Kind nurses on Ward 1'])
    expect(body.counts).toEqual({ total: 3, unresponded: 2, overdue: 0, exact: true })
    expect(body.nextCursor).toBeNull()
  })

  it('shows criticality and tags, never the email or the original text', async () => {
    const body = await inbox()
    const surgery = body.stories.find((s: { title: string }) => s.title === 'Long wait in surgery')
    expect(surgery).toMatchObject({
      criticality: 3,
      responseCount: 1,
      ourResponses: { published: 0, pending: 0 },
      services: [{ id: ids['TST01-W2'], name: 'Ward 2, Surgery' }],
      tags: {
        good: [],
        improve: [
          { slug: 'waiting-times', label: 'Waiting times' },
          { slug: 'communication', label: 'Communication' },
        ],
        feelings: [{ slug: 'anxious', label: 'Anxious' }],
      },
      url: `http://heard.test/stories/${stories['Long wait in surgery']}`,
    })
    const text = JSON.stringify(body)
    expect(text).not.toContain('author@example.org')
    expect(text).not.toContain('Jenny')
    expect(text).not.toContain('Private original')
    expect(text).not.toContain('"email"')
  })

  it('filters by service subtree, criticality, tags, responded and dates', async () => {
    expect(titles(await inbox(`?serviceId=${ids['TST01-W1']}`))).toEqual([
      'Parking was a nightmare',
      'Kind nurses on Ward 1',
    ])
    expect(titles(await inbox('?criticality=2,3'))).toEqual([
      'Parking was a nightmare',
      'Long wait in surgery',
    ])
    expect(titles(await inbox('?tags=waiting-times,communication'))).toEqual(['Long wait in surgery'])
    expect(titles(await inbox('?tags=waiting-times,parking'))).toEqual([])
    expect(titles(await inbox('?responded=true'))).toEqual(['Long wait in surgery'])
    expect(titles(await inbox('?responded=false'))).toEqual([
      'Parking was a nightmare',
      'Kind nurses on Ward 1',
    ])
    expect(titles(await inbox('?from=2026-01-02&to=2026-01-02'))).toEqual(['Long wait in surgery'])
    const filtered = await inbox('?criticality=0,2,3&responded=false')
    expect(filtered.counts).toEqual({ total: 2, unresponded: 2, overdue: 0, exact: true })
  })

  it('searches the published text in English', async () => {
    expect(titles(await inbox('?q=waiting'))).toEqual(['Long wait in surgery'])
    expect(titles(await inbox(`?q=${encodeURIComponent('"nine hours" -parking')}`))).toEqual([
      'Long wait in surgery',
    ])
    expect(titles(await inbox('?q=Jenny'))).toEqual([])
    expect((await inbox('?q=nurse')).counts.total).toBe(2)
    expect((await inbox('?q=operations')).counts.total).toBe(1)
  })

  it('pages with a cursor', async () => {
    const first = await inbox('?limit=2')
    expect(titles(first)).toEqual(['Parking was a nightmare', 'Long wait in surgery'])
    const second = await inbox(`?limit=2&cursor=${first.nextCursor}`)
    expect(titles(second)).toEqual(['Kind nurses on Ward 1'])
    expect(second.nextCursor).toBeNull()
  })

  it('refuses a service outside coverage, a bad criticality and a bad cursor', async () => {
    const get = (q: string) =>
      app.request(`/api/portal/subscribers/${subscriberId}/inbox${q}`, as(viewer, 'GET'))
    const outside = await get(`?serviceId=${ids['TST02-W1']}`)
    expect(outside.status).toBe(422)
    expect((await outside.json()).error.issues).toEqual([
      { path: 'serviceId.0', message: 'is not a service your organisation covers' },
    ])
    expect((await get('?criticality=7')).status).toBe(422)
    expect((await get('?cursor=bm9wZQ')).status).toBe(422)
  })

  it('follows moderators: a changed criticality and new tags show at once', async () => {
    const id = stories['Kind nurses on Ward 1']!
    await sql`update stories set criticality = 4 where id = ${id}`
    await sql`insert into story_tags (story_id, tag_slug) values (${id}, 'parking')`
    expect(titles(await inbox('?criticality=4&tags=parking'))).toEqual(['Kind nurses on Ward 1'])
    await sql`update stories set criticality = 0 where id = ${id}`
    await sql`delete from story_tags where story_id = ${id} and tag_slug = 'parking'`
    expect(titles(await inbox('?criticality=4'))).toEqual([])
  })
})

describe('GET /api/portal/subscribers/:id/stories/:storyId', () => {
  it('shows a story within coverage with its services, criticality, tags and responses', async () => {
    const id = stories['Long wait in surgery']!
    const res = await app.request(`/api/portal/subscribers/${subscriberId}/stories/${id}`, as(viewer, 'GET'))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      id,
      title: 'Long wait in surgery',
      criticality: 3,
      services: [
        {
          id: ids['TST01-W2'],
          path: 'Testshire Hospitals NHS Trust › Testshire General Hospital › Ward 2, Surgery',
        },
      ],
      responses: [{ status: 'published', ours: false, writtenBy: null, editable: false, replies: [] }],
    })
    expect(body).not.toHaveProperty('email')
    expect(body).not.toHaveProperty('originalBody')
  })

  it('answers the same 404 for a story outside coverage, an unpublished one and one that does not exist', async () => {
    const answers = await Promise.all(
      [
        stories['Rehab ward elsewhere'],
        stories.pending,
        stories.withdrawn,
        '00000000-0000-4000-8000-000000000001',
      ].map(async (id) => {
        const res = await app.request(
          `/api/portal/subscribers/${subscriberId}/stories/${id}`,
          as(viewer, 'GET'),
        )
        return [res.status, await res.json()]
      }),
    )
    for (const answer of answers) expect(answer).toEqual(answers[0])
    expect(answers[0]![0]).toBe(404)
  })
})

describe('GET /api/portal/subscribers/:id/inbox/export', () => {
  it('exports the filtered stories as CSV without personal data, safe to open in a spreadsheet', async () => {
    const id = stories['Kind nurses on Ward 1']!
    await sql`update stories set title = '=cmd|calc' where id = ${id}`
    const res = await app.request(
      `/api/portal/subscribers/${subscriberId}/inbox/export?responded=false`,
      as(viewer, 'GET'),
    )
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('content-disposition')).toMatch(
      /^attachment; filename="heard-stories-\d{4}-\d{2}-\d{2}\.csv"$/,
    )
    const text = (await res.text()).replace(/^\ufeff/, '')
    const lines = text.trim().split('\r\n')
    expect(lines[0]).toBe(
      'story_id,published_at,title,story,services,criticality,what_was_good,what_could_be_improved,feelings,author_role,published_responses,our_published_responses,url',
    )
    expect(lines).toHaveLength(3)
    expect(text).toContain(`${id},2026-01-01T12:00:00.000Z,"'=cmd|calc",`)
    expect(text).not.toContain('author@example.org')
    expect(text).not.toContain('Private original')
    expect(text).not.toContain('Grateful daughter')
    await sql`update stories set title = 'Kind nurses on Ward 1' where id = ${id}`
  })
})

describe('GET /api/portal/subscribers/:id/inbox/held', () => {
  it('lists held stories within coverage, soonest first, with the moderated text and when each publishes', async () => {
    const hold = async (title: string, ward: string, days: number) => {
      const id = await createStory(sql, [ids[ward]!], 'pending', { title })
      await sql`
        update stories set status = 'held', criticality = 4, held_until = now() + make_interval(days => ${days}),
          original_title = 'Private original', original_body = 'Private original words'
        where id = ${id}`
      return id
    }
    const later = await hold('Held for a week', 'TST01-W1', 7)
    const sooner = await hold('Held for two days', 'TST01-W2', 2)
    await hold('Held elsewhere', 'TST02-W1', 1)
    const res = await app.request(`/api/portal/subscribers/${subscriberId}/inbox/held`, as(viewer, 'GET'))
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    expect(body.more).toBe(false)
    expect(body.stories.map((s: { id: string }) => s.id)).toEqual([sooner, later])
    expect(body.stories[0]).toMatchObject({
      title: 'Held for two days',
      criticality: 4,
      heldUntil: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
      services: [expect.objectContaining({ id: ids['TST01-W2'] })],
    })
    expect(JSON.stringify(body)).not.toContain('Private original')
    expect(JSON.stringify(body)).not.toContain('@')
    // Held stories are not in the published inbox, and their page is not open yet.
    expect(titles(await inbox())).not.toContain('Held for two days')
    const page = await app.request(
      `/api/portal/subscribers/${subscriberId}/stories/${sooner}`,
      as(viewer, 'GET'),
    )
    expect(page.status).toBe(404)
  })
})
