import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { signedInAs } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { hasFullAccess } from './entitlements.ts'
import type { BillingPage } from './schemas.ts'
import { createSubscriber, type TestSubscriber } from './testing/harness.ts'

// No Stripe variables: the embedded demo, or an invoice-only deployment.
const { app, sql } = testApp()
let t: { app: typeof app; sql: typeof sql; nodes: Record<string, string> }

beforeAll(() => {
  t = { app, sql, nodes: {} }
})
beforeEach(async () => {
  await resetDatabase(sql)
  t.nodes = await seedDirectory(sql)
})

const billing = (id: string, rest = '') => `/api/portal/subscribers/${id}/billing${rest}`
const manual = (id: string, rest = '') => `/api/portal/admin/subscribers/${id}/manual-subscriptions${rest}`
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10)

async function getPage(s: TestSubscriber): Promise<BillingPage> {
  const res = await app.request(billing(s.id), { headers: s.admin.headers })
  expect(res.status).toBe(200)
  return (await res.json()) as BillingPage
}

describe('billing without Stripe configured', () => {
  it('bills every service within coverage: a covered site counts itself and its wards', async () => {
    const s = await createSubscriber(t, 1)
    await t.sql`update subscriber_coverage set node_id = ${t.nodes.TST01!} where subscriber_id = ${s.id}`
    expect((await getPage(s)).coveredUnits).toBe(3)
  })

  it('says so plainly on the billing page instead of failing', async () => {
    const s = await createSubscriber(t, 2)
    const page = await getPage(s)
    expect(page).toMatchObject({
      configured: false,
      access: { level: 'read_only', reason: 'none' },
      status: { code: 'not_configured', action: 'contact' },
      plan: null,
      coveredUnits: 2,
      subscription: null,
      invoices: [],
      actions: { checkout: false, portal: false, invoiceBilling: false, updateQuantity: false },
    })
    expect(page.status.title).toMatch(/not set up/)
    const checkout = await app.request(billing(s.id, '/checkout'), {
      method: 'POST',
      headers: s.admin.headers,
    })
    expect(checkout.status).toBe(503)
    expect(((await checkout.json()) as { error: { code: string } }).error.code).toBe('unavailable')
    const preview = await app.request(
      billing(s.id, '/quantity-preview'),
      json({ quantity: 3 }, s.admin.headers),
    )
    expect(await preview.json()).toMatchObject({ configured: false, hasSubscription: false, quantity: 3 })
    const webhook = await app.request('/api/webhooks/stripe', { method: 'POST', body: '{}' })
    expect(webhook.status).toBe(404)
  })

  it('lets a platform admin record a manual subscription that gives full use until its end', async () => {
    const s = await createSubscriber(t, 1)
    const admin = await signedInAs(app, sql, 'platform_admin', 'Pat Admin')
    const res = await app.request(
      manual(s.id),
      json({ periodEnd: inDays(90), note: 'Invoice 2026-117, paid by BACS' }, admin.headers),
    )
    expect(res.status).toBe(201)
    const recorded = (await res.json()) as { id: string; periodEnd: string; recordedByName: string }
    expect(recorded).toMatchObject({
      note: 'Invoice 2026-117, paid by BACS',
      recordedByName: 'Pat Admin',
      endedAt: null,
    })
    expect(recorded.periodEnd).toBe(`${inDays(91)}T00:00:00.000Z`)

    expect(await hasFullAccess(sql, s.id)).toBe(true)
    const page = await getPage(s)
    expect(page.access).toMatchObject({ level: 'full', reason: 'manual' })
    expect(page.status).toMatchObject({ code: 'manual', action: null })
    expect(page.manualSubscription).toMatchObject({ id: recorded.id, note: 'Invoice 2026-117, paid by BACS' })

    const listed = await app.request(manual(s.id), { headers: admin.headers })
    expect(((await listed.json()) as { manualSubscriptions: unknown[] }).manualSubscriptions).toHaveLength(1)
    const ended = await app.request(manual(s.id, `/${recorded.id}`), {
      method: 'DELETE',
      headers: admin.headers,
    })
    expect(ended.status).toBe(204)
    expect(await hasFullAccess(sql, s.id)).toBe(false)
    expect((await getPage(s)).status.code).toBe('manual_ended')
  })

  it('refuses a manual subscription that has already ended, or has no note', async () => {
    const s = await createSubscriber(t, 1)
    const admin = await signedInAs(app, sql, 'platform_admin')
    const past = await app.request(manual(s.id), json({ periodEnd: inDays(-2), note: 'late' }, admin.headers))
    expect(past.status).toBe(422)
    const noNote = await app.request(manual(s.id), json({ periodEnd: inDays(30), note: ' ' }, admin.headers))
    expect(noNote.status).toBe(422)
    const badDate = await app.request(
      manual(s.id),
      json({ periodEnd: '31/12/2027', note: 'x' }, admin.headers),
    )
    expect(badDate.status).toBe(422)
    const unknown = await app.request(
      manual('00000000-0000-4000-8000-000000000000'),
      json({ periodEnd: inDays(9), note: 'x' }, admin.headers),
    )
    expect(unknown.status).toBe(404)
    expect(await hasFullAccess(sql, s.id)).toBe(false)
  })
})

describe('who may use billing', () => {
  it('keeps manual subscriptions to platform admins', async () => {
    const s = await createSubscriber(t, 1)
    const moderator = await signedInAs(app, sql, 'moderator')
    for (const headers of [s.admin.headers, moderator.headers]) {
      const res = await app.request(
        manual(s.id),
        json({ periodEnd: inDays(30), note: 'self-service' }, headers),
      )
      expect(res.status).toBe(403)
      expect((await app.request(manual(s.id), { headers })).status).toBe(403)
      const end = await app.request(manual(s.id, `/${s.id}`), { method: 'DELETE', headers })
      expect(end.status).toBe(403)
    }
    expect((await app.request(manual(s.id), json({ periodEnd: inDays(30), note: 'x' }))).status).toBe(401)
    const [{ n }] = await sql<{ n: number }[]>`select count(*)::int as n from manual_subscriptions`
    expect(n).toBe(0)
  })

  it('answers every billing endpoint for the subscriber’s admins only; platform admins may look', async () => {
    const s = await createSubscriber(t, 1, 'Trust A')
    const other = await createSubscriber(t, 1, 'Trust B')
    const responder = await signedInAs(app, sql, null)
    await sql`insert into memberships (subscriber_id, user_id, role) values (${s.id}, ${responder.userId}, 'responder')`
    const viewer = await signedInAs(app, sql, null)
    await sql`insert into memberships (subscriber_id, user_id, role) values (${s.id}, ${viewer.userId}, 'viewer')`
    const frozen = await signedInAs(app, sql, null)
    await sql`insert into memberships (subscriber_id, user_id, role, frozen) values (${s.id}, ${frozen.userId}, 'admin', true)`
    const platform = await signedInAs(app, sql, 'platform_admin')
    const nobody = '00000000-0000-4000-8000-000000000000'

    const endpoints = (id: string, headers: Record<string, string>): [string, RequestInit][] => [
      [billing(id), { headers }],
      [billing(id, '/checkout'), { method: 'POST', headers }],
      [billing(id, '/portal'), { method: 'POST', headers }],
      [billing(id, '/quantity'), { method: 'POST', headers }],
      [billing(id, '/quantity-preview'), json({ quantity: 2 }, headers)],
      [
        billing(id, '/invoice-billing'),
        json({ purchaseOrder: 'PO-1', billingEmail: 'a@b.nhs.test' }, headers),
      ],
    ]
    const statuses = async (id: string, headers: Record<string, string>) =>
      Promise.all(endpoints(id, headers).map(async ([url, init]) => (await app.request(url, init)).status))

    // Not a member (another subscriber's admin, a platform admin) or no such subscriber: 404.
    expect(await statuses(s.id, other.admin.headers)).toEqual([404, 404, 404, 404, 404, 404])
    expect(await statuses(s.id, platform.headers)).toEqual([404, 404, 404, 404, 404, 404])
    expect(await statuses(nobody, s.admin.headers)).toEqual([404, 404, 404, 404, 404, 404])
    // Members who are not live admins: 403.
    for (const who of [responder, viewer, frozen]) {
      expect(await statuses(s.id, who.headers)).toEqual([403, 403, 403, 403, 403, 403])
    }
    expect(await statuses(s.id, {})).toEqual([401, 401, 401, 401, 401, 401])
    const noCsrf = await app.request(billing(s.id, '/checkout'), {
      method: 'POST',
      headers: { cookie: s.admin.cookie },
    })
    expect(noCsrf.status).toBe(403)
    // The admin gets the page (Stripe is not set up here, so the payment actions say so).
    expect(await statuses(s.id, s.admin.headers)).toEqual([200, 503, 503, 503, 200, 503])

    const adminPage = `/api/portal/admin/subscribers/${s.id}/billing`
    const seen = await app.request(adminPage, { headers: platform.headers })
    expect(seen.status).toBe(200)
    expect(((await seen.json()) as BillingPage).subscriberId).toBe(s.id)
    expect((await app.request(adminPage, { headers: s.admin.headers })).status).toBe(403)
    expect(
      (await app.request(`/api/portal/admin/subscribers/${nobody}/billing`, { headers: platform.headers }))
        .status,
    ).toBe(404)
  })

  it('validates an invoice billing request before anything else', async () => {
    const s = await createSubscriber(t, 1)
    const res = await app.request(
      billing(s.id, '/invoice-billing'),
      json({ purchaseOrder: '', billingEmail: 'nope' }, s.admin.headers),
    )
    expect(res.status).toBe(422)
    const body = (await res.json()) as { error: { issues: { path: string }[] } }
    expect(body.error.issues.map((i) => i.path).sort()).toEqual(['billingEmail', 'purchaseOrder'])
  })
})
