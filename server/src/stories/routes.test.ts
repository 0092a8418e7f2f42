import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory, validSubmission } from '../../test/fixtures.ts'

const { app, sql } = testApp({ SUBMISSION_RATE_LIMIT: '5' })
let ids: Record<string, string>
let nextAddress = 0

// Each test submits from its own address so that the rate limit only bites where a test means it to.
const fromNewAddress = () => ({ 'x-forwarded-for': `203.0.113.${++nextAddress}` })
const submit = (body: unknown, headers: Record<string, string> = {}) =>
  app.request('/api/v1/stories', json(body, { ...fromNewAddress(), ...headers }))
const countStories = async () => (await sql<{ n: number }[]>`select count(*)::int as n from stories`)[0]!.n

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('POST /api/v1/stories', () => {
  beforeEach(async () => {
    await sql`delete from stories`
    await sql`delete from rate_limits`
  })

  it('accepts a story as pending and records who it is about', async () => {
    const res = await submit(
      validSubmission([ids['TST01-W1']!], { email: 'me@example.org', ageGroup: '35-44' }),
    )
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toEqual({ id: expect.any(String), status: 'pending' })
    const [story] = await sql`select status, email, route, age_group from stories where id = ${body.id}`
    expect(story).toEqual({ status: 'pending', email: 'me@example.org', route: 'api', ageGroup: '35-44' })
    const nodes = await sql`select node_id from story_nodes where story_id = ${body.id}`
    expect(nodes.map((n) => n.nodeId)).toEqual([ids['TST01-W1']])
    const events = await sql`select to_status, actor_type from story_events where story_id = ${body.id}`
    expect(events).toEqual([{ toStatus: 'pending', actorType: 'author' }])
  })

  it('stores pre-check flags with the field they were found in', async () => {
    const res = await submit(
      validSubmission([ids['TST01-W1']!], {
        body: 'Please call me on 07700 900123 about the care my mum had on the ward last week, thank you.',
      }),
    )
    const { id } = await res.json()
    const [story] = await sql`select flags, flag_count from stories where id = ${id}`
    expect(story!.flagCount).toBeGreaterThan(0)
    expect(story!.flags).toContainEqual(
      expect.objectContaining({ rule: 'phone', field: 'body', start: 18, end: 30 }),
    )
  })

  it('returns the same story for a repeated Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'draft-0b7a6f2e-retry' }
    const first = await submit(validSubmission([ids['TST01-W1']!]), headers)
    const second = await submit(validSubmission([ids['TST01-W1']!]), headers)
    expect(first.status).toBe(201)
    expect(second.status).toBe(201)
    expect(second.headers.get('idempotent-replayed')).toBe('true')
    expect((await second.json()).id).toBe((await first.json()).id)
    expect(await countStories()).toBe(1)
  })

  it('creates one story when retries with the same key arrive at the same time', async () => {
    const headers = { 'idempotency-key': 'draft-concurrent-0001' }
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => submit(validSubmission([ids['TST01-W1']!]), headers)),
    )
    const storyIds = new Set(await Promise.all(responses.map(async (r) => (await r.json()).id)))
    expect(responses.map((r) => r.status)).toEqual([201, 201, 201, 201, 201])
    expect(storyIds.size).toBe(1)
    expect(await countStories()).toBe(1)
  })

  it('refuses a reused Idempotency-Key with a different story', async () => {
    const headers = { 'idempotency-key': 'draft-reused-key-01' }
    await submit(validSubmission([ids['TST01-W1']!]), headers)
    const res = await submit(validSubmission([ids['TST01-W1']!], { title: 'Another story' }), headers)
    expect(res.status).toBe(422)
    expect((await res.json()).error.code).toBe('idempotency_key_reused')
    expect(await countStories()).toBe(1)
  })

  it('answers malformed JSON with 400 and writes nothing', async () => {
    const res = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...fromNewAddress() },
      body: '{"title": "Kind nurses", ',
    })
    expect(res.status).toBe(400)
    expect(await res.json()).toEqual({ error: { code: 'invalid_json', message: expect.any(String) } })
    expect(await countStories()).toBe(0)
  })

  it('answers a body that is not JSON with 415', async () => {
    const res = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'content-type': 'text/plain', ...fromNewAddress() },
      body: 'hello',
    })
    expect(res.status).toBe(415)
    expect((await res.json()).error.code).toBe('unsupported_media_type')
  })

  it('answers a missing title with 422 naming the field, and writes nothing', async () => {
    const { title: _title, ...withoutTitle } = validSubmission([ids['TST01-W1']!])
    const res = await submit(withoutTitle)
    expect(res.status).toBe(422)
    const { error } = await res.json()
    expect(error.code).toBe('validation_failed')
    expect(error.issues).toContainEqual({ path: 'title', message: 'Enter a title' })
    expect(await countStories()).toBe(0)
  })

  it('checks lengths, roles, nicknames and emails', async () => {
    const res = await submit(
      validSubmission([ids['TST01-W1']!], {
        title: 'x'.repeat(121),
        body: 'Too short',
        authorRole: 'doctor',
        nickname: 'reach me at me@example.org',
        email: 'not-an-email',
      }),
    )
    expect(res.status).toBe(422)
    const paths = (await res.json()).error.issues.map((i: { path: string }) => i.path).sort()
    expect(paths).toEqual(['authorRole', 'body', 'email', 'nickname', 'title'])
  })

  it('answers an unknown service with 422 and writes nothing', async () => {
    const res = await submit(validSubmission([ids['TST01-W1']!, '00000000-0000-4000-8000-000000000000']))
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues).toEqual([
      { path: 'serviceIds.1', message: 'is not a service in the directory' },
    ])
    expect(await countStories()).toBe(0)
  })

  it('answers an unknown tag, or a tag in the wrong group, with 422', async () => {
    const res = await submit(
      validSubmission([ids['TST01-W1']!], {
        tags: { good: ['no-such-tag', 'parking'], improve: [], feelings: [] },
      }),
    )
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues.map((i: { path: string }) => i.path)).toEqual([
      'tags.good.0',
      'tags.good.1',
    ])
    expect(await countStories()).toBe(0)
  })

  it('answers a 2 MB body with 413 and writes nothing', async () => {
    const res = await submit(validSubmission([ids['TST01-W1']!], { body: 'a'.repeat(2 * 1024 * 1024) }))
    expect(res.status).toBe(413)
    expect((await res.json()).error.code).toBe('payload_too_large')
    expect(await countStories()).toBe(0)
  })

  it('accepts but keeps nothing when the honeypot is filled in', async () => {
    const res = await submit(validSubmission([ids['TST01-W1']!], { website: 'https://spam.example' }))
    expect(res.status).toBe(201)
    expect(await countStories()).toBe(0)
  })

  it('limits submissions per address and says when to retry', async () => {
    const address = { 'x-forwarded-for': '198.51.100.7' }
    for (let i = 0; i < 5; i++) {
      const ok = await app.request('/api/v1/stories', json(validSubmission([ids['TST01-W1']!]), address))
      expect(ok.status).toBe(201)
    }
    const res = await app.request('/api/v1/stories', json(validSubmission([ids['TST01-W1']!]), address))
    expect(res.status).toBe(429)
    expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await res.json()).error.code).toBe('rate_limited')
    expect(await countStories()).toBe(5)
    const buckets = await sql`select bucket from rate_limits`
    expect(JSON.stringify(buckets)).not.toContain('198.51.100.7')
  })
})

describe('GET /api/v1/services/:id/stories', () => {
  let published: string[]
  let pending: string

  beforeAll(async () => {
    await sql`delete from stories`
    published = []
    for (let i = 0; i < 7; i++) {
      const ward = i % 2 ? ids['TST01-W1']! : ids['TST02-W1']!
      published.push(
        await createStory(
          sql,
          [ward],
          'published',
          { title: `Story ${i}` },
          new Date(Date.UTC(2026, 0, 1 + i)),
        ),
      )
    }
    pending = await createStory(sql, [ids['TST01-W1']!], 'pending', { title: 'Pending story' })
    await createStory(sql, [ids['TST01-W1']!], 'rejected', { title: 'Rejected story' })
    const withdrawn = await createStory(sql, [ids['TST01-W1']!], 'published', { title: 'Withdrawn story' })
    await sql.begin(async (tx) => {
      const { changeStoryStatus } = await import('./lifecycle.ts')
      await changeStoryStatus(tx, { storyId: withdrawn, to: 'withdrawn', actor: { type: 'author' } })
    })
  })

  it('lists published stories of the subtree newest first, and nothing else', async () => {
    const res = await app.request(`/api/v1/services/${ids.TST}/stories?limit=20`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.service).toEqual({
      id: ids.TST,
      name: 'Testshire Hospitals NHS Trust',
      nameCy: null,
      kind: 'organisation',
    })
    expect(body.stories.map((s: { id: string }) => s.id)).toEqual([...published].reverse())
    expect(body.nextCursor).toBeNull()
    const titles = JSON.stringify(body)
    expect(titles).not.toContain('Pending story')
    expect(titles).not.toContain('Rejected story')
    expect(titles).not.toContain('Withdrawn story')
  })

  it('shows each story with its excerpt, services, role and public link, never the email', async () => {
    const body = await (await app.request(`/api/v1/services/${ids['TST01-W1']}/stories?limit=1`)).json()
    expect(body.stories[0]).toEqual({
      id: published[5],
      title: 'Story 5',
      excerpt: expect.stringContaining('The nurses on the ward'),
      publishedAt: '2026-01-06T00:00:00.000Z',
      authorRole: 'relative',
      nickname: 'Grateful daughter',
      services: [{ id: ids['TST01-W1'], name: 'Ward 1 (Acute Medicine)', nameCy: null }],
      responseCount: 0,
      responders: [],
      url: `http://heard.test/stories/${published[5]}`,
    })
  })

  it('names who responded, once each, with the furthest change and its published claim, from published responses only', async () => {
    const story = published[3]!
    const respond = async (title: string, org: string, status: string, change: string | null, at: string) => {
      const [row] = await sql<{ id: string }[]>`
        insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
        values (${story}, ${status}, ${title}, ${org}, 'Thank you for telling us.', ${change}, ${at}) returning id`
      return row!.id
    }
    await respond('Ward Manager', 'Testshire Hospitals NHS Trust', 'published', null, '2026-02-01')
    await respond('Ward Manager', 'Testshire Hospitals NHS Trust', 'published', 'made', '2026-02-03')
    const matron = await respond(
      'Matron',
      'Testshire Hospitals NHS Trust',
      'published',
      'planned',
      '2026-02-02',
    )
    await respond('Chief Executive', 'Testshire Hospitals NHS Trust', 'pending', 'made', '2026-02-04')
    await respond('Director', 'Testshire Hospitals NHS Trust', 'withdrawn', null, '2026-01-30')
    // The Matron's planned change is published; the change they say is made still waits for a moderator.
    await sql`
      insert into response_changes (response_id, status, summary, expected_by, state, published_at, created_at)
      values (${matron}, 'planned', 'Quiet hours from 11 pm.', '2027-03-01', 'published', '2026-02-05', '2026-02-05'),
             (${matron}, 'made', 'Quiet hours start at 11 pm now.', '2027-03-01', 'pending', null, '2026-02-06')`
    try {
      const body = await (await app.request(`/api/v1/services/${ids['TST01-W1']}/stories?limit=2`)).json()
      const org = 'Testshire Hospitals NHS Trust'
      expect(body.stories[1].responders).toEqual([
        { organisationName: org, responderTitle: 'Ward Manager', change: 'made', changeDetail: null },
        {
          organisationName: org,
          responderTitle: 'Matron',
          change: 'planned',
          changeDetail: {
            status: 'planned',
            summary: 'Quiet hours from 11 pm.',
            expectedBy: '2027-03',
            madeAt: null,
          },
        },
      ])
      expect(body.stories[0].responders).toEqual([])
    } finally {
      await sql`delete from responses where story_id = ${story}`
    }
  })

  it('pages with a cursor through every story exactly once', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const url: string = `/api/v1/services/${ids.TST}/stories?limit=3${cursor ? `&cursor=${cursor}` : ''}`
      const body = await (await app.request(url)).json()
      seen.push(...body.stories.map((s: { id: string }) => s.id))
      cursor = body.nextCursor
    } while (cursor)
    expect(seen).toEqual([...published].reverse())
  })

  it('answers 304 to a matching If-None-Match and is cacheable by a CDN', async () => {
    const first = await app.request(`/api/v1/services/${ids.TST}/stories`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^W\/".+"$/)
    expect(first.headers.get('cache-control')).toMatch(/public, max-age=\d+, stale-while-revalidate=\d+/)
    const second = await app.request(`/api/v1/services/${ids.TST}/stories`, {
      headers: { 'if-none-match': etag },
    })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
  })

  it('answers 404 for an unknown service and 422 for a bad id or cursor', async () => {
    const unknown = await app.request('/api/v1/services/00000000-0000-4000-8000-000000000000/stories')
    expect(unknown.status).toBe(404)
    expect((await unknown.json()).error.code).toBe('not_found')
    expect((await app.request('/api/v1/services/not-an-id/stories')).status).toBe(422)
    const badCursor = await app.request(`/api/v1/services/${ids.TST}/stories?cursor=bm9wZQ`)
    expect(badCursor.status).toBe(422)
  })

  it('serves several services in one feed without repeating a story', async () => {
    const res = await app.request(`/api/v1/stories?services=${ids.TST},${ids['TST01-W1']}&limit=50`)
    const body = await res.json()
    expect(body.stories.map((s: { id: string }) => s.id)).toEqual([...published].reverse())
    expect((await app.request('/api/v1/stories?services=nope')).status).toBe(422)
  })

  it('keeps a pending story out of the public API', async () => {
    const res = await app.request(`/api/v1/stories/${pending}`)
    expect(res.status).toBe(404)
  })
})

describe('GET /api/v1/stories/:id', () => {
  it('returns a published story with its published responses and tags, and no private fields', async () => {
    const id = await createStory(sql, [ids['TST01-W2']!], 'published', { email: 'secret@example.org' })
    await sql`insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
      values (${id}, 'published', 'Ward Manager', 'Testshire Hospitals NHS Trust', 'Thank you for telling us.', 'made', now()),
             (${id}, 'pending', 'Matron', 'Testshire Hospitals NHS Trust', 'Not yet moderated.', null, null)`
    const res = await app.request(`/api/v1/stories/${id}`)
    expect(res.status).toBe(200)
    const story = await res.json()
    expect(story.responses).toEqual([
      expect.objectContaining({
        responderTitle: 'Ward Manager',
        body: 'Thank you for telling us.',
        changeMarker: 'made',
      }),
    ])
    expect(story.tags.good).toEqual([
      expect.objectContaining({ slug: 'kind-staff', label: 'Kind, caring staff' }),
    ])
    const text = JSON.stringify(story)
    expect(text).not.toContain('secret@example.org')
    expect(text).not.toContain('originalBody')
  })

  it('answers 404 for an unknown id', async () => {
    const res = await app.request('/api/v1/stories/00000000-0000-4000-8000-000000000000')
    expect(res.status).toBe(404)
  })
})

describe('GET /api/v1/tags', () => {
  it('lists the managed tags in three groups with Welsh labels', async () => {
    const { tags } = await (await app.request('/api/v1/tags')).json()
    expect(new Set(tags.map((t: { group: string }) => t.group))).toEqual(
      new Set(['good', 'improve', 'feelings']),
    )
    expect(tags).toContainEqual({
      slug: 'kind-staff',
      group: 'good',
      label: 'Kind, caring staff',
      labelCy: 'Staff caredig a gofalgar',
      polarity: 'positive',
    })
  })
})
