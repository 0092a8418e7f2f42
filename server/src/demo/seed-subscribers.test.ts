import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { hasCleanRecord } from '../responses/queries.ts'
import { seedDemo } from './seed.ts'
import {
  DEMO_SUBSCRIBER_SIGN_INS,
  demoSubscriberSignInsPresent,
  seedDemoSubscribers,
} from './seed-subscribers.ts'

const { app, sql } = testApp()

beforeAll(async () => {
  await resetDatabase(sql)
  await seedDemo(sql)
}, 180_000)

describe('the demo subscriber', () => {
  it('is the Riverside trust with an admin, a responder and a viewer who can sign in', async () => {
    const members = await sql`
      select u.email, m.role from memberships m join users u on u.id = m.user_id
      join subscribers s on s.id = m.subscriber_id
      where s.name = 'Riverside University Hospitals NHS Foundation Trust' order by u.email`
    expect(members).toEqual([
      { email: 'admin@riverside.example', role: 'admin' },
      { email: 'responder@riverside.example', role: 'responder' },
      { email: 'viewer@riverside.example', role: 'viewer' },
    ])
    const admin = DEMO_SUBSCRIBER_SIGN_INS[0]!
    const res = await app.request(
      '/api/portal/session',
      json({ email: admin.email, password: admin.password }),
    )
    expect(res.status).toBe(200)
    const [entitled] = await sql`
      select n.external_code from subscriber_entitlements e join subscribers s on s.id = e.subscriber_id
      join service_nodes n on n.id = e.node_id
      where s.name = 'Riverside University Hospitals NHS Foundation Trust'`
    expect(entitled).toEqual({ externalCode: 'RXA' })
    expect((await demoSubscriberSignInsPresent(sql)).map((u) => u.role)).toEqual([
      'admin',
      'responder',
      'viewer',
    ])
  })

  it('owns the demo responses about its services, some with change markers, and fast-tracks its responder', async () => {
    const [row] = await sql<{ n: number; markers: number; responderId: string }[]>`
      select count(*)::int as n, count(*) filter (where change_marker is not null)::int as markers,
        min(responder_id::text) as responder_id
      from responses r join subscribers s on s.id = r.subscriber_id`
    expect(row!.n).toBeGreaterThan(10)
    expect(row!.markers).toBeGreaterThan(0)
    expect(await hasCleanRecord(sql, row!.responderId)).toBe(true)
    const [elsewhere] = await sql`
      select count(*)::int as n from responses r
      where r.subscriber_id is not null and not exists (select 1 from inbox_entries e where e.story_id = r.story_id)`
    expect(elsewhere!.n).toBe(0)
  })

  it('reads true in the inbox: answered stories responded, some new, a few honestly overdue', async () => {
    const entries = await sql<{ state: string; overdue: boolean; answered: boolean; criticality: number }[]>`
      select e.state, e.due_at <= now() as overdue, s.criticality,
        exists (select from responses r where r.subscriber_id = e.subscriber_id and r.story_id = e.story_id
                and r.status = 'published') as answered
      from inbox_entries e join stories s on s.id = e.story_id`
    expect(entries.length).toBeGreaterThan(50)
    for (const e of entries) expect(e.state === 'responded').toBe(e.answered)
    const open = entries.filter((e) => e.state === 'new' || e.state === 'assigned')
    expect(open.filter((e) => !e.overdue).length).toBeGreaterThanOrEqual(2)
    const overdue = open.filter((e) => e.overdue)
    expect(overdue.length).toBeGreaterThanOrEqual(1)
    expect(overdue.length).toBeLessThanOrEqual(5)
    // Only old thank-you stories were closed without a response, each with its reason and event.
    const closed = entries.filter((e) => e.state === 'no_response_needed')
    expect(closed.every((e) => e.criticality === 0 && !e.answered)).toBe(true)
    const [events] = await sql`
      select count(*)::int as n from inbox_events where kind = 'no_response_needed' and reason is not null`
    expect(events!.n).toBe(closed.length)
  })

  it('has a widget for Riverside General Hospital, alert preferences and full use', async () => {
    const [widget] = await sql`
      select w.id from widgets w join service_nodes n on n.id = w.node_ids[1] where n.external_code = 'RXA01'`
    const settings = await (await app.request(`/api/v1/widgets/${widget!.id}`)).json()
    expect(settings).toMatchObject({ limit: 5, lang: 'en' })
    const [alerts] = await sql`select count(*)::int as n from alert_subscriptions`
    expect(alerts!.n).toBe(2)
    const [sub] = await sql`select count(*)::int as n from manual_subscriptions`
    expect(sub!.n).toBe(1)
    expect(await sql.begin((tx) => seedDemoSubscribers(tx))).toBe(false)
  })
})
