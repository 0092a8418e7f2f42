import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { getEntitlement } from './entitlements.ts'
import * as fx from './testing/fixtures.ts'
import {
  billingMail,
  createSubscriber,
  deliver,
  deliverAll,
  startBillingTest,
  type BillingTest,
  type TestSubscriber,
} from './testing/harness.ts'

let t: BillingTest

beforeAll(async () => {
  t = await startBillingTest()
})
afterAll(() => t.close())
beforeEach(async () => {
  t.fake.events.length = 0
  t.fake.outage = false
  await resetDatabase(t.sql)
  t.nodes = await seedDirectory(t.sql)
})

const fakeNow = () => new Date(t.fake.now * 1000)
const recorded = async () =>
  (await t.sql`select event_id from billing_events`).map((r) => r.eventId as string)
const mirrorStatus = async (subId: string) =>
  (await t.sql`select status from billing_subscriptions where stripe_subscription_id = ${subId}`)[0]?.status
const syncReads = () => t.fake.calls('GET', '/v1/subscriptions').length

/** A subscriber with an active card subscription, every event delivered. */
async function subscribed(): Promise<{ s: TestSubscriber; subId: string }> {
  const s = await createSubscriber(t, 2)
  const started = await t.app.request(`/api/portal/subscribers/${s.id}/billing/checkout`, {
    method: 'POST',
    headers: s.admin.headers,
  })
  const { url } = (await started.json()) as { url: string }
  await deliverAll(t.app, t.fake.completeCheckout(url.split('/').at(-1)!))
  const sub = [...t.fake.subscriptions.values()].find((x) => x.metadata.subscriber_id === s.id)!
  return { s, subId: sub.id }
}

/** The renewal fails (events A), then the customer pays the invoice (events B). */
function failThenPay(subId: string) {
  const failed = t.fake.renew(subId, { paymentSucceeds: false })
  const invoiceId = t.fake.subscriptions.get(subId)!.latest_invoice as string
  const paid = t.fake.payInvoice(invoiceId, false)
  return { failed, paid }
}

describe('POST /api/webhooks/stripe', () => {
  it('answers 400 to a forged signature and records nothing', async () => {
    const { subId } = await subscribed()
    const before = await recorded()
    const [e] = t.fake.cancel(subId)
    const res = await deliver(t.app, e!, { secret: 'whsec_someone_else' })
    expect(res).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } })
    expect(await recorded()).toEqual(before)
    expect(await mirrorStatus(subId)).toBe('active')
  })

  it('answers 400 to a tampered body and to a missing signature', async () => {
    const { subId } = await subscribed()
    const [e] = t.fake.cancel(subId)
    const tampered = await deliver(t.app, e!, { tamper: (p) => p.replace('"canceled"', '"active"') })
    expect(tampered.status).toBe(400)
    const unsigned = await t.app.request('/api/webhooks/stripe', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(e),
    })
    expect(unsigned.status).toBe(400)
    expect(((await unsigned.json()) as { error: { code: string } }).error.code).toBe('bad_request')
    expect(await mirrorStatus(subId)).toBe('active')
  })

  it('acknowledges the same event twice with no second effect', async () => {
    const { s, subId } = await subscribed()
    const [, failedEvent] = t.fake.renew(subId, { paymentSucceeds: false })
    const reads = syncReads()
    expect((await deliver(t.app, failedEvent!)).body.outcome).toBe('synced')
    expect((await deliver(t.app, failedEvent!)).body).toEqual({ received: true, outcome: 'duplicate' })
    expect(syncReads()).toBe(reads + 1)
    expect((await billingMail(t.sql)).map((m) => m.toAddress)).toEqual([s.admin.user.email])
  })

  it('converges on Stripe’s state when an older update arrives after a newer one', async () => {
    const { s, subId } = await subscribed()
    const { failed, paid } = failThenPay(subId)
    await deliverAll(t.app, paid)
    expect(await mirrorStatus(subId)).toBe('active')
    // The older events: past_due, and a payment failure since put right. No regression, no mail.
    expect(await deliverAll(t.app, failed)).toEqual(['synced', 'synced', 'synced'])
    expect(await mirrorStatus(subId)).toBe('active')
    expect(await getEntitlement(t.sql, s.id, fakeNow())).toMatchObject({ level: 'full', reason: 'active' })
    expect(await billingMail(t.sql)).toEqual([])
  })

  it('processes two identical deliveries at once exactly once', async () => {
    const { s, subId } = await subscribed()
    const [, failedEvent] = t.fake.renew(subId, { paymentSucceeds: false })
    const reads = syncReads()
    const results = await Promise.all([deliver(t.app, failedEvent!), deliver(t.app, failedEvent!)])
    expect(results.map((r) => r.status)).toEqual([200, 200])
    expect(results.map((r) => r.body.outcome).sort()).toEqual(['duplicate', 'synced'])
    expect(syncReads()).toBe(reads + 1)
    expect((await recorded()).filter((id) => id === failedEvent!.id)).toHaveLength(1)
    expect((await billingMail(t.sql)).map((m) => m.toAddress)).toEqual([s.admin.user.email])
    expect(await mirrorStatus(subId)).toBe('past_due')
  })

  it('converges when different events for one customer arrive at once, in any order', async () => {
    const { subId } = await subscribed()
    const { failed, paid } = failThenPay(subId)
    const results = await Promise.all([...paid, ...failed].reverse().map((e) => deliver(t.app, e)))
    expect(results.every((r) => r.status === 200)).toBe(true)
    expect(await mirrorStatus(subId)).toBe('active')
    const [invoice] = await t.sql`select status from billing_invoices order by stripe_created_at desc limit 1`
    expect(invoice!.status).toBe('paid')
  })

  it('keeps nothing when Stripe cannot be reached, so that Stripe’s retry is processed', async () => {
    const { subId } = await subscribed()
    const [e] = t.fake.cancel(subId)
    t.fake.outage = true
    expect((await deliver(t.app, e!)).status).toBe(500)
    expect(await recorded()).not.toContain(e!.id)
    t.fake.outage = false
    expect((await deliver(t.app, e!)).body.outcome).toBe('synced')
    expect(await mirrorStatus(subId)).toBe('canceled')
  })

  it('records but ignores events it does not act on and customers it does not know', async () => {
    const stranger = fx.customer({ created: t.fake.now, email: null, name: null, metadata: {} })
    t.fake.customers.set(stranger.id, stranger)
    const unknown = t.fake.emit('customer.subscription.updated', {
      id: 'sub_elsewhere',
      customer: stranger.id,
    } as never)
    const other = t.fake.emit('customer.updated', stranger)
    expect(await deliverAll(t.app, [unknown, other])).toEqual(['ignored', 'ignored'])
    expect(await recorded()).toEqual(expect.arrayContaining([unknown.id, other.id]))
  })
})
