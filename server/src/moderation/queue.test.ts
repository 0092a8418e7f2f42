import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let asha: SignedIn
let ben: SignedIn
let flagged: string
let plain: string
let published: string
let response: string
let reply: string

const flag = (rule: string, start: number) => ({ rule, start, end: start + 4, message: 'x', field: 'body' })
const get = (path: string, who = asha) => app.request(path, { headers: who.headers })
const send = (method: string, path: string, who = asha, body?: unknown) =>
  app.request(path, {
    method,
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const queue = async (query = '') => (await get(`/api/portal/moderation/queue${query}`)).json()

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  asha = await signedInAs(app, sql, 'moderator', 'Asha')
  ben = await signedInAs(app, sql, 'platform_admin', 'Ben')
  flagged = await createStory(sql, [ids['TST01-W1']!], 'pending', { title: 'Flagged', route: 'widget' })
  plain = await createStory(sql, [ids['TST02-W1']!], 'pending', { title: 'Plain', route: 'site' })
  published = await createStory(sql, [ids['TST01-W2']!], 'published', { title: 'Published' })
  const flags = [flag('phone', 1), flag('phone', 20), flag('person_name', 40)]
  await sql`update stories set flags = ${sql.json(flags)}, flag_count = 3, submitted_at = now() - interval '3 days'
    where id = ${flagged}`
  await sql`update stories set submitted_at = now() - interval '1 day' where id = ${plain}`
  ;[{ id: response }] = await sql`
    insert into responses (story_id, responder_title, organisation_name, body, flags, flag_count, created_at)
    values (${published}, 'Ward Manager', 'Testshire Hospitals', 'Thank you, Jo.', ${sql.json([flag('person_name', 11)])}, 1,
      now() - interval '2 days') returning id`
  ;[{ id: reply }] = await sql`
    insert into author_replies (story_id, response_id, body, original_body, created_at)
    select ${published}, id, 'Thanks for answering.', 'Thanks for answering.', now() - interval '12 hours'
    from responses where story_id = ${published} returning id`
  await sql`update responses set status = 'published', published_at = now() where id = ${response}`
  ;[{ id: response }] = await sql`
    insert into responses (story_id, responder_title, organisation_name, body, flags, flag_count, created_at)
    values (${published}, 'Matron', 'Testshire Hospitals', 'We are sorry, Jo.', ${sql.json([flag('person_name', 14)])}, 1,
      now() - interval '2 days') returning id`
})

describe('GET /api/portal/moderation/queue', () => {
  beforeEach(async () => {
    await sql`delete from moderation_claims`
  })

  it('lists waiting stories, responses and replies oldest first, with flags and waiting time', async () => {
    const body = await queue()
    expect(body.items.map((i: { kind: string; id: string }) => `${i.kind}:${i.id}`)).toEqual([
      `story:${flagged}`,
      `response:${response}`,
      `story:${plain}`,
      `reply:${reply}`,
    ])
    expect(body.counts).toEqual({ story: 2, response: 1, reply: 1 })
    expect(body.nextCursor).toBeNull()
    const [first, second] = body.items
    expect(first).toMatchObject({
      storyId: flagged,
      title: 'Flagged',
      route: 'widget',
      services: [{ id: ids['TST01-W1'], name: 'Ward 1 (Acute Medicine)' }],
      flagCount: 3,
      flagCounts: { phone: 2, person_name: 1 },
      claim: null,
    })
    expect(first.waitingSeconds).toBeGreaterThanOrEqual(3 * 86400 - 60)
    expect(first.excerpt).toContain('The nurses on the ward')
    expect(second).toMatchObject({
      storyId: published,
      title: 'Published',
      excerpt: 'We are sorry, Jo.',
      flagCount: 1,
    })
  })

  it('filters by kind, rule, service subtree, route and waiting time', async () => {
    const idsOf = async (query: string) => (await queue(query)).items.map((i: { id: string }) => i.id)
    expect(await idsOf('?kind=story')).toEqual([flagged, plain])
    expect(await idsOf('?rule=phone')).toEqual([flagged])
    expect(await idsOf('?rule=person_name')).toEqual([flagged, response])
    expect(await idsOf(`?serviceId=${ids.TST01}`)).toEqual([flagged, response, reply])
    expect(await idsOf(`?serviceId=${ids.TST02}`)).toEqual([plain])
    expect(await idsOf('?route=site')).toEqual([plain])
    expect(await idsOf('?minWaitHours=36')).toEqual([flagged, response])
  })

  it('pages with a cursor through every item exactly once', async () => {
    const seen: string[] = []
    let cursor = ''
    do {
      const body = await queue(`?limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...body.items.map((i: { id: string }) => i.id))
      cursor = body.nextCursor ?? ''
    } while (cursor)
    expect(seen).toEqual([flagged, response, plain, reply])
    expect((await get('/api/portal/moderation/queue?cursor=bm9wZQ')).status).toBe(422)
    expect((await get('/api/portal/moderation/queue?rule=shouting')).status).toBe(422)
  })
})

describe('claims', () => {
  beforeEach(async () => {
    await sql`delete from moderation_claims`
    await sql`update stories set status = 'pending' where id in (${flagged}, ${plain})`
  })

  it('claims a pending story for 15 minutes and moves it into review', async () => {
    const res = await send('POST', `/api/portal/moderation/stories/${flagged}/claim`)
    expect(res.status).toBe(200)
    const { claim } = await res.json()
    expect(claim).toEqual({ moderatorId: asha.userId, moderatorName: 'Asha', expiresAt: expect.any(String) })
    const minutes = (Date.parse(claim.expiresAt) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15.1)
    const [story] = await sql`select status from stories where id = ${flagged}`
    expect(story!.status).toBe('in_review')
    const [event] = await sql`select from_status, to_status, actor_type, actor_id from story_events
      where story_id = ${flagged} order by id desc limit 1`
    expect(event).toEqual({
      fromStatus: 'pending',
      toStatus: 'in_review',
      actorType: 'moderator',
      actorId: asha.userId,
    })
    const item = (await queue()).items.find((i: { id: string }) => i.id === flagged)
    expect(item.claim).toEqual(claim)
  })

  it('never lets two moderators work the same item, and renews the holder’s claim', async () => {
    expect((await send('POST', `/api/portal/moderation/stories/${flagged}/claim`, asha)).status).toBe(200)
    const taken = await send('POST', `/api/portal/moderation/stories/${flagged}/claim`, ben)
    expect(taken.status).toBe(409)
    expect((await taken.json()).error.message).toContain('Asha')
    expect((await send('POST', `/api/portal/moderation/stories/${flagged}/claim`, asha)).status).toBe(200)
    const edit = await send('PATCH', `/api/portal/moderation/stories/${flagged}`, ben, { criticality: 2 })
    expect(edit.status).toBe(409)
  })

  it('gives exactly one of two simultaneous claims', async () => {
    const results = await Promise.all([
      send('POST', `/api/portal/moderation/responses/${response}/claim`, asha),
      send('POST', `/api/portal/moderation/responses/${response}/claim`, ben),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
  })

  it('lets anyone take a claim whose lease has run out', async () => {
    await send('POST', `/api/portal/moderation/stories/${flagged}/claim`, asha)
    await sql`update moderation_claims set expires_at = now() - interval '1 second'`
    expect((await queue()).items.find((i: { id: string }) => i.id === flagged).claim).toBeNull()
    const res = await send('POST', `/api/portal/moderation/stories/${flagged}/claim`, ben)
    expect(res.status).toBe(200)
    expect((await res.json()).claim.moderatorName).toBe('Ben')
    const late = await send('PATCH', `/api/portal/moderation/stories/${flagged}`, asha, { criticality: 1 })
    expect(late.status).toBe(409)
  })

  it('releases a claim and returns the story to pending; only the holder may release a live claim', async () => {
    await send('POST', `/api/portal/moderation/stories/${plain}/claim`, asha)
    expect((await send('DELETE', `/api/portal/moderation/stories/${plain}/claim`, ben)).status).toBe(409)
    expect((await send('DELETE', `/api/portal/moderation/stories/${plain}/claim`, asha)).status).toBe(204)
    const [story] = await sql`select status from stories where id = ${plain}`
    expect(story!.status).toBe('pending')
    expect(await sql`select * from moderation_claims`).toHaveLength(0)
  })

  it('refuses to claim what is not waiting, and answers 404 for what does not exist', async () => {
    const rejected = await createStory(sql, [ids['TST01-W1']!], 'rejected')
    expect((await send('POST', `/api/portal/moderation/stories/${rejected}/claim`)).status).toBe(409)
    const missing = '00000000-0000-4000-8000-00000000abcd'
    expect((await send('POST', `/api/portal/moderation/replies/${missing}/claim`)).status).toBe(404)
  })
})
