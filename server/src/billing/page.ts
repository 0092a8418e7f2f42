import type { Lang } from '../i18n/index.ts'
import type { SqlPool } from '../db.ts'
import { log } from '../log.ts'
import { decideEntitlement } from './entitlements.ts'
import { billedSubscription, priceFacts, quantityFor } from './quantity.ts'
import {
  countCoveredUnits,
  findCustomerId,
  listInvoices,
  listManualSubscriptions,
  listSubscriptions,
  type ManualSubscription,
  type MirrorInvoice,
  type MirrorSubscription,
} from './queries.ts'
import type { BillingPage } from './schemas.ts'
import { describeStatus } from './status.ts'
import type { StripeBilling } from './stripe-client.ts'
import { fromUnix } from './sync.ts'

const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null)

/** A Stripe call the page can do without: on failure the page shows the rest. */
async function optional<T>(what: string, fn: () => Promise<T>): Promise<T | null> {
  try {
    return await fn()
  } catch (err) {
    log.warn('billing_page_partial', { what, error: (err as { type?: string }).type ?? (err as Error).name })
    return null
  }
}

/** Everything the billing page shows, from the mirror, plus the plan and next invoice from Stripe. */
export async function getBillingPage(
  sql: SqlPool,
  billing: StripeBilling | undefined,
  subscriberId: string,
  lang: Lang = 'en',
  now = new Date(),
): Promise<BillingPage> {
  const [subscriptions, manual, invoices, coveredUnits, customerId] = await Promise.all([
    listSubscriptions(sql, subscriberId),
    listManualSubscriptions(sql, subscriberId),
    listInvoices(sql, subscriberId),
    countCoveredUnits(sql, subscriberId),
    findCustomerId(sql, subscriberId),
  ])
  const entitlement = decideEntitlement(subscriptions, manual, now)
  const current =
    (entitlement.source?.kind === 'stripe' &&
      subscriptions.find((s) => s.stripeSubscriptionId === entitlement.source?.id)) ||
    subscriptions[0]
  const currentManual =
    (entitlement.source?.kind === 'manual' && manual.find((m) => m.id === entitlement.source?.id)) ||
    undefined
  const billed = billedSubscription(subscriptions)
  const canStart =
    Boolean(billing) &&
    coveredUnits > 0 &&
    subscriptions.every((s) => ['canceled', 'incomplete_expired'].includes(s.status))
  const [plan, next] = billing
    ? await Promise.all([
        optional('price', async () => ({ priceId: billing.priceId, ...(await priceFacts(billing)) })),
        billed && !billed.cancelAtPeriodEnd
          ? optional('next_invoice', () =>
              billing.stripe.invoices.createPreview({
                customer: billed.stripeCustomerId,
                subscription: billed.stripeSubscriptionId,
              }),
            )
          : Promise.resolve(null),
      ])
    : [null, null]
  return {
    configured: Boolean(billing),
    subscriberId,
    access: { level: entitlement.level, reason: entitlement.reason, until: iso(entitlement.until) },
    status: describeStatus(
      {
        configured: Boolean(billing),
        entitlement,
        subscription: current,
        manual: currentManual,
      },
      lang,
    ),
    plan,
    coveredUnits,
    subscription: current
      ? subscriptionView(current, entitlement.reason === 'grace' ? entitlement.until : null)
      : null,
    manualSubscription: currentManual
      ? manualView(currentManual)
      : manual[0] && !current
        ? manualView(manual[0])
        : null,
    nextInvoice: next
      ? {
          amountDue: next.amount_due,
          currency: next.currency,
          date: iso(fromUnix(next.next_payment_attempt ?? next.period_end)),
        }
      : null,
    invoices: invoices.map(invoiceView),
    actions: {
      checkout: canStart,
      portal: Boolean(billing && customerId),
      invoiceBilling: canStart,
      updateQuantity: Boolean(billing && billed && billed.quantity !== quantityFor(coveredUnits)),
    },
  }
}

function subscriptionView(
  s: MirrorSubscription,
  graceEnd: Date | null,
): NonNullable<BillingPage['subscription']> {
  return {
    id: s.stripeSubscriptionId,
    status: s.status,
    quantity: s.quantity,
    collectionMethod: s.collectionMethod,
    currentPeriodEnd: iso(s.currentPeriodEnd),
    cancelAtPeriodEnd: s.cancelAtPeriodEnd,
    trialEnd: iso(s.trialEnd),
    gracePeriodEnd: iso(graceEnd),
    purchaseOrder: s.purchaseOrder,
  }
}

export function manualView(m: ManualSubscription): NonNullable<BillingPage['manualSubscription']> {
  return {
    id: m.id,
    periodEnd: m.periodEnd.toISOString(),
    note: m.note,
    recordedByName: m.recordedByName,
    createdAt: m.createdAt.toISOString(),
    endedAt: iso(m.endedAt),
  }
}

function invoiceView(i: MirrorInvoice): BillingPage['invoices'][number] {
  return {
    id: i.stripeInvoiceId,
    number: i.number,
    status: i.status,
    amountDue: i.amountDue,
    amountPaid: i.amountPaid,
    amountRemaining: i.amountRemaining,
    currency: i.currency,
    paidOutOfBand: i.paidOutOfBand,
    dueDate: iso(i.dueDate),
    createdAt: i.stripeCreatedAt.toISOString(),
    hostedInvoiceUrl: i.hostedInvoiceUrl,
    invoicePdf: i.invoicePdf,
  }
}
