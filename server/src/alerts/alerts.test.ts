import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { linkIn } from '../../test/smtp.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { sendAlerts } from './jobs.ts'
import { queueStoryAlerts, SEND_IMMEDIATE_ALERTS } from './queue.ts'

const { app, sql, config } = testApp()
let ids: Record<string, string>
let subscriberId: string
let readOnlyId: string
let viewer: Member
let frozen: Member
let unpaid: Member

const prefs = (who: Member, body: unknown, subscriber = subscriberId) =>
  app.request(`/api/portal/subscribers/${subscriber}/alerts`, as(who, 'PUT', body))

/** A story about `ward`, rated, then published through the lifecycle (which queues the alerts). */
async function publish(ward: string, criticality: number, title = 'A story'): Promise<string> {
  const id = await createStory(sql, [ids[ward]!], 'pending', { title })
  await sql`update stories set criticality = ${criticality} where id = ${id}`
  await sql.begin((tx) => changeStoryStatus(tx, { storyId: id, to: 'published', actor: { type: 'system' } }))
  return id
}
const deliveries = (storyId: string) =>
  sql<{ userId: string; frequency: string; status: string }[]>`
    select user_id, frequency, status from alert_deliveries where story_id = ${storyId} order by user_id`
const mailsTo = (email: string) =>
  sql<{ template: string; subject: string; textBody: string }[]>`
    select template, subject, text_body from outbox where kind = 'mail' and to_address = ${email} order by id`

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  readOnlyId = await createTestSubscriber(sql, 'Unpaid Trust', [ids.TST01!], { readOnly: true })
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
  frozen = await signedInMember(app, sql, subscriberId, 'responder')
  unpaid = await signedInMember(app, sql, readOnlyId, 'viewer')
})

beforeEach(async () => {
  await sql`delete from alert_subscriptions`
  await sql`delete from outbox`
  await sql`update memberships set frozen = false`
})

describe('alert preferences', () => {
  it('saves services within coverage, a minimum criticality and a frequency', async () => {
    const res = await prefs(viewer, {
      serviceIds: [ids['TST01-W1']],
      minCriticality: 3,
      frequency: 'immediate',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      alerts: {
        services: [
          {
            id: ids['TST01-W1'],
            name: 'Ward 1 (Acute Medicine)',
            path: 'Testshire Hospitals NHS Trust › Testshire General Hospital › Ward 1 (Acute Medicine)',
          },
        ],
        minCriticality: 3,
        frequency: 'immediate',
        paused: false,
      },
    })
    const got = await app.request(`/api/portal/subscribers/${subscriberId}/alerts`, as(viewer, 'GET'))
    expect((await got.json()).alerts.minCriticality).toBe(3)
  })

  it('refuses services outside coverage', async () => {
    const res = await prefs(viewer, { serviceIds: [ids['TST02-W1']], frequency: 'daily' })
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues[0].path).toBe('serviceIds.0')
  })
})

describe('publishing a story', () => {
  it('queues one alert per matching member, exactly once, and mails immediate ones', async () => {
    await prefs(viewer, { serviceIds: [ids.TST01], minCriticality: 2, frequency: 'immediate' })
    await prefs(frozen, { serviceIds: [ids['TST01-W1']], frequency: 'immediate' })
    await sql`update memberships set frozen = true where user_id = ${frozen.userId}`

    const mild = await publish('TST01-W1', 1, 'Too mild to alert')
    const serious = await publish('TST01-W1', 4, 'Waited nine hours')
    const elsewhere = await publish('TST02-W1', 5, 'Another hospital')
    expect(await deliveries(mild)).toEqual([])
    expect(await deliveries(elsewhere)).toEqual([])
    expect(await deliveries(serious)).toEqual([
      { userId: viewer.userId, frequency: 'immediate', status: 'queued' },
    ])

    expect(await sql.begin((tx) => queueStoryAlerts(tx, serious))).toBe(0)
    expect(await deliveries(serious)).toHaveLength(1)
    const jobs = await sql`select 1 from outbox where kind = 'job' and job = ${SEND_IMMEDIATE_ALERTS}`
    expect(jobs.length).toBeGreaterThan(0)

    await sql.begin((tx) => sendAlerts(tx, config, 'immediate'))
    const [mail, ...more] = await mailsTo(viewer.user.email)
    expect(more).toEqual([])
    expect(mail!.template).toBe('alert_immediate')
    expect(mail!.subject).toBe('New story for Testshire General: Waited nine hours')
    expect(mail!.textBody).toContain(
      `http://heard.test/portal/subscribers/${subscriberId}/stories/${serious}`,
    )
    expect(mail!.textBody).toContain('Criticality: 4 (strongly critical)')
    expect(await deliveries(serious)).toEqual([
      { userId: viewer.userId, frequency: 'immediate', status: 'sent' },
    ])
    expect(await mailsTo(frozen.user.email)).toEqual([])
  })

  it('collects daily alerts into one digest', async () => {
    await prefs(viewer, { serviceIds: [ids['TST01-W1'], ids['TST01-W2']], frequency: 'daily' })
    await publish('TST01-W1', 0, 'Kind nurses')
    await publish('TST01-W2', 3, 'Long wait')
    await sql.begin((tx) => sendAlerts(tx, config, 'immediate'))
    expect(await mailsTo(viewer.user.email)).toEqual([])
    await sql.begin((tx) => sendAlerts(tx, config, 'daily'))
    const mails = await mailsTo(viewer.user.email)
    expect(mails).toHaveLength(1)
    expect(mails[0]!.subject).toBe('2 new stories for Testshire General on Heard')
    expect(mails[0]!.textBody).toContain('“Kind nurses”')
    expect(mails[0]!.textBody).toContain('“Long wait”')
  })

  it('skips alerts for a subscriber whose subscription allows reading only', async () => {
    await prefs(unpaid, { serviceIds: [ids.TST01], frequency: 'immediate' }, readOnlyId)
    const story = await publish('TST01-W1', 2)
    await sql.begin((tx) => sendAlerts(tx, config, 'immediate'))
    expect(await mailsTo(unpaid.user.email)).toEqual([])
    expect((await deliveries(story))[0]!.status).toBe('skipped')
  })
})

describe('unsubscribe link', () => {
  it('stops alerts without signing in, after a press of a button', async () => {
    await prefs(viewer, { serviceIds: [ids.TST01], frequency: 'immediate' })
    await publish('TST01-W1', 2)
    await sql.begin((tx) => sendAlerts(tx, config, 'immediate'))
    const link = linkIn(
      (await mailsTo(viewer.user.email))[0]!.textBody,
      'http://heard.test/alerts/unsubscribe/',
    )
    const path = new URL(link).pathname

    const page = await app.request(path)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain(`<form method="post" action="${path}">`)
    const paused = await app.request(path, { method: 'POST' })
    expect(paused.status).toBe(200)
    expect(await paused.text()).toContain(
      'You will no longer get emails about new stories for Testshire General.',
    )

    const story = await publish('TST01-W1', 2)
    expect(await deliveries(story)).toEqual([])
    const got = await (
      await app.request(`/api/portal/subscribers/${subscriberId}/alerts`, as(viewer, 'GET'))
    ).json()
    expect(got.alerts.paused).toBe(true)
    // Saving the preferences again resumes them.
    await prefs(viewer, { serviceIds: [ids.TST01], frequency: 'immediate' })
    expect(await deliveries(await publish('TST01-W1', 2))).toHaveLength(1)
  })

  it('has a JSON form, and answers 404 for a link that is not one', async () => {
    await prefs(viewer, { serviceIds: [ids.TST01], frequency: 'daily' })
    const [{ id }] = await sql`select id from alert_subscriptions`
    const { unsubscribeToken } = await import('./tokens.ts')
    const ok = await app.request(
      `/api/v1/alerts/unsubscribe/${unsubscribeToken(id, config.SESSION_SECRET)}`,
      { method: 'POST' },
    )
    expect(await ok.json()).toEqual({ unsubscribed: true, subscriberName: 'Testshire General' })
    expect(
      (await app.request(`/api/v1/alerts/unsubscribe/${'x'.repeat(43)}`, { method: 'POST' })).status,
    ).toBe(404)
    expect((await app.request(`/alerts/unsubscribe/nope`, { method: 'POST' })).status).toBe(404)
  })
})
