import type { Sql } from '../db.ts'
import { saveAlertRules } from '../alerts/queries.ts'
import { normaliseCoverage, saveCoverage } from '../tenancy/coverage.ts'
import { saveEntitlement } from '../tenancy/entitlement.ts'
import type { MemberRole } from '../tenancy/roles.ts'
import { createUser } from '../users/queries.ts'

const TRUST_CODE = 'RXA'
const HOSPITAL_CODE = 'RXA01'

/** The demo trust's sign-ins. Printed at start on the embedded demo database; never in production data. */
export const DEMO_SUBSCRIBER_SIGN_INS: { email: string; password: string; name: string; role: MemberRole }[] =
  [
    {
      email: 'admin@riverside.example',
      password: 'riverside-admin-2026',
      name: 'Jordan (Riverside admin)',
      role: 'admin',
    },
    {
      email: 'responder@riverside.example',
      password: 'riverside-responder-2026',
      name: 'Riley (Riverside responder)',
      role: 'responder',
    },
    {
      email: 'viewer@riverside.example',
      password: 'riverside-viewer-2026',
      name: 'Vic (Riverside viewer)',
      role: 'viewer',
    },
  ]

/**
 * The demo subscriber: Riverside University Hospitals (RXA) with an admin, a responder and a
 * viewer; the demo responses about its services attached to it (written by the responder, so
 * that their clean record fast-tracks new responses); a widget for Riverside General Hospital
 * (RXA01) on the demo's own example page; alert preferences; and a subscription recorded by hand,
 * so that members may respond. Call after the stories are seeded. Returns false if already there.
 */
export async function seedDemoSubscribers(sql: Sql): Promise<boolean> {
  const [existing] = await sql`select 1 from users where email = ${DEMO_SUBSCRIBER_SIGN_INS[0]!.email}`
  if (existing) return false
  const [trust] = await sql<{ id: string; name: string }[]>`
    select id, name from service_nodes where external_code = ${TRUST_CODE}`
  const [hospital] = await sql<
    { id: string }[]
  >`select id from service_nodes where external_code = ${HOSPITAL_CODE}`
  const [ed] = await sql<{ id: string }[]>`select id from service_nodes where external_code = 'RXA01-ED'`
  if (!trust || !hospital || !ed) return false

  const [subscriber] = await sql<
    { id: string }[]
  >`insert into subscribers (name) values (${trust.name}) returning id`
  const subscriberId = subscriber!.id
  const covers = await normaliseCoverage(sql, [trust.id])
  await saveEntitlement(sql, subscriberId, covers)
  await saveCoverage(sql, subscriberId, covers)
  const users: Record<MemberRole, string> = { admin: '', responder: '', viewer: '' }
  for (const u of DEMO_SUBSCRIBER_SIGN_INS) {
    users[u.role] = (await createUser(sql, { email: u.email, password: u.password, name: u.name })).id
    await sql`
      insert into memberships (subscriber_id, user_id, role, invited_by)
      values (${subscriberId}, ${users[u.role]}, ${u.role}, ${u.role === 'admin' ? null : users.admin})`
  }
  await sql`
    update responses r set subscriber_id = ${subscriberId}, responder_id = ${users.responder}
    where r.subscriber_id is null and exists (
      select 1 from inbox_entries e where e.subscriber_id = ${subscriberId} and e.story_id = r.story_id)`
  await settleDemoInbox(sql, subscriberId, users.admin)
  await sql`
    insert into widgets (subscriber_id, name, node_ids, story_limit, allowed_origins)
    values (${subscriberId}, 'Riverside General Hospital website', ${[hospital.id]}::uuid[], 5,
      ${['http://localhost:3000', 'http://127.0.0.1:3000']}::text[])`
  // The unsubscribe hash is brought in step with the server's secret when the first alert is sent.
  const secret = 'demo'
  await saveAlertRules(sql, { subscriberId, userId: users.responder, secret }, [
    { serviceIds: [ed.id], minCriticality: 0, frequency: 'immediate' },
  ])
  await saveAlertRules(sql, { subscriberId, userId: users.viewer, secret }, [
    { serviceIds: [hospital.id], minCriticality: 3, frequency: 'daily' },
  ])
  await sql`
    insert into manual_subscriptions (subscriber_id, period_end, note, recorded_by)
    values (${subscriberId}, now() + interval '1 year', 'Demo: paid by invoice outside Stripe', null)`
  return true
}

const THANKS_REASON = 'A thank-you: passed on to the team, no reply needed.'

/**
 * The demo inbox reads true. Its entries were made before the demo responses were the trust's, so
 * stories it answered become responded here; thank-you stories (criticality 0) left unanswered
 * for more than 90 days were closed by the admin as needing no response, as a trust would have.
 * What is left is new (published within the time to respond) or honestly overdue.
 */
async function settleDemoInbox(sql: Sql, subscriberId: string, adminId: string): Promise<void> {
  await sql`
    update inbox_entries e set state = 'responded'
    where e.subscriber_id = ${subscriberId} and exists (
      select from responses r
      where r.subscriber_id = e.subscriber_id and r.story_id = e.story_id and r.status = 'published')`
  await sql`
    with closed as (
      update inbox_entries e set state = 'no_response_needed', no_response_reason = ${THANKS_REASON}
      from stories s
      where e.subscriber_id = ${subscriberId} and e.state = 'new' and s.id = e.story_id
        and s.criticality = 0 and e.published_at < now() - interval '90 days'
      returning e.story_id, e.published_at
    )
    insert into inbox_events (subscriber_id, story_id, actor_id, kind, reason, created_at)
    select ${subscriberId}, story_id, ${adminId}, 'no_response_needed', ${THANKS_REASON},
      published_at + interval '2 days'
    from closed`
}

/** The demo trust's sign-ins that exist in this database, to print at start. */
export async function demoSubscriberSignInsPresent(sql: Sql) {
  const rows = await sql<{ email: string }[]>`
    select email from users where email = any(${DEMO_SUBSCRIBER_SIGN_INS.map((u) => u.email)}::text[])`
  const present = new Set(rows.map((r) => r.email))
  return DEMO_SUBSCRIBER_SIGN_INS.filter((u) => present.has(u.email))
}
