import type Stripe from 'stripe'
import type { Config } from '../config.ts'
import type { Sql, SqlPool } from '../db.ts'
import { log } from '../log.ts'
import {
  bumpQuantityVersion,
  countCoveredUnits,
  findCustomerId,
  listSubscriptions,
  type MirrorSubscription,
} from './queries.ts'
import type { QuantityPreview } from './schemas.ts'
import { billingFor, type StripeBilling } from './stripe-client.ts'
import { fromUnix, syncCustomer } from './sync.ts'

/** Subscriptions whose quantity follows coverage. */
const BILLED = new Set(['active', 'trialing', 'past_due'])

export const billedSubscription = (subs: MirrorSubscription[]) => subs.find((s) => BILLED.has(s.status))

/** The quantity Stripe should bill: the covered units, and never less than one. */
export const quantityFor = (coveredUnits: number) => Math.max(1, coveredUnits)

export async function priceFacts(billing: StripeBilling) {
  const price = await billing.stripe.prices.retrieve(billing.priceId)
  return {
    unitAmount: price.unit_amount,
    currency: price.currency,
    interval: price.recurring?.interval ?? null,
  }
}

/**
 * What covering `quantity` units would cost: the prorated amount for the rest of this period and
 * the next invoice, from Stripe's own invoice preview. Without a subscription, the unit price.
 */
export async function previewQuantity(
  sql: SqlPool,
  billing: StripeBilling | undefined,
  subscriberId: string,
  quantity: number,
): Promise<QuantityPreview> {
  const empty = {
    configured: Boolean(billing),
    hasSubscription: false,
    currentQuantity: null,
    quantity,
    currency: null,
    unitAmount: null,
    interval: null,
    prorationAmount: null,
    nextInvoiceAmount: null,
    nextInvoiceDate: null,
  }
  if (!billing) return empty
  const price = await priceFacts(billing)
  const subscription = billedSubscription(await listSubscriptions(sql, subscriberId))
  if (!subscription?.stripeItemId) return { ...empty, ...price }
  const preview = await billing.stripe.invoices.createPreview({
    customer: subscription.stripeCustomerId,
    subscription: subscription.stripeSubscriptionId,
    subscription_details: {
      items: [{ id: subscription.stripeItemId, quantity }],
      proration_behavior: 'create_prorations',
    },
  })
  return {
    ...price,
    configured: true,
    hasSubscription: true,
    currentQuantity: subscription.quantity,
    quantity,
    prorationAmount: prorationTotal(preview),
    nextInvoiceAmount: preview.amount_due,
    nextInvoiceDate: fromUnix(preview.next_payment_attempt ?? preview.period_end)?.toISOString() ?? null,
  }
}

export const prorationTotal = (invoice: Stripe.Invoice) =>
  invoice.lines.data
    .filter((l) => l.parent?.subscription_item_details?.proration)
    .reduce((sum, l) => sum + l.amount, 0)

export type QuantityChange =
  | { status: 'updated'; quantity: number; previous: number; idempotencyKey: string }
  | { status: 'unchanged' | 'no_subscription'; quantity: number }

/**
 * Sets the Stripe quantity to the covered units. Under the customer's lock: re-read Stripe, and if
 * the quantity differs, update it with a deterministic idempotency key
 * (`qty-<subscription>-<quantity>-<version>`): a retry of the same change is applied once, while a
 * later change back to an earlier quantity gets a new version and is applied again.
 */
export async function applyCoverageQuantity(
  sql: SqlPool,
  billing: StripeBilling,
  subscriberId: string,
): Promise<QuantityChange> {
  const customerId = await findCustomerId(sql, subscriberId)
  if (!customerId)
    return { status: 'no_subscription', quantity: quantityFor(await countCoveredUnits(sql, subscriberId)) }
  return sql.begin(async (tx) => {
    await syncCustomer(tx, billing.stripe, customerId)
    return adjustQuantity(tx, billing, subscriberId, customerId)
  })
}

/** The quantity step of `applyCoverageQuantity`, for a customer just synced under its lock. */
export async function adjustQuantity(
  tx: Sql,
  billing: StripeBilling,
  subscriberId: string,
  customerId: string,
): Promise<QuantityChange> {
  const wanted = quantityFor(await countCoveredUnits(tx, subscriberId))
  const subscription = billedSubscription(await listSubscriptions(tx, subscriberId))
  if (!subscription?.stripeItemId) return { status: 'no_subscription', quantity: wanted }
  if (subscription.quantity === wanted) return { status: 'unchanged', quantity: wanted }
  const version = await bumpQuantityVersion(tx, subscription.stripeSubscriptionId)
  const idempotencyKey = `qty-${subscription.stripeSubscriptionId}-${wanted}-${version}`
  await billing.stripe.subscriptions.update(
    subscription.stripeSubscriptionId,
    { items: [{ id: subscription.stripeItemId, quantity: wanted }], proration_behavior: 'create_prorations' },
    { idempotencyKey },
  )
  await syncCustomer(tx, billing.stripe, customerId)
  log.info('billing_quantity_changed', {
    subscriberId,
    subscriptionId: subscription.stripeSubscriptionId,
    from: subscription.quantity,
    to: wanted,
  })
  return { status: 'updated', quantity: wanted, previous: subscription.quantity, idempotencyKey }
}

/**
 * For the coverage endpoint: call after a coverage change has committed. Never throws: when Stripe
 * cannot be reached, the daily reconcile sets the quantity later.
 */
export async function onCoverageChanged(
  deps: { sql: SqlPool; config: Config },
  subscriberId: string,
): Promise<QuantityChange | { status: 'not_configured' | 'failed' }> {
  const billing = billingFor(deps.config)
  if (!billing) return { status: 'not_configured' }
  try {
    return await applyCoverageQuantity(deps.sql, billing, subscriberId)
  } catch (err) {
    log.warn('billing_quantity_failed', { subscriberId, error: (err as Error).name })
    return { status: 'failed' }
  }
}
