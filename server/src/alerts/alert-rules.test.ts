import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { sendAssignedMail } from '../inbox/jobs.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { unsubscribe } from './queries.ts'
import { AUTHOR_REPLY_JOB, sendAuthorReplyAlerts } from './replies.ts'
import { unsubscribeToken } from './tokens.ts'

const { app, sql, config } = testApp()
let ids: Record<string, string>
let subscriberId: string
let responder: Member
let viewer: Member

const put = (who: Member, body: unknown) =>
  app.request(`/api/portal/subscribers/${subscriberId}/alerts`, as(who, 'PUT', body))
const get = async (who: Member) =>
  (await app.request(`/api/portal/subscribers/${subscriberId}/alerts`, as(who, 'GET'))).json()
const rulesIn = (who: Member) =>
  sql`select id, min_criticality, frequency from alert_subscriptions where user_id = ${who.userId} order by created_at`
const mails = (email: string) =>
  sql<{ template: string; subject: string }[]>`
    select template, subject from outbox where kind = 'mail' and to_address = ${email} order by id`

async function publish(ward: string, criticality: number): Promise<string> {
  const id = await createStory(sql, [ids[ward]!], 'pending', { title: `About ${ward}` })
  await sql`update stories set criticality = ${criticality} where id = ${id}`
  await sql.begin((tx) => changeStoryStatus(tx, { storyId: id, to: 'published', actor: { type: 'system' } }))
  return id
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  responder = await signedInMember(app, sql, subscriberId, 'responder')
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
})

beforeEach(async () => {
  await sql`delete from alert_subscriptions`
  await sql`delete from alert_options`
  await sql`delete from outbox`
})

describe('several alert rules', () => {
  it('saves several rules and the options, and answers them all', async () => {
    const res = await put(viewer, {
      rules: [
        { serviceIds: [ids['TST01-W1']], minCriticality: 0, frequency: 'daily' },
        { serviceIds: [ids['TST01-W2']], minCriticality: 4, frequency: 'immediate' },
      ],
      authorReplies: true,
      assignedToMe: false,
    })
    expect(res.status).toBe(200)
    const body = await get(viewer)
    expect(
      body.rules.map((r: { minCriticality: number; frequency: string }) => [r.minCriticality, r.frequency]),
    ).toEqual([
      [0, 'daily'],
      [4, 'immediate'],
    ])
    expect(body).toMatchObject({ authorReplies: true, assignedToMe: false, alerts: { frequency: 'daily' } })
  })

  it('alerts once per story, immediately when any matching rule says so', async () => {
    await put(viewer, {
      rules: [
        { serviceIds: [ids.TST01], minCriticality: 0, frequency: 'daily' },
        { serviceIds: [ids['TST01-W2']], minCriticality: 3, frequency: 'immediate' },
      ],
    })
    const critical = await publish('TST01-W2', 4)
    const mild = await publish('TST01-W2', 1)
    const rows = await sql`select story_id, frequency from alert_deliveries where user_id = ${viewer.userId}`
    const byStory = Object.fromEntries(rows.map((r) => [r.storyId, r.frequency]))
    expect(byStory).toEqual({ [critical]: 'immediate', [mild]: 'daily' })
  })

  it('keeps the existing rule (and its emailed link) when the rules are saved again, and the link pauses every rule', async () => {
    await put(viewer, { serviceIds: [ids.TST01], frequency: 'daily' })
    const [first] = await rulesIn(viewer)
    await put(viewer, {
      rules: [
        { serviceIds: [ids.TST01], frequency: 'immediate' },
        { serviceIds: [ids['TST01-W1']], frequency: 'daily' },
      ],
    })
    const rules = await rulesIn(viewer)
    expect(rules[0]!.id).toBe(first!.id)
    expect(rules).toHaveLength(2)
    expect(await unsubscribe(sql, unsubscribeToken(first!.id, config.SESSION_SECRET))).toBe(
      'Testshire General',
    )
    expect((await get(viewer)).rules.every((r: { paused: boolean }) => r.paused)).toBe(true)
  })

  it('refuses a rule outside coverage, too many rules and bad options, and writes nothing', async () => {
    await put(viewer, { serviceIds: [ids.TST01], frequency: 'daily' })
    const before = await rulesIn(viewer)
    const rule = { serviceIds: [ids.TST01], frequency: 'daily' }
    for (const body of [
      { rules: [rule, { serviceIds: [ids['TST02-W1']], frequency: 'daily' }] },
      { rules: Array.from({ length: 11 }, () => rule) },
      { rules: [rule], authorReplies: 'yes' },
      { rules: [{ serviceIds: [], frequency: 'daily' }] },
    ]) {
      const res = await put(viewer, body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    const outside = await put(viewer, {
      rules: [rule, { serviceIds: [ids['TST02-W1']], frequency: 'daily' }],
    })
    expect((await outside.json()).error.issues[0].path).toBe('rules.1.serviceIds.0')
    expect(await rulesIn(viewer)).toEqual(before)
    expect(await sql`select 1 from alert_options`).toHaveLength(0)
  })
})

describe('author-reply and assigned alerts', () => {
  it('emails members who chose author replies when a reply to the subscriber’s response is published', async () => {
    await put(viewer, { rules: [], authorReplies: true })
    const story = await publish('TST01-W1', 0)
    const [response] = await sql`
      insert into responses (story_id, subscriber_id, status, responder_title, organisation_name, body, published_at)
      values (${story}, ${subscriberId}, 'published', 'Matron', 'Testshire', 'Thank you.', now()) returning id`
    const [reply] = await sql`
      insert into author_replies (story_id, response_id, body, original_body)
      values (${story}, ${response!.id}, 'Thanks', 'Thanks') returning id`
    expect(await sql`select 1 from outbox where job = ${AUTHOR_REPLY_JOB}`).toHaveLength(0)
    await sql`update author_replies set status = 'published', published_at = now() where id = ${reply!.id}`
    const [job] = await sql`select payload from outbox where job = ${AUTHOR_REPLY_JOB}`
    expect(job!.payload).toEqual({ replyId: reply!.id })
    expect(await sendAuthorReplyAlerts(sql, config, reply!.id)).toBe(1)
    expect((await mails(viewer.user.email)).map((m) => m.template)).toEqual(['alert_author_reply'])
    expect(await mails(responder.user.email)).toEqual([])
  })

  it('sends no assignment email to a member who turned them off', async () => {
    await put(responder, { rules: [], assignedToMe: false })
    const story = await publish('TST01-W1', 0)
    await sql`update inbox_entries set state = 'assigned', assignee_id = ${responder.userId} where story_id = ${story}`
    await sendAssignedMail(sql, config, { subscriberId, storyId: story, userId: responder.userId })
    expect(await mails(responder.user.email)).toEqual([])
  })
})
