import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { outboxOnlyMailer } from '../mail/transport.ts'
import { createWorker } from '../mail/worker.ts'
import { getEntitlement, GRACE_DAYS } from './entitlements.ts'
import { onCoverageChanged } from './quantity.ts'
import { billingJobs } from './reconcile.ts'
import type { BillingPage } from './schemas.ts'
import {
  billingMail,
  createSubscriber,
  deliverAll,
  setCoverage,
  startBillingTest,
  type BillingTest,
  type TestSubscriber,
} from './testing/harness.ts'
import { FAKE_UNIT_AMOUNT } from './testing/stripe-fake.ts'

let t: BillingTest
const DAY = 86_400_000

beforeAll(async () => {
  t = await startBillingTest()
})
afterAll(() => t.close())
beforeEach(async () => {
  t.fake.events.length = 0
  await resetDatabase(t.sql)
  t.nodes = await seedDirectory(t.sql)
})

const fakeNow = (plusDays = 0) => new Date(t.fake.now * 1000 + plusDays * DAY)
const billingUrl = (s: TestSubscriber, rest = '') => `/api/portal/subscribers/${s.id}/billing${rest}`

async function page(s: TestSubscriber): Promise<BillingPage> {
  const res = await t.app.request(billingUrl(s), { headers: s.admin.headers })
  expect(res.status).toBe(200)
  return (await res.json()) as BillingPage
}

async function post(s: TestSubscriber, rest: string, body?: unknown) {
  const init = body === undefined ? { method: 'POST', headers: s.admin.headers } : json(body, s.admin.headers)
  const res = await t.app.request(billingUrl(s, rest), init)
  return { status: res.status, body: (await res.json()) as Record<string, unknown> }
}

/** Checkout through the API, then the customer pays on Stripe's page and the events arrive. */
async function subscribeByCheckout(s: TestSubscriber, options: { trialDays?: number } = {}) {
  const started = await post(s, '/checkout')
  expect(started.status).toBe(200)
  const sessionId = String(started.body.url).split('/').at(-1)!
  await deliverAll(t.app, t.fake.completeCheckout(sessionId, options))
  return [...t.fake.subscriptions.values()].find((x) => x.metadata.subscriber_id === s.id)!
}

describe('billing scenarios against the Stripe fake', () => {
  it('checkout → active: the customer comes first, and access comes from the synced subscription only', async () => {
    const s = await createSubscriber(t, 2)
    const started = await post(s, '/checkout')
    expect(started.status).toBe(200)
    expect(started.body.url).toMatch(/^https:\/\/checkout\.stripe\.test\//)

    const [customer] = t.fake.calls('POST', '/v1/customers')
    expect(customer!.params.metadata).toEqual({ subscriber_id: s.id })
    expect(customer!.idempotencyKey).toBe(`customer-${s.id}`)
    const [session] = t.fake.calls('POST', '/v1/checkout/sessions')
    expect(session!.params).toMatchObject({
      mode: 'subscription',
      line_items: [{ price: t.config.STRIPE_PRICE_ID, quantity: '2' }],
      billing_address_collection: 'required',
      customer_update: { address: 'auto', name: 'auto' },
      tax_id_collection: { enabled: 'true' },
      success_url: `http://heard.test/portal/subscribers/${s.id}/billing?checkout=success`,
    })
    expect(session!.stripeVersion).toBe('2026-10-28.endive')
    // Back from Checkout, but no verified event yet: still read-only.
    expect((await page(s)).access.level).toBe('read_only')
    // Starting again leaves one Checkout page open, so that two cannot both be paid.
    const first = String(started.body.url).split('/').at(-1)!
    const again = await post(s, '/checkout')
    expect(t.fake.checkoutSessions.get(first)!.status).toBe('expired')

    const sessionId = String(again.body.url).split('/').at(-1)!
    await deliverAll(t.app, t.fake.completeCheckout(sessionId))
    const after = await page(s)
    expect(after.access).toMatchObject({ level: 'full', reason: 'active' })
    expect(after.status).toMatchObject({ code: 'active', action: 'portal' })
    expect(after.subscription).toMatchObject({
      status: 'active',
      quantity: 2,
      collectionMethod: 'charge_automatically',
    })
    expect(after.invoices).toHaveLength(1)
    expect(after.invoices[0]).toMatchObject({ status: 'paid', amountPaid: 2 * FAKE_UNIT_AMOUNT })
    expect(after.invoices[0]!.hostedInvoiceUrl).toMatch(/^https:\/\/invoice\.stripe\.test\//)
    expect(after.nextInvoice).toMatchObject({ amountDue: 2 * FAKE_UNIT_AMOUNT, currency: 'gbp' })
    expect(after.plan).toMatchObject({ unitAmount: FAKE_UNIT_AMOUNT, interval: 'month' })
    expect(after.actions).toMatchObject({ checkout: false, portal: true, invoiceBilling: false })

    expect((await post(s, '/checkout')).status).toBe(409)
    const portal = await post(s, '/portal')
    expect(portal).toMatchObject({
      status: 200,
      body: { url: expect.stringMatching(/^https:\/\/billing\.stripe\.test\//) },
    })
    expect(t.fake.calls('POST', '/v1/customers')).toHaveLength(1)
  })

  it('trial → active, with a trial-ending email to the admins', async () => {
    const s = await createSubscriber(t, 1)
    const sub = await subscribeByCheckout(s, { trialDays: 14 })
    expect((await page(s)).access).toMatchObject({ level: 'full', reason: 'trialing' })
    expect((await page(s)).status.code).toBe('trialing')

    await deliverAll(t.app, t.fake.trialWillEnd(sub.id))
    const mail = await billingMail(t.sql)
    expect(mail).toEqual([
      expect.objectContaining({ template: 'billing_trial_ending', toAddress: s.admin.user.email }),
    ])

    await deliverAll(t.app, t.fake.endTrial(sub.id))
    const after = await page(s)
    expect(after.access).toMatchObject({ level: 'full', reason: 'active' })
    expect(after.subscription?.status).toBe('active')
  })

  it('changes the quantity up and down with coverage, after previewing the prorated cost', async () => {
    const s = await createSubscriber(t, 2)
    const sub = await subscribeByCheckout(s)
    t.fake.advance(10 * 86400)

    const up = await post(s, '/quantity-preview', { quantity: 3 })
    expect(up.status).toBe(200)
    expect(up.body).toMatchObject({
      hasSubscription: true,
      currentQuantity: 2,
      quantity: 3,
      unitAmount: FAKE_UNIT_AMOUNT,
    })
    expect(up.body.prorationAmount).toBeGreaterThan(0)
    expect(up.body.prorationAmount).toBeLessThan(FAKE_UNIT_AMOUNT)
    expect(up.body.nextInvoiceAmount).toBe(Number(up.body.prorationAmount) + 3 * FAKE_UNIT_AMOUNT)

    await setCoverage(t, s.id, 3)
    expect((await page(s)).actions.updateQuantity).toBe(true)
    const raised = await post(s, '/quantity')
    expect(raised.status).toBe(200)
    expect((raised.body as unknown as BillingPage).subscription?.quantity).toBe(3)
    expect(t.fake.calls('POST', `/v1/subscriptions/${sub.id}`).map((r) => r.idempotencyKey)).toEqual([
      `qty-${sub.id}-3-1`,
    ])

    const down = await post(s, '/quantity-preview', { quantity: 1 })
    expect(down.body.prorationAmount).toBeLessThan(0)
    await setCoverage(t, s.id, 1)
    expect(await onCoverageChanged(t, s.id)).toMatchObject({ status: 'updated', quantity: 1, previous: 3 })
    // Back to three: the same quantity as before, but a new change with a new key.
    await setCoverage(t, s.id, 3)
    expect(await onCoverageChanged(t, s.id)).toMatchObject({
      status: 'updated',
      idempotencyKey: `qty-${sub.id}-3-3`,
    })
    expect(await onCoverageChanged(t, s.id)).toMatchObject({ status: 'unchanged' })
    expect(t.fake.subscriptions.get(sub.id)!.items.data[0]!.quantity).toBe(3)
    expect(t.fake.calls('POST', `/v1/subscriptions/${sub.id}`)).toHaveLength(3)
  })

  it('failed renewal → past_due with full use in the grace period → canceled → read-only', async () => {
    const s = await createSubscriber(t, 2)
    const sub = await subscribeByCheckout(s)

    await deliverAll(t.app, t.fake.renew(sub.id, { paymentSucceeds: false }))
    const grace = await getEntitlement(t.sql, s.id, fakeNow())
    expect(grace).toMatchObject({ level: 'full', reason: 'grace' })
    expect(grace.until!.getTime()).toBe(fakeNow(GRACE_DAYS).getTime())
    const mail = await billingMail(t.sql)
    expect(mail).toEqual([
      expect.objectContaining({ template: 'billing_payment_failed', toAddress: s.admin.user.email }),
    ])
    expect(mail[0]!.textBody).toContain('https://invoice.stripe.test/')
    expect(mail[0]!.textBody).toContain(`/portal/subscribers/${s.id}/billing`)
    expect(await getEntitlement(t.sql, s.id, fakeNow(GRACE_DAYS + 1))).toMatchObject({
      level: 'read_only',
      reason: 'grace_over',
    })

    t.fake.advance(20 * 86400)
    await deliverAll(t.app, t.fake.cancel(sub.id))
    expect(await getEntitlement(t.sql, s.id, fakeNow())).toMatchObject({
      level: 'read_only',
      reason: 'canceled',
    })
    const ended = await page(s)
    expect(ended.status).toMatchObject({ code: 'canceled', action: 'checkout' })
    expect(ended.actions.checkout).toBe(true)
  })

  it('invoice billing: access at issue, grace when overdue, active again when paid outside Stripe', async () => {
    const s = await createSubscriber(t, 3)
    const res = await post(s, '/invoice-billing', {
      purchaseOrder: 'PO-2026-0042',
      billingEmail: 'accounts@trust.nhs.test',
    })
    expect(res.status).toBe(201)
    const started = res.body as unknown as BillingPage
    expect(started.access).toMatchObject({ level: 'full', reason: 'invoice_terms' })
    expect(started.subscription).toMatchObject({
      collectionMethod: 'send_invoice',
      purchaseOrder: 'PO-2026-0042',
      quantity: 3,
    })
    expect(started.invoices[0]).toMatchObject({ status: 'open', amountDue: 3 * FAKE_UNIT_AMOUNT })
    expect(new Date(started.invoices[0]!.dueDate!).getTime()).toBe(fakeNow(30).getTime())
    const [created] = t.fake.calls('POST', '/v1/subscriptions')
    expect(created!.params).toMatchObject({
      collection_method: 'send_invoice',
      days_until_due: '30',
      invoice_settings: { custom_fields: [{ name: 'Purchase order', value: 'PO-2026-0042' }] },
    })
    const subId = started.subscription!.id
    const invoiceId = started.invoices[0]!.id
    expect(t.fake.customers.get(t.fake.subscriptions.get(subId)!.customer as string)!.email).toBe(
      'accounts@trust.nhs.test',
    )
    await deliverAll(t.app, t.fake.events.splice(0))

    await deliverAll(t.app, t.fake.overdue(invoiceId))
    expect(await getEntitlement(t.sql, s.id, fakeNow())).toMatchObject({ level: 'full', reason: 'grace' })
    expect((await billingMail(t.sql)).map((m) => m.template)).toEqual(['billing_invoice_overdue'])

    const before = t.fake.events.length
    await t.fake.client().invoices.pay(invoiceId, { paid_out_of_band: true })
    await deliverAll(t.app, t.fake.events.slice(before))
    expect(await getEntitlement(t.sql, s.id, fakeNow(60))).toMatchObject({ level: 'full', reason: 'active' })
    const paid = await page(s)
    expect(paid.invoices[0]).toMatchObject({
      id: invoiceId,
      status: 'paid',
      paidOutOfBand: true,
      amountRemaining: 0,
    })
    expect(paid.status.code).toBe('active')
  })

  it('repairs a missed webhook, and a quantity that never reached Stripe, in the daily reconcile', async () => {
    const s = await createSubscriber(t, 2)
    const sub = await subscribeByCheckout(s)
    t.fake.renew(sub.id, { paymentSucceeds: false }) // its events are lost
    await setCoverage(t, s.id, 3) // and the coverage change never reached Stripe
    expect((await page(s)).subscription?.status).toBe('active')

    const worker = createWorker({ sql: t.sql, mailer: outboxOnlyMailer, jobs: billingJobs(t) })
    const now = new Date()
    now.setUTCHours(5, 0, 0, 0)
    await worker.ensureDailyJobs(now)
    const tick = await worker.runOnce(now)
    expect(tick.jobs).toBe(2)
    const repaired = await page(s)
    expect(repaired.subscription).toMatchObject({ status: 'past_due', quantity: 3 })
    expect(repaired.invoices).toHaveLength(2)
    expect(t.fake.item(t.fake.subscriptions.get(sub.id)!).quantity).toBe(3)
    // Once a day: running again finds nothing new to do.
    expect((await worker.runOnce(now)).jobs).toBe(0)
  })
})
