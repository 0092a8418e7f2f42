import { describe, expect, it } from 'vitest'
import { decideEntitlement, GRACE_DAYS } from './entitlements.ts'
import type { ManualSubscription, MirrorSubscription } from './queries.ts'

const now = new Date('2027-03-01T12:00:00Z')
const days = (n: number) => new Date(now.getTime() + n * 86_400_000)

function sub(overrides: Partial<MirrorSubscription>): MirrorSubscription {
  return {
    stripeSubscriptionId: 'sub_1',
    stripeCustomerId: 'cus_1',
    subscriberId: '00000000-0000-4000-8000-000000000001',
    status: 'active',
    stripeItemId: 'si_1',
    priceId: 'price_1',
    quantity: 2,
    collectionMethod: 'charge_automatically',
    daysUntilDue: null,
    currentPeriodStart: days(-10),
    currentPeriodEnd: days(20),
    cancelAtPeriodEnd: false,
    cancelAt: null,
    canceledAt: null,
    endedAt: null,
    trialEnd: null,
    latestInvoiceId: 'in_1',
    latestInvoiceStatus: 'paid',
    latestInvoiceDueDate: null,
    pastDueSince: null,
    purchaseOrder: null,
    quantityVersion: 0,
    stripeCreatedAt: days(-40),
    ...overrides,
  }
}

const manual = (periodEnd: Date, endedAt: Date | null = null): ManualSubscription => ({
  id: '00000000-0000-4000-8000-0000000000aa',
  subscriberId: '00000000-0000-4000-8000-000000000001',
  periodEnd,
  note: 'PO 1',
  recordedBy: null,
  recordedByName: null,
  createdAt: days(-1),
  endedAt,
})

describe('decideEntitlement', () => {
  it('is read-only with no subscription at all', () => {
    expect(decideEntitlement([], [], now)).toMatchObject({ level: 'read_only', reason: 'none', source: null })
  })

  it('gives full use to active and trialing subscriptions', () => {
    expect(decideEntitlement([sub({})], [], now)).toMatchObject({
      level: 'full',
      reason: 'active',
      until: days(20),
    })
    expect(decideEntitlement([sub({ status: 'trialing', trialEnd: days(5) })], [], now)).toMatchObject({
      level: 'full',
      reason: 'trialing',
      until: days(5),
    })
  })

  it(`gives full use while past due for ${GRACE_DAYS} days from the first failure, then read-only`, () => {
    const pastDue = sub({ status: 'past_due', pastDueSince: days(-(GRACE_DAYS - 1)) })
    expect(decideEntitlement([pastDue], [], now)).toMatchObject({
      level: 'full',
      reason: 'grace',
      until: days(1),
    })
    const over = sub({ status: 'past_due', pastDueSince: days(-GRACE_DAYS) })
    expect(decideEntitlement([over], [], now)).toMatchObject({ level: 'read_only', reason: 'grace_over' })
  })

  it('starts invoice billing at issue and allows the same grace after the due date', () => {
    const open = { collectionMethod: 'send_invoice' as const, latestInvoiceStatus: 'open' }
    expect(decideEntitlement([sub({ ...open, latestInvoiceDueDate: days(29) })], [], now)).toMatchObject({
      level: 'full',
      reason: 'invoice_terms',
    })
    expect(decideEntitlement([sub({ ...open, latestInvoiceDueDate: days(-3) })], [], now)).toMatchObject({
      level: 'full',
      reason: 'grace',
      until: days(GRACE_DAYS - 3),
    })
    expect(
      decideEntitlement([sub({ ...open, latestInvoiceDueDate: days(-GRACE_DAYS - 1) })], [], now),
    ).toMatchObject({
      level: 'read_only',
      reason: 'grace_over',
    })
  })

  it('is read-only for canceled, unpaid, incomplete and paused subscriptions', () => {
    for (const status of ['canceled', 'unpaid', 'incomplete', 'incomplete_expired', 'paused']) {
      expect(decideEntitlement([sub({ status })], [], now).level).toBe('read_only')
    }
  })

  it('gives full use for a manual subscription until its period end, and lets any full source win', () => {
    expect(decideEntitlement([], [manual(days(1))], now)).toMatchObject({ level: 'full', reason: 'manual' })
    expect(decideEntitlement([], [manual(days(-1))], now)).toMatchObject({
      level: 'read_only',
      reason: 'manual_ended',
    })
    expect(decideEntitlement([], [manual(days(9), days(-1))], now).level).toBe('read_only')
    const canceled = sub({ status: 'canceled', endedAt: days(-3) })
    expect(decideEntitlement([canceled], [manual(days(30))], now)).toMatchObject({
      level: 'full',
      reason: 'manual',
    })
  })
})
