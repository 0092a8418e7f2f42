import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { inboxJobs, notifyOverdue, sendAssignedMail, sendWeeklyDigest } from './jobs.ts'

const { app, sql, config } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member
let responder: Member
const stories: Record<string, string> = {}

type Item = {
  title: string
  state: string
  assignee: { id: string } | null
  overdue: boolean
  unread: boolean
  dueAt: string
}
const call = (who: Member, method: string, path: string, body?: unknown) =>
  app.request(`/api/portal/subscribers/${subscriberId}${path}`, as(who, method, body))
const inbox = async (who: Member, query = '') => {
  const res = await call(who, 'GET', `/inbox${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as { stories: Item[]; counts: Record<string, number>; nextCursor: string | null }
}
const titles = (body: { stories: Item[] }) => body.stories.map((s) => s.title)
const mails = () =>
  sql<{ template: string; toAddress: string; subject: string; textBody: string }[]>`
    select template, to_address, subject, text_body from outbox where kind = 'mail' order by id`
// Monday 7 December 2026, 12:00 UTC.
const monday = new Date(Date.UTC(2026, 11, 7, 12))
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000)

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  admin = await signedInMember(app, sql, subscriberId, 'admin', { name: 'Ada Admin' })
  responder = await signedInMember(app, sql, subscriberId, 'responder', { name: 'Rhys Responder' })
  const add = async (title: string, at: Date) => {
    stories[title] = await createStory(sql, [ids['TST01-W1']!], 'published', { title }, at)
  }
  await add('Old and overdue', daysAgo(30))
  await add('Recently overdue', daysAgo(10))
  await add('Fresh', daysAgo(0))
  await add('Answered long ago', daysAgo(40))
  await sql`update inbox_entries set state = 'no_response_needed', no_response_reason = 'Answered elsewhere'
    where story_id = ${stories['Answered long ago']!}`
  await call(admin, 'PUT', `/stories/${stories['Recently overdue']}/assignment`, { userId: responder.userId })
  await sql`delete from outbox`
})

describe('the inbox list as a workflow', () => {
  it('puts overdue stories first (longest overdue first), then the rest newest first, with state, assignee, due time and read marks', async () => {
    const body = await inbox(responder)
    expect(titles(body)).toEqual(['Old and overdue', 'Recently overdue', 'Fresh', 'Answered long ago'])
    expect(body.stories.map((s) => [s.state, s.overdue, s.unread])).toEqual([
      ['new', true, true],
      ['assigned', true, true],
      ['new', false, true],
      ['no_response_needed', false, true],
    ])
    expect(body.stories[1]!.assignee).toEqual({ id: responder.userId, name: 'Rhys Responder' })
    expect(body.counts).toMatchObject({ total: 4, overdue: 2 })
    expect(Date.parse(body.stories[2]!.dueAt)).toBeGreaterThan(Date.now())
  })

  it('pages across the overdue part and the rest without repeats', async () => {
    const first = await inbox(responder, '?limit=1')
    const seen = [...titles(first)]
    let cursor = first.nextCursor
    while (cursor) {
      const next = await inbox(responder, `?limit=1&cursor=${cursor}`)
      seen.push(...titles(next))
      cursor = next.nextCursor
    }
    expect(seen).toEqual(['Old and overdue', 'Recently overdue', 'Fresh', 'Answered long ago'])
  })

  it('filters by assignee (me, none, a member), state and overdue', async () => {
    expect(titles(await inbox(responder, '?assignee=me'))).toEqual(['Recently overdue'])
    expect(titles(await inbox(admin, '?assignee=me'))).toEqual([])
    expect(titles(await inbox(admin, `?assignee=${responder.userId}`))).toEqual(['Recently overdue'])
    expect(titles(await inbox(admin, '?assignee=none&state=new'))).toEqual(['Old and overdue', 'Fresh'])
    expect(titles(await inbox(admin, '?overdue=true'))).toEqual(['Old and overdue', 'Recently overdue'])
    expect(titles(await inbox(admin, '?overdue=false'))).toEqual(['Fresh', 'Answered long ago'])
    expect(titles(await inbox(admin, '?state=no_response_needed'))).toEqual(['Answered long ago'])
  })

  it('refuses bad filters with 422', async () => {
    for (const q of ['?assignee=someone', '?state=done', '?overdue=yes', '?cursor=bm9wZQ']) {
      const res = await call(admin, 'GET', `/inbox${q}`)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
  })

  it('marks a story read for the member who opened it only', async () => {
    const story = await call(admin, 'GET', `/stories/${stories.Fresh}`)
    expect((await story.json()).workflow).toMatchObject({ state: 'new', overdue: false })
    const unread = (who: Member) => inbox(who).then((b) => b.stories.find((s) => s.title === 'Fresh')!.unread)
    expect(await unread(admin)).toBe(false)
    expect(await unread(responder)).toBe(true)
  })
})

describe('the response clock', () => {
  it('is due N working days after publication, weekends skipped', async () => {
    const friday = new Date(Date.UTC(2026, 11, 4, 10))
    const [row] = await sql<{ due: Date }[]>`select inbox_add_working_days(${friday}, 3) as due`
    expect(row!.due.toISOString()).toBe('2026-12-09T10:00:00.000Z')
  })

  it('lets an admin change the working days, moving open stories’ due times; others may not; bad values are 422', async () => {
    expect((await call(responder, 'PUT', '/inbox/settings', { responseDays: 10 })).status).toBe(403)
    for (const responseDays of [0, 31, 2.5, '3']) {
      const res = await call(admin, 'PUT', '/inbox/settings', { responseDays })
      expect(res.status).toBe(422)
    }
    expect(await (await call(responder, 'GET', '/inbox/settings')).json()).toEqual({ responseDays: 3 })
    const res = await call(admin, 'PUT', '/inbox/settings', { responseDays: 15 })
    expect(await res.json()).toEqual({ responseDays: 15 })
    expect(titles(await inbox(admin, '?overdue=true'))).toEqual(['Old and overdue'])
    await call(admin, 'PUT', '/inbox/settings', { responseDays: 3 })
    expect(titles(await inbox(admin, '?overdue=true'))).toEqual(['Old and overdue', 'Recently overdue'])
  })
})

describe('the workflow’s emails', () => {
  it('emails the assignee the story’s title and link', async () => {
    await sql`delete from outbox`
    const storyId = stories['Recently overdue']!
    await sendAssignedMail(sql, config, {
      subscriberId,
      storyId,
      userId: responder.userId,
      byName: 'Ada Admin',
    })
    const [mail] = await mails()
    expect(mail).toMatchObject({ template: 'inbox_assigned', toAddress: responder.user.email })
    expect(mail!.subject).toBe('A story for you to answer: Recently overdue')
    expect(mail!.textBody).toContain('Ada Admin has given you')
    expect(mail!.textBody).toContain(
      `http://heard.test/portal/subscribers/${subscriberId}/stories/${storyId}`,
    )
    // No longer theirs: nothing.
    await sendAssignedMail(sql, config, { subscriberId, storyId, userId: admin.userId })
    expect(await mails()).toHaveLength(1)
  })

  it('tells the assignee and the admins once when a story goes overdue', async () => {
    await sql`delete from outbox`
    await sql`update inbox_entries set overdue_notified_at = null where subscriber_id = ${subscriberId}`
    expect(await notifyOverdue(sql, config, new Date())).toBe(2)
    const sent = await mails()
    expect(sent.map((m) => [m.template, m.toAddress]).sort()).toEqual(
      [
        ['inbox_overdue', admin.user.email],
        ['inbox_overdue', responder.user.email],
      ].sort(),
    )
    const toResponder = sent.find((m) => m.toAddress === responder.user.email)!
    expect(toResponder.textBody).toContain('Recently overdue')
    expect(toResponder.textBody).not.toContain('Old and overdue')
    expect(await notifyOverdue(sql, config, new Date())).toBe(0)
    expect(await mails()).toHaveLength(2)
  })

  it('sends the weekly digest of unanswered stories on Mondays only', async () => {
    await sql`delete from outbox`
    expect(await sendWeeklyDigest(sql, config, new Date(monday.getTime() + 86_400_000))).toBe(0)
    expect(await sendWeeklyDigest(sql, config, monday)).toBe(2)
    const [mail] = await mails()
    expect(mail!.subject).toBe('3 stories wait for a response from Testshire General')
    expect(mail!.textBody).not.toContain('Answered long ago')
  })

  it('runs the overdue check every quarter of an hour, on one grid whatever starts it', async () => {
    await sql`delete from outbox`
    const job = inboxJobs({ config }).inbox_overdue!
    const ctx = { now: new Date(Date.UTC(2026, 11, 7, 9, 7)), afterCommit: () => {} }
    await job.run(sql, {}, ctx)
    await job.run(sql, {}, { ...ctx, now: new Date(Date.UTC(2026, 11, 7, 9, 11)) })
    const next = await sql<{ runAfter: Date }[]>`select run_after from outbox where job = 'inbox_overdue'`
    expect(next.map((r) => r.runAfter.toISOString())).toEqual(['2026-12-07T09:15:00.000Z'])
  })
})
