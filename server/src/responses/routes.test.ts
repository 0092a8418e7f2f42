import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let readOnlyId: string
let admin: Member
let responder: Member
let veteran: Member
let moderator: SignedIn
let storyId: string
let outsideId: string

const BODY =
  'Thank you for telling us about your dad’s stay.\n\nWe have shared your story with the whole team.'
const respond = (who: Member, body: Record<string, unknown>, story = storyId, subscriber = subscriberId) =>
  app.request(
    `/api/portal/subscribers/${subscriber}/stories/${story}/responses`,
    as(who, 'POST', { body: BODY, responderTitle: 'Ward Manager, Ward 1', ...body }),
  )
const edit = (who: Member, responseId: string, body: Record<string, unknown>) =>
  app.request(`/api/portal/subscribers/${subscriberId}/responses/${responseId}`, as(who, 'PATCH', body))
const publicStory = async () => (await app.request(`/api/v1/stories/${storyId}`)).json()
const responseCount = async () =>
  (await sql`select response_count from stories where id = ${storyId}`)[0]!.responseCount

/** Ten responses already published without a moderator's edit: a clean record. */
async function giveCleanRecord(userId: string) {
  const other = await createStory(sql, [ids['TST01-W2']!])
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, subscriber_id, responder_id,
      created_at, published_at)
    select ${other}, 'published', 'Matron', 'Testshire General', 'Thank you for your kind words.', ${subscriberId},
      ${userId}, now() - make_interval(days => g), now() - make_interval(days => g)
    from generate_series(1, 10) g`
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  readOnlyId = await createTestSubscriber(sql, 'Unpaid Trust', [ids.TST01!], { readOnly: true })
  admin = await signedInMember(app, sql, subscriberId, 'admin')
  responder = await signedInMember(app, sql, subscriberId, 'responder', { name: 'Robin Responder' })
  veteran = await signedInMember(app, sql, subscriberId, 'responder')
  await giveCleanRecord(veteran.userId)
  moderator = await signedInAs(app, sql, 'moderator')
  outsideId = await createStory(sql, [ids['TST02-W1']!])
})

beforeEach(async () => {
  storyId = await createStory(sql, [ids['TST01-W1']!], 'published', { email: 'author@example.org' })
})

describe('POST …/stories/:storyId/responses', () => {
  it('sends a new responder’s response to moderation, visible to members but not the public', async () => {
    const res = await respond(responder, {})
    expect(res.status).toBe(201)
    const { response, published } = await res.json()
    expect(published).toBe(false)
    expect(response).toMatchObject({
      status: 'pending',
      ours: true,
      body: BODY,
      responderTitle: 'Ward Manager, Ward 1',
      organisationName: 'Testshire General',
      writtenBy: 'Robin Responder',
      editable: true,
      publishedAt: null,
    })
    expect((await publicStory()).responses).toEqual([])
    expect(await responseCount()).toBe(0)
    const queue = await (
      await app.request('/api/portal/moderation/queue?kind=response', as(moderator, 'GET'))
    ).json()
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(response.id)
  })

  it('publishes at once for a clean record, counts it and tells the author', async () => {
    const res = await respond(veteran, {})
    expect(res.status).toBe(201)
    const { response, published } = await res.json()
    expect(published).toBe(true)
    expect(response.status).toBe('published')
    expect(Date.parse(response.editableUntil) - Date.parse(response.publishedAt)).toBe(30 * 60_000)
    expect((await publicStory()).responses.map((r: { id: string }) => r.id)).toEqual([response.id])
    expect(await responseCount()).toBe(1)
    const [mail] =
      await sql`select template from outbox where story_id = ${storyId} and template = 'author_answered'`
    expect(mail).toBeDefined()
    const [entry] = await sql`select responded from inbox_entries where story_id = ${storyId}`
    expect(entry!.responded).toBe(true)
  })

  it('always moderates a response that claims a change, or that trips a pre-check', async () => {
    const change = await (await respond(veteran, { changeMarker: 'planned' })).json()
    expect(change.published).toBe(false)
    const phone = await (await respond(veteran, { body: `${BODY} Please ring me on 07700 900123.` })).json()
    expect(phone.published).toBe(false)
    const [row] = await sql`select flag_count from responses where id = ${phone.response.id}`
    expect(row!.flagCount).toBeGreaterThan(0)
  })

  it('lets a moderator publish a waiting response through the moderation queue', async () => {
    const { response } = await (await respond(responder, { changeMarker: 'made' })).json()
    const base = `/api/portal/moderation/responses/${response.id}`
    expect((await app.request(`${base}/claim`, as(moderator, 'POST'))).status).toBe(200)
    const decided = await app.request(`${base}/decision`, as(moderator, 'POST', { decision: 'publish' }))
    expect(decided.status).toBe(200)
    expect(await responseCount()).toBe(1)
    expect((await publicStory()).responses[0]).toMatchObject({ changeMarker: 'made' })
  })

  it('lets admins, and only admins, respond on behalf of a colleague', async () => {
    const byAdmin = await respond(admin, { onBehalfOf: 'Dr Priya Patel' })
    expect(byAdmin.status).toBe(201)
    expect((await byAdmin.json()).response.onBehalfOf).toBe('Dr Priya Patel')
    expect((await respond(responder, { onBehalfOf: 'Someone Else' })).status).toBe(403)
  })

  it('refuses a story outside coverage with 404, short text with 422, and a read-only subscription with 403', async () => {
    expect((await respond(responder, {}, outsideId)).status).toBe(404)
    const short = await respond(responder, { body: 'Thanks' })
    expect(short.status).toBe(422)
    const unpaid = await signedInMember(app, sql, readOnlyId, 'responder')
    const refused = await respond(unpaid, {}, storyId, readOnlyId)
    expect(refused.status).toBe(403)
    expect((await refused.json()).error.message).toMatch(/reading only/)
  })
})

describe('PATCH …/responses/:responseId', () => {
  it('edits a published response within 30 minutes, and not after', async () => {
    const { response } = await (await respond(veteran, {})).json()
    const changed = `${BODY}\n\nWe would love to hear from you again.`
    const res = await edit(veteran, response.id, { body: changed })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      published: true,
      response: { body: changed, status: 'published' },
    })
    await sql`update responses set published_at = now() - interval '31 minutes' where id = ${response.id}`
    const late = await edit(veteran, response.id, { body: BODY })
    expect(late.status).toBe(409)
  })

  it('takes an edited response back to moderation when it now claims a change', async () => {
    const { response } = await (await respond(veteran, {})).json()
    expect(await responseCount()).toBe(1)
    const res = await edit(veteran, response.id, { changeMarker: 'planned' })
    expect(await res.json()).toMatchObject({
      published: false,
      response: { status: 'pending', changeMarker: 'planned' },
    })
    expect(await responseCount()).toBe(0)
    expect((await publicStory()).responses).toEqual([])
  })

  it('lets only the writer or an admin edit, and not while a moderator holds it', async () => {
    const { response } = await (await respond(responder, {})).json()
    expect((await edit(veteran, response.id, { body: BODY + ' Thank you.' })).status).toBe(403)
    expect((await edit(admin, response.id, { body: BODY + ' Thank you.' })).status).toBe(200)
    await app.request(`/api/portal/moderation/responses/${response.id}/claim`, as(moderator, 'POST'))
    expect((await edit(responder, response.id, { body: BODY })).status).toBe(409)
  })
})
