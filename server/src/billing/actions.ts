import { createHash } from 'node:crypto'
import type { Sql, SqlPool } from '../db.ts'
import { AppError } from '../errors.ts'
import { log } from '../log.ts'
import {
  countCoveredUnits,
  findCustomerId,
  insertCustomer,
  listSubscriptions,
  subscriberName,
} from './queries.ts'
import type { InvoiceBillingRequest } from './schemas.ts'
import { stripeFailure, type StripeBilling } from './stripe-client.ts'
import { lockCustomer, syncCustomer } from './sync.ts'

/** Days an invoice for a public body may stay unpaid; access continues meanwhile (README, "Billing"). */
export const INVOICE_DAYS_UNTIL_DUE = 30
const SUBSCRIBER_LOCK = 60_307
/** A Stripe subscription in one of these states stops a second one being started. */
const ENDED = new Set(['canceled', 'incomplete_expired'])

export const billingPageUrl = (publicUrl: string, subscriberId: string) =>
  `${publicUrl}/portal/subscribers/${subscriberId}/billing`

async function withStripe<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn()
  } catch (err) {
    if (!(err as { type?: string }).type?.startsWith('Stripe')) throw err
    log.warn('billing_stripe_failed', {
      type: (err as { type?: string }).type,
      status: (err as { statusCode?: number }).statusCode,
    })
    throw stripeFailure(err)
  }
}

/**
 * The subscriber's Stripe customer, created (with the subscriber's id in its metadata) and
 * recorded before anything else is sent to Stripe. One per subscriber: creation holds the
 * subscriber's lock, and the idempotency key makes a retried creation return the same customer.
 */
export async function ensureCustomer(tx: Sql, billing: StripeBilling, subscriberId: string): Promise<string> {
  await tx`select pg_advisory_xact_lock(${SUBSCRIBER_LOCK}, hashtext(${subscriberId}))`
  const known = await findCustomerId(tx, subscriberId)
  if (known) return known
  const name = await subscriberName(tx, subscriberId)
  const customer = await withStripe(() =>
    billing.stripe.customers.create(
      { name, metadata: { subscriber_id: subscriberId } },
      { idempotencyKey: `customer-${subscriberId}` },
    ),
  )
  log.info('billing_customer_created', { subscriberId, customerId: customer.id })
  return insertCustomer(tx, subscriberId, customer.id)
}

async function assertCanStart(tx: Sql, subscriberId: string): Promise<number> {
  const live = (await listSubscriptions(tx, subscriberId)).find((s) => !ENDED.has(s.status))
  if (live) {
    throw new AppError(
      'conflict',
      'This organisation already has a subscription. Manage it in the billing portal.',
    )
  }
  const units = await countCoveredUnits(tx, subscriberId)
  if (units < 1)
    throw new AppError('conflict', 'Choose the services your organisation covers before subscribing.')
  return units
}

/**
 * A Stripe Checkout page for a new subscription, card or Direct Debit: one line of the per-unit
 * price times the covered units. Access comes only from the subscription once it is synced, never
 * from the success redirect.
 */
export async function startCheckout(
  sql: SqlPool,
  billing: StripeBilling,
  subscriberId: string,
  publicUrl: string,
): Promise<string> {
  return sql.begin(async (tx) => {
    const quantity = await assertCanStart(tx, subscriberId)
    const customer = await ensureCustomer(tx, billing, subscriberId)
    // One Checkout at a time: an older page left open could otherwise start a second subscription.
    const open = await withStripe(() =>
      billing.stripe.checkout.sessions.list({ customer, status: 'open', limit: 100 }),
    )
    for (const earlier of open.data)
      await withStripe(() => billing.stripe.checkout.sessions.expire(earlier.id))
    const page = billingPageUrl(publicUrl, subscriberId)
    const session = await withStripe(() =>
      billing.stripe.checkout.sessions.create({
        mode: 'subscription',
        customer,
        client_reference_id: subscriberId,
        line_items: [{ price: billing.priceId, quantity }],
        billing_address_collection: 'required',
        customer_update: { address: 'auto', name: 'auto' },
        tax_id_collection: { enabled: true },
        subscription_data: { metadata: { subscriber_id: subscriberId } },
        metadata: { subscriber_id: subscriberId },
        success_url: `${page}?checkout=success`,
        cancel_url: `${page}?checkout=cancelled`,
      }),
    )
    log.info('billing_checkout_started', { subscriberId, customerId: customer, sessionId: session.id })
    return session.url!
  })
}

/** A Customer Portal session: payment methods, invoices, billing address, cancellation. */
export async function openCustomerPortal(
  sql: SqlPool,
  billing: StripeBilling,
  subscriberId: string,
  publicUrl: string,
): Promise<string> {
  const customer = await findCustomerId(sql, subscriberId)
  if (!customer)
    throw new AppError('conflict', 'There is no billing account yet. Start a subscription first.')
  const session = await withStripe(() =>
    billing.stripe.billingPortal.sessions.create({
      customer,
      return_url: billingPageUrl(publicUrl, subscriberId),
    }),
  )
  return session.url
}

/**
 * Invoice billing for public bodies: a subscription that Stripe invoices (30 days to pay, the
 * purchase order on every invoice) and emails to `billingEmail`. Access starts when the invoice is
 * issued (see entitlements.ts). The mirror is synced from Stripe at once, under the customer's lock.
 */
export async function startInvoiceBilling(
  sql: SqlPool,
  billing: StripeBilling,
  subscriberId: string,
  input: InvoiceBillingRequest,
): Promise<void> {
  await sql.begin(async (tx) => {
    const quantity = await assertCanStart(tx, subscriberId)
    const customer = await ensureCustomer(tx, billing, subscriberId)
    // Held until commit: webhooks about the new subscription wait, then re-read it.
    await lockCustomer(tx, customer)
    await withStripe(() => billing.stripe.customers.update(customer, { email: input.billingEmail }))
    const order = createHash('sha256').update(input.purchaseOrder).digest('hex').slice(0, 16)
    const subscription = await withStripe(() =>
      billing.stripe.subscriptions.create(
        {
          customer,
          items: [{ price: billing.priceId, quantity }],
          collection_method: 'send_invoice',
          days_until_due: INVOICE_DAYS_UNTIL_DUE,
          invoice_settings: { custom_fields: [{ name: 'Purchase order', value: input.purchaseOrder }] },
          metadata: { subscriber_id: subscriberId, purchase_order: input.purchaseOrder },
        },
        { idempotencyKey: `invoice-billing-${subscriberId}-${order}` },
      ),
    )
    await withStripe(() => syncCustomer(tx, billing.stripe, customer))
    log.info('billing_invoice_subscription_created', {
      subscriberId,
      customerId: customer,
      subscriptionId: subscription.id,
    })
  })
}
