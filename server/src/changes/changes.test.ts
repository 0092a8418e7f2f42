import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { followToken } from '../../test/follow.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { sendChangeReminders } from './reminders.ts'

const { app, sql, config } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member
let responder: Member
let colleague: Member
let moderator: SignedIn
let storyId: string

const BODY = 'Thank you for telling us about your stay. We are sorry the nights were so noisy.'
const PLAN = { status: 'planned', summary: 'Quiet hours from 11 pm on every ward.', expectedBy: '2099-03' }
const base = () => `/api/portal/subscribers/${subscriberId}`
const claim = (who: Member, responseId: string, body: unknown) =>
  app.request(`${base()}/responses/${responseId}/change`, as(who, 'POST', body))
const publicResponses = async () => (await (await app.request(`/api/v1/stories/${storyId}`)).json()).responses
const authorMail = async () =>
  (
    await sql`select template from outbox where story_id = ${storyId} and kind = 'mail' order by created_at`
  ).map((r) => r.template as string)

async function moderate(responseId: string, decision: 'publish' | 'reject') {
  const path = `/api/portal/moderation/responses/${responseId}`
  expect((await app.request(`${path}/claim`, as(moderator, 'POST'))).status).toBe(200)
  const body =
    decision === 'reject' ? { decision, reason: 'The change is not described clearly.' } : { decision }
  const res = await app.request(`${path}/decision`, as(moderator, 'POST', body))
  expect(res.status).toBe(200)
}

/** A response published some time ago (past its 30 minutes of editing). */
async function publishedResponse(who: Member): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into responses (story_id, status, responder_title, organisation_name, body, subscriber_id, responder_id,
      published_at)
    values (${storyId}, 'published', 'Ward Manager', 'Testshire General', ${BODY}, ${subscriberId}, ${who.userId},
      now() - interval '40 days')
    returning id`
  await sql`update stories set response_count = response_count + 1 where id = ${storyId}`
  return row!.id
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  admin = await signedInMember(app, sql, subscriberId, 'admin')
  responder = await signedInMember(app, sql, subscriberId, 'responder')
  colleague = await signedInMember(app, sql, subscriberId, 'responder')
  moderator = await signedInAs(app, sql, 'moderator')
})

beforeEach(async () => {
  storyId = await createStory(sql, [ids['TST01-W1']!], 'published', { email: 'author@example.org' })
  await sql`delete from outbox where story_id = ${storyId}`
})

describe('POST …/responses/:responseId/change', () => {
  it('keeps a published response public while its planned change waits, then shows it and tells the author', async () => {
    const responseId = await publishedResponse(responder)
    const res = await claim(responder, responseId, PLAN)
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      change: { status: 'planned', summary: PLAN.summary, expectedBy: '2099-03', state: 'pending' },
      published: false,
    })
    // Still public, as it was: no change shown until a moderator publishes the claim.
    expect(await publicResponses()).toMatchObject([{ id: responseId, changeMarker: null, change: null }])
    const [waiting] = await sql`
      select r.status, r.change_marker, s.response_count from responses r join stories s on s.id = r.story_id
      where r.id = ${responseId}`
    expect(waiting).toEqual({ status: 'published', changeMarker: null, responseCount: 1 })
    expect(await (await app.request(`/stories/${storyId}`)).text()).toContain(
      'We are sorry the nights were so noisy',
    )
    const queue = await (
      await app.request('/api/portal/moderation/queue?kind=response', as(moderator, 'GET'))
    ).json()
    expect(queue.items).toContainEqual(expect.objectContaining({ id: responseId, excerpt: PLAN.summary }))
    expect(queue.counts.response).toBeGreaterThanOrEqual(1)
    const text = await (
      await app.request(`/api/portal/moderation/responses/${responseId}`, as(moderator, 'GET'))
    ).json()
    expect(text).toMatchObject({ status: 'published' })
    expect(text.change).toEqual({ status: 'planned', summary: PLAN.summary, expectedBy: '2099-03' })
    const edit = await app.request(
      `/api/portal/moderation/responses/${responseId}`,
      as(moderator, 'PATCH', { body: `${BODY} Edited.`, reason: 'Not allowed on a published response' }),
    )
    expect(edit.status).toBe(409)
    await moderate(responseId, 'publish')
    const [response] = await publicResponses()
    expect(response).toMatchObject({
      id: responseId,
      changeMarker: 'planned',
      change: { status: 'planned', summary: PLAN.summary, expectedBy: '2099-03', madeAt: null },
    })
    expect(await authorMail()).toEqual(['author_change_planned'])
    const page = await (await app.request(`/stories/${storyId}`)).text()
    expect(page).toContain('Change planned, expected by March 2099')
    const [after] = await sql`
      select r.status, s.response_count from responses r join stories s on s.id = r.story_id where r.id = ${responseId}`
    expect(after).toEqual({ status: 'published', responseCount: 1 })
    const decided = await (
      await app.request(`/api/portal/moderation/responses/${responseId}`, as(moderator, 'GET'))
    ).json()
    expect(decided.change).toBeNull()
    expect(decided.events.at(-1)).toMatchObject({ fromStatus: null, toStatus: 'change_published' })
  })

  it('marks a planned change made later, long after the 30 minutes of editing', async () => {
    const responseId = await publishedResponse(responder)
    await claim(responder, responseId, PLAN)
    await moderate(responseId, 'publish')
    await sql`update responses set published_at = now() - interval '90 days' where id = ${responseId}`
    const made = { status: 'made', summary: 'Quiet hours now start at 11 pm on every ward <b>.' }
    expect((await claim(admin, responseId, made)).status).toBe(200)
    // While the made claim waits, the public still sees the planned change.
    expect((await publicResponses())[0].change).toMatchObject({ status: 'planned', summary: PLAN.summary })
    await moderate(responseId, 'publish')
    const [response] = await publicResponses()
    expect(response.changeMarker).toBe('made')
    expect(response.change).toMatchObject({ status: 'made', summary: made.summary, expectedBy: '2099-03' })
    expect(Date.parse(response.change.madeAt)).toBeGreaterThan(Date.now() - 60_000)
    expect(await authorMail()).toEqual(['author_change_planned', 'author_change_made'])
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date())
    const page = await (await app.request(`/stories/${storyId}`)).text()
    expect(page).toContain(`Change made, ${month}`)
    expect(page).toContain('every ward &lt;b&gt;.')
    const follow = await (await app.request(`/api/v1/follow/${await followToken(sql, storyId)}`)).json()
    expect(follow.responses[0].change).toMatchObject({ status: 'made', summary: made.summary })
    const [row] = await sql`select change_marker from responses where id = ${responseId}`
    expect(row!.changeMarker).toBe('made')
  })

  it('leaves a published response as it was when the moderator rejects its change', async () => {
    const responseId = await publishedResponse(responder)
    await claim(responder, responseId, PLAN)
    await moderate(responseId, 'publish')
    const publishedAt = (await publicResponses())[0].publishedAt
    await claim(responder, responseId, { status: 'made', summary: 'Quiet hours start at 11 pm now.' })
    await moderate(responseId, 'reject')
    const [response] = await publicResponses()
    expect(response).toMatchObject({
      id: responseId,
      publishedAt,
      changeMarker: 'planned',
      change: { status: 'planned', summary: PLAN.summary },
    })
    const [story] = await sql`select response_count from stories where id = ${storyId}`
    expect(story!.responseCount).toBe(1)
    expect(await authorMail()).toEqual(['author_change_planned'])
    const states = await sql`
      select state from response_changes where response_id = ${responseId} order by created_at`
    expect(states.map((r) => r.state)).toEqual(['published', 'rejected'])
  })

  it('publishes a new response with its change in one moderation', async () => {
    const created = await app.request(
      `${base()}/stories/${storyId}/responses`,
      as(responder, 'POST', { body: BODY, responderTitle: 'Matron', changeMarker: 'planned' }),
    )
    const { response } = await created.json()
    expect((await claim(responder, response.id, PLAN)).status).toBe(200)
    await moderate(response.id, 'publish')
    expect((await publicResponses())[0].change.summary).toBe(PLAN.summary)
    expect(await authorMail()).toEqual(['author_change_planned'])
  })

  it('refuses bad input with 422 and writes nothing', async () => {
    const responseId = await publishedResponse(responder)
    for (const bad of [
      {},
      { status: 'done', summary: PLAN.summary },
      { status: 'planned', summary: 'short' },
      { status: 'planned', summary: PLAN.summary, expectedBy: '2099-13' },
      { status: 'planned', summary: PLAN.summary, expectedBy: '2020-01' },
      { status: 'made', summary: 'x'.repeat(501) },
    ]) {
      const res = await claim(responder, responseId, bad)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    expect(await sql`select 1 from response_changes where response_id = ${responseId}`).toHaveLength(0)
    expect((await publicResponses())[0].id).toBe(responseId)
  })

  it('lets only the writer or an admin claim, refuses "planned" after "made", and 404s an unknown response', async () => {
    const responseId = await publishedResponse(responder)
    expect((await claim(colleague, responseId, PLAN)).status).toBe(403)
    expect((await claim(responder, '00000000-0000-4000-8000-000000000009', PLAN)).status).toBe(404)
    await claim(responder, responseId, { status: 'made', summary: 'Quiet hours start at 11 pm now.' })
    await moderate(responseId, 'publish')
    const again = await claim(responder, responseId, PLAN)
    expect(again.status).toBe(409)
    expect(await sql`select 1 from response_changes where response_id = ${responseId}`).toHaveLength(1)
  })
})

describe('change reminders', () => {
  it('reminds the writer once when the expected month ends without the change made', async () => {
    const responseId = await publishedResponse(responder)
    await claim(responder, responseId, { ...PLAN, expectedBy: '2097-05' })
    await moderate(responseId, 'publish')
    const reminders = async () =>
      (await sql`select to_address from outbox where template = 'change_reminder' order by id`).map(
        (r) => r.toAddress,
      )
    const before = (await reminders()).length
    expect(await sendChangeReminders(sql, config, new Date('2097-05-31T23:00:00Z'))).toBe(0)
    expect(await sendChangeReminders(sql, config, new Date('2097-06-01T08:00:00Z'))).toBe(1)
    expect((await reminders()).slice(before)).toEqual([responder.user.email])
    expect(await sendChangeReminders(sql, config, new Date('2097-06-02T08:00:00Z'))).toBe(0)
  })

  it('reminds the admins when the writer has left, and not at all once the change is made', async () => {
    const responseId = await publishedResponse(colleague)
    await claim(colleague, responseId, { ...PLAN, expectedBy: '2098-06' })
    await moderate(responseId, 'publish')
    await sql`update memberships set frozen = true where user_id = ${colleague.userId}`
    const made = await publishedResponse(responder)
    await claim(responder, made, { ...PLAN, expectedBy: '2098-06' })
    await moderate(made, 'publish')
    await claim(responder, made, { status: 'made', summary: 'Quiet hours start at 11 pm now.' })
    await moderate(made, 'publish')
    const before = await sql`select count(*)::int as n from outbox where template = 'change_reminder'`
    expect(await sendChangeReminders(sql, config, new Date('2098-07-01T08:00:00Z'))).toBe(1)
    const sent =
      await sql`select to_address from outbox where template = 'change_reminder' order by id offset ${before[0]!.n}`
    expect(sent.map((r) => r.toAddress)).toEqual([admin.user.email])
    await sql`update memberships set frozen = false where user_id = ${colleague.userId}`
  })
})
