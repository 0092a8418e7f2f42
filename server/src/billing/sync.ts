import type Stripe from 'stripe'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import {
  findSubscriberForCustomer,
  insertCustomer,
  upsertInvoice,
  upsertSubscription,
  type MirrorInvoice,
  type SubscriptionWrite,
} from './queries.ts'

/** Namespace of billing's advisory locks (the second key is the customer id's hash). */
const BILLING_LOCK = 60_306
/** How many of a customer's most recent invoices the mirror keeps in step. */
const INVOICES_SYNCED = 24

export const fromUnix = (seconds: number | null | undefined): Date | null =>
  seconds ? new Date(seconds * 1000) : null

export const idOf = (ref: string | { id: string } | null | undefined): string | null =>
  ref == null ? null : typeof ref === 'string' ? ref : ref.id

/**
 * Takes the customer's lock for the rest of the transaction: every write of a customer's mirror
 * (webhooks, reconcile, Heard's own changes) happens one at a time, each after reading Stripe.
 */
export async function lockCustomer(tx: Sql, customerId: string): Promise<void> {
  await tx`select pg_advisory_xact_lock(${BILLING_LOCK}, hashtext(${customerId}))`
}

export interface SyncResult {
  subscriberId: string
  subscriptions: number
  invoices: number
}

/**
 * Re-reads a customer's subscriptions and recent invoices from Stripe and rewrites the mirror,
 * under the customer's lock: whatever events arrived, late, twice or out of order, the mirror
 * ends up as Stripe is now. Returns undefined for a customer that belongs to no subscriber.
 * Must run inside a transaction.
 */
export async function syncCustomer(
  tx: Sql,
  stripe: Stripe,
  customerId: string,
): Promise<SyncResult | undefined> {
  await lockCustomer(tx, customerId)
  const subscriberId = await subscriberOf(tx, stripe, customerId)
  if (!subscriberId) return undefined
  const subscriptions = await stripe.subscriptions
    .list({ customer: customerId, status: 'all', limit: 100, expand: ['data.latest_invoice'] })
    .autoPagingToArray({ limit: 1000 })
  for (const s of subscriptions) await upsertSubscription(tx, subscriptionRow(s, subscriberId))
  const invoices = await stripe.invoices.list({ customer: customerId, limit: INVOICES_SYNCED })
  for (const i of invoices.data) await upsertInvoice(tx, invoiceRow(i, subscriberId))
  return { subscriberId, subscriptions: subscriptions.length, invoices: invoices.data.length }
}

/**
 * The subscriber a Stripe customer belongs to: from the mirror, or (for a customer Heard created
 * but never recorded, e.g. a crash in between) from the `subscriber_id` in its metadata.
 */
async function subscriberOf(tx: Sql, stripe: Stripe, customerId: string): Promise<string | undefined> {
  const known = await findSubscriberForCustomer(tx, customerId)
  if (known) return known
  const customer = await stripe.customers.retrieve(customerId)
  const subscriberId = customer.deleted ? undefined : customer.metadata.subscriber_id
  if (!subscriberId || !/^[0-9a-f-]{36}$/i.test(subscriberId)) {
    log.warn('billing_unknown_customer', { customerId })
    return undefined
  }
  const [exists] = await tx`select 1 from subscribers where id = ${subscriberId}`
  if (!exists) {
    log.warn('billing_unknown_customer', { customerId, subscriberId })
    return undefined
  }
  const kept = await insertCustomer(tx, subscriberId, customerId)
  return kept === customerId ? subscriberId : undefined
}

const PAST_DUE = new Set(['past_due', 'unpaid'])

export function subscriptionRow(s: Stripe.Subscription, subscriberId: string): SubscriptionWrite {
  const item = s.items.data[0]
  const latest = typeof s.latest_invoice === 'object' ? s.latest_invoice : null
  const openInvoiceDue =
    latest?.status === 'open'
      ? (latest.due_date ?? latest.status_transitions.finalized_at ?? latest.created)
      : null
  return {
    stripeSubscriptionId: s.id,
    stripeCustomerId: idOf(s.customer)!,
    subscriberId,
    status: s.status,
    stripeItemId: item?.id ?? null,
    priceId: item?.price.id ?? null,
    quantity: item?.quantity ?? 0,
    collectionMethod: s.collection_method === 'send_invoice' ? 'send_invoice' : 'charge_automatically',
    daysUntilDue: s.days_until_due,
    currentPeriodStart: fromUnix(item?.current_period_start),
    currentPeriodEnd: fromUnix(item?.current_period_end),
    cancelAtPeriodEnd: s.cancel_at_period_end,
    cancelAt: fromUnix(s.cancel_at),
    canceledAt: fromUnix(s.canceled_at),
    endedAt: fromUnix(s.ended_at),
    trialEnd: fromUnix(s.trial_end),
    latestInvoiceId: idOf(s.latest_invoice),
    latestInvoiceStatus: latest?.status ?? null,
    latestInvoiceDueDate: fromUnix(latest?.due_date),
    // Past due since the unpaid invoice fell due; the database keeps the earliest such date.
    pastDueSince: PAST_DUE.has(s.status) ? (fromUnix(openInvoiceDue) ?? new Date()) : null,
    purchaseOrder: s.metadata.purchase_order ?? null,
    stripeCreatedAt: new Date(s.created * 1000),
  }
}

export function invoiceRow(i: Stripe.Invoice, subscriberId: string): MirrorInvoice {
  return {
    stripeInvoiceId: i.id,
    stripeCustomerId: idOf(i.customer)!,
    subscriberId,
    stripeSubscriptionId: idOf(i.parent?.subscription_details?.subscription),
    number: i.number,
    status: i.status,
    collectionMethod: i.collection_method,
    currency: i.currency,
    amountDue: i.amount_due,
    amountPaid: i.amount_paid,
    amountRemaining: i.amount_remaining,
    paidOutOfBand: (i.amount_paid_off_stripe ?? 0) > 0,
    hostedInvoiceUrl: i.hosted_invoice_url ?? null,
    invoicePdf: i.invoice_pdf ?? null,
    dueDate: fromUnix(i.due_date),
    periodStart: fromUnix(i.period_start),
    periodEnd: fromUnix(i.period_end),
    stripeCreatedAt: new Date(i.created * 1000),
  }
}
