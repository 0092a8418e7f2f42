import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { ASSIGNED_MAIL_JOB } from './workflow-queries.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member
let responder: Member
let viewer: Member
let frozen: Member

const base = () => `/api/portal/subscribers/${subscriberId}`
const call = (who: Member, method: string, path: string, body?: unknown) =>
  app.request(base() + path, as(who, method, body))
const assignedJobs = () =>
  sql<
    { payload: Record<string, string> }[]
  >`select payload from outbox where job = ${ASSIGNED_MAIL_JOB} order by id`
const events = (storyId: string) =>
  sql<{ kind: string; actorId: string | null; assigneeId: string | null; reason: string | null }[]>`
    select kind, actor_id, assignee_id, reason from inbox_events where story_id = ${storyId} order by id`

/** A story published now (so on the clock), about `ward`. */
const publish = (ward: string, title: string, at?: Date) =>
  createStory(sql, [ids[ward]!], 'published', { title }, at)

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  admin = await signedInMember(app, sql, subscriberId, 'admin', { name: 'Ada Admin' })
  responder = await signedInMember(app, sql, subscriberId, 'responder', { name: 'Rhys Responder' })
  viewer = await signedInMember(app, sql, subscriberId, 'viewer', { name: 'Vera Viewer' })
  frozen = await signedInMember(app, sql, subscriberId, 'responder', { frozen: true })
})

beforeEach(async () => {
  await sql`delete from inbox_routing_rules`
  await sql`delete from outbox`
})

describe('routing rules', () => {
  it('assigns a story published about a service in the rule’s subtree, and queues the assignee’s email', async () => {
    const rule = await call(admin, 'POST', '/routing-rules', {
      serviceId: ids.TST01,
      userId: responder.userId,
    })
    expect(rule.status).toBe(201)
    expect(await rule.json()).toMatchObject({
      service: { id: ids.TST01, name: 'Testshire General Hospital' },
      assignee: { id: responder.userId, name: 'Rhys Responder' },
    })
    const story = await publish('TST01-W1', 'Routed story')
    const [entry] = await sql`select state, assignee_id from inbox_entries where story_id = ${story}`
    expect(entry).toEqual({ state: 'assigned', assigneeId: responder.userId })
    expect((await assignedJobs()).map((j) => j.payload)).toEqual([
      { subscriberId, storyId: story, userId: responder.userId },
    ])
    expect(await events(story)).toEqual([
      { kind: 'routed', actorId: null, assigneeId: responder.userId, reason: null },
    ])
  })

  it('lets the most specific rule win and skips a frozen assignee', async () => {
    await call(admin, 'POST', '/routing-rules', { serviceId: ids.TST01, userId: responder.userId })
    await call(admin, 'POST', '/routing-rules', { serviceId: ids['TST01-W2'], userId: admin.userId })
    const surgery = await publish('TST01-W2', 'Surgery story')
    const [entry] = await sql`select assignee_id from inbox_entries where story_id = ${surgery}`
    expect(entry!.assigneeId).toBe(admin.userId)

    await sql`update memberships set frozen = true where user_id = ${admin.userId}`
    const later = await publish('TST01-W2', 'Another surgery story')
    await sql`update memberships set frozen = false where user_id = ${admin.userId}`
    const [next] = await sql`select assignee_id from inbox_entries where story_id = ${later}`
    expect(next!.assigneeId).toBe(responder.userId)
  })

  it('leaves a story new when no rule matches', async () => {
    const story = await publish('TST01-W1', 'Unrouted story')
    const [entry] = await sql`select state, assignee_id from inbox_entries where story_id = ${story}`
    expect(entry).toEqual({ state: 'new', assigneeId: null })
    expect(await assignedJobs()).toEqual([])
  })

  it('refuses a service outside coverage, a viewer or a frozen member as assignee, and writes nothing', async () => {
    for (const body of [
      { serviceId: ids['TST02-W1'], userId: responder.userId },
      { serviceId: ids.TST01, userId: viewer.userId },
      { serviceId: ids.TST01, userId: frozen.userId },
      { serviceId: 'not-an-id', userId: responder.userId },
      { serviceId: ids.TST01 },
    ]) {
      const res = await call(admin, 'POST', '/routing-rules', body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    expect(await sql`select 1 from inbox_routing_rules`).toHaveLength(0)
  })

  it('lists and deletes rules (admins only); an unknown rule is 404', async () => {
    const created = await (
      await call(admin, 'POST', '/routing-rules', { serviceId: ids.TST01, userId: responder.userId })
    ).json()
    const listed = await (await call(admin, 'GET', '/routing-rules')).json()
    expect(listed.rules.map((r: { id: string }) => r.id)).toEqual([created.id])
    expect((await call(responder, 'GET', '/routing-rules')).status).toBe(403)
    expect((await call(admin, 'DELETE', `/routing-rules/${created.id}`)).status).toBe(204)
    expect((await call(admin, 'DELETE', `/routing-rules/${created.id}`)).status).toBe(404)
  })
})

describe('PUT …/stories/:storyId/assignment', () => {
  it('gives a story to a colleague (emailed), lets a responder take it (not emailed), and to nobody', async () => {
    const story = await publish('TST01-W1', 'To assign')
    const res = await call(admin, 'PUT', `/stories/${story}/assignment`, { userId: responder.userId })
    expect(res.status).toBe(200)
    expect((await res.json()).workflow).toMatchObject({
      state: 'assigned',
      assignee: { id: responder.userId, name: 'Rhys Responder' },
      overdue: false,
    })
    expect((await assignedJobs()).map((j) => j.payload)).toEqual([
      { subscriberId, storyId: story, userId: responder.userId, byName: 'Ada Admin' },
    ])
    await sql`delete from outbox`
    const took = await call(admin, 'PUT', `/stories/${story}/assignment`, { userId: admin.userId })
    expect((await took.json()).workflow.assignee.id).toBe(admin.userId)
    expect(await assignedJobs()).toEqual([])
    const none = await call(responder, 'PUT', `/stories/${story}/assignment`, { userId: null })
    expect((await none.json()).workflow).toMatchObject({ state: 'new', assignee: null })
    expect((await events(story)).map((e) => e.kind)).toEqual(['assigned', 'assigned', 'unassigned'])
  })

  it('refuses a viewer, a frozen member, a stranger and bad input, and writes nothing', async () => {
    const story = await publish('TST01-W1', 'Not to assign')
    const stranger = '00000000-0000-4000-8000-000000000001'
    for (const body of [
      { userId: viewer.userId },
      { userId: frozen.userId },
      { userId: stranger },
      { userId: 'x' },
      {},
    ]) {
      const res = await call(admin, 'PUT', `/stories/${story}/assignment`, body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    const [entry] = await sql`select state, assignee_id from inbox_entries where story_id = ${story}`
    expect(entry).toEqual({ state: 'new', assigneeId: null })
    expect(await events(story)).toEqual([])
    expect(await assignedJobs()).toEqual([])
  })
})

describe('PUT …/stories/:storyId/state', () => {
  it('marks a story as needing no response with a reason, opens it again, and a published response makes it responded', async () => {
    const story = await publish('TST01-W1', 'Answered elsewhere')
    const res = await call(responder, 'PUT', `/stories/${story}/state`, {
      state: 'no_response_needed',
      reason: 'Answered by the community trust',
    })
    expect(res.status).toBe(200)
    expect((await res.json()).workflow).toMatchObject({
      state: 'no_response_needed',
      noResponseReason: 'Answered by the community trust',
      overdue: false,
    })
    const open = await call(responder, 'PUT', `/stories/${story}/state`, { state: 'open' })
    expect((await open.json()).workflow).toMatchObject({ state: 'new', noResponseReason: null })
    expect((await events(story)).map((e) => [e.kind, e.reason])).toEqual([
      ['no_response_needed', 'Answered by the community trust'],
      ['reopened', null],
    ])
    await sql`
      insert into responses (story_id, subscriber_id, status, responder_title, organisation_name, body, published_at)
      values (${story}, ${subscriberId}, 'published', 'Matron', 'Testshire', 'Thank you.', now())`
    const [entry] = await sql`select state from inbox_entries where story_id = ${story}`
    expect(entry!.state).toBe('responded')
  })

  it('refuses no reason, an unknown state and a viewer, and writes nothing', async () => {
    const story = await publish('TST01-W1', 'Still new')
    for (const body of [
      { state: 'no_response_needed' },
      { state: 'no_response_needed', reason: '  ' },
      { state: 'done' },
    ]) {
      const res = await call(responder, 'PUT', `/stories/${story}/state`, body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    const res = await call(viewer, 'PUT', `/stories/${story}/state`, {
      state: 'no_response_needed',
      reason: 'x',
    })
    expect(res.status).toBe(403)
    const [entry] = await sql`select state from inbox_entries where story_id = ${story}`
    expect(entry!.state).toBe('new')
    expect(await events(story)).toEqual([])
  })
})

describe('internal notes', () => {
  it('adds a note (201 with the author’s name), lists it for every member, records it, and never shows it publicly', async () => {
    const story = await publish('TST01-W1', 'Noted story')
    const res = await call(responder, 'POST', `/stories/${story}/notes`, {
      body: 'Spoke to the ward <b>manager</b>',
    })
    expect(res.status).toBe(201)
    const note = await res.json()
    expect(note).toEqual({
      id: expect.any(String),
      body: 'Spoke to the ward <b>manager</b>',
      authorName: 'Rhys Responder',
      createdAt: expect.any(String),
    })
    const listed = await (await call(viewer, 'GET', `/stories/${story}/notes`)).json()
    expect(listed.notes).toEqual([note])
    expect((await events(story)).map((e) => e.kind)).toEqual(['note_added'])
    const publicStory = await (await app.request(`/api/v1/stories/${story}`)).text()
    expect(publicStory).not.toContain('ward <b>manager')
    const page = await (await app.request(`/stories/${story}`)).text()
    expect(page).not.toContain('manager')
  })

  it('refuses an empty or long note, and a viewer, and writes nothing', async () => {
    const story = await publish('TST01-W1', 'Unnoted story')
    for (const body of [{ body: '' }, { body: '   ' }, { body: 'x'.repeat(5001) }, {}, { body: 3 }]) {
      const res = await call(responder, 'POST', `/stories/${story}/notes`, body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    expect((await call(viewer, 'POST', `/stories/${story}/notes`, { body: 'Hello' })).status).toBe(403)
    expect(await sql`select 1 from inbox_notes where story_id = ${story}`).toHaveLength(0)
  })

  it('gives the same 404 for a story outside coverage as for one that does not exist', async () => {
    const outside = await publish('TST02-W1', 'Elsewhere')
    const a = await call(responder, 'POST', `/stories/${outside}/notes`, { body: 'Hello' })
    const b = await call(responder, 'POST', '/stories/00000000-0000-4000-8000-000000000001/notes', {
      body: 'Hello',
    })
    expect(a.status).toBe(404)
    expect(await a.json()).toEqual(await b.json())
  })
})
