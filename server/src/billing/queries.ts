import type { Sql } from '../db.ts'

/** One row of Heard's mirror of a Stripe subscription. */
export interface MirrorSubscription {
  stripeSubscriptionId: string
  stripeCustomerId: string
  subscriberId: string
  status: string
  stripeItemId: string | null
  priceId: string | null
  quantity: number
  collectionMethod: 'charge_automatically' | 'send_invoice'
  daysUntilDue: number | null
  currentPeriodStart: Date | null
  currentPeriodEnd: Date | null
  cancelAtPeriodEnd: boolean
  cancelAt: Date | null
  canceledAt: Date | null
  endedAt: Date | null
  trialEnd: Date | null
  latestInvoiceId: string | null
  latestInvoiceStatus: string | null
  latestInvoiceDueDate: Date | null
  pastDueSince: Date | null
  purchaseOrder: string | null
  quantityVersion: number
  stripeCreatedAt: Date
}

export type SubscriptionWrite = Omit<MirrorSubscription, 'quantityVersion'>

export interface MirrorInvoice {
  stripeInvoiceId: string
  stripeCustomerId: string
  subscriberId: string
  stripeSubscriptionId: string | null
  number: string | null
  status: string | null
  collectionMethod: string | null
  currency: string
  amountDue: number
  amountPaid: number
  amountRemaining: number
  paidOutOfBand: boolean
  hostedInvoiceUrl: string | null
  invoicePdf: string | null
  dueDate: Date | null
  periodStart: Date | null
  periodEnd: Date | null
  stripeCreatedAt: Date
}

export interface ManualSubscription {
  id: string
  subscriberId: string
  periodEnd: Date
  note: string
  recordedBy: string | null
  recordedByName: string | null
  createdAt: Date
  endedAt: Date | null
}

export async function subscriberName(sql: Sql, subscriberId: string): Promise<string | undefined> {
  const [row] = await sql<{ name: string }[]>`select name from subscribers where id = ${subscriberId}`
  return row?.name
}

/** The billing quantity: every directory node within the subscriber's coverage, subtrees included. */
export async function countCoveredUnits(sql: Sql, subscriberId: string): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(distinct c.descendant_id)::int as n
    from subscriber_coverage cov join service_closure c on c.ancestor_id = cov.node_id
    where cov.subscriber_id = ${subscriberId}`
  return row!.n
}

export async function findCustomerId(sql: Sql, subscriberId: string): Promise<string | undefined> {
  const [row] = await sql<{ stripeCustomerId: string }[]>`
    select stripe_customer_id from billing_customers where subscriber_id = ${subscriberId}`
  return row?.stripeCustomerId
}

export async function findSubscriberForCustomer(sql: Sql, customerId: string): Promise<string | undefined> {
  const [row] = await sql<{ subscriberId: string }[]>`
    select subscriber_id from billing_customers where stripe_customer_id = ${customerId}`
  return row?.subscriberId
}

/** Records the subscriber's Stripe customer; the first one recorded wins. Returns the one kept. */
export async function insertCustomer(sql: Sql, subscriberId: string, customerId: string): Promise<string> {
  await sql`
    insert into billing_customers (subscriber_id, stripe_customer_id) values (${subscriberId}, ${customerId})
    on conflict do nothing`
  return (await findCustomerId(sql, subscriberId)) ?? customerId
}

export async function listCustomerIds(sql: Sql): Promise<string[]> {
  const rows = await sql<{ stripeCustomerId: string }[]>`
    select stripe_customer_id from billing_customers order by created_at`
  return rows.map((r) => r.stripeCustomerId)
}

/**
 * Writes Stripe's current state of a subscription. `past_due_since` keeps the earliest date
 * while the subscription stays past due, so that repeated or late events cannot extend the grace.
 */
export async function upsertSubscription(sql: Sql, s: SubscriptionWrite): Promise<void> {
  await sql`
    insert into billing_subscriptions (
      stripe_subscription_id, stripe_customer_id, subscriber_id, status, stripe_item_id, price_id, quantity,
      collection_method, days_until_due, current_period_start, current_period_end, cancel_at_period_end,
      cancel_at, canceled_at, ended_at, trial_end, latest_invoice_id, latest_invoice_status,
      latest_invoice_due_date, past_due_since, purchase_order, stripe_created_at, synced_at)
    values (
      ${s.stripeSubscriptionId}, ${s.stripeCustomerId}, ${s.subscriberId}, ${s.status}, ${s.stripeItemId},
      ${s.priceId}, ${s.quantity}, ${s.collectionMethod}, ${s.daysUntilDue}, ${s.currentPeriodStart},
      ${s.currentPeriodEnd}, ${s.cancelAtPeriodEnd}, ${s.cancelAt}, ${s.canceledAt}, ${s.endedAt},
      ${s.trialEnd}, ${s.latestInvoiceId}, ${s.latestInvoiceStatus}, ${s.latestInvoiceDueDate},
      ${s.pastDueSince}, ${s.purchaseOrder}, ${s.stripeCreatedAt}, now())
    on conflict (stripe_subscription_id) do update set
      status = excluded.status, stripe_item_id = excluded.stripe_item_id, price_id = excluded.price_id,
      quantity = excluded.quantity, collection_method = excluded.collection_method,
      days_until_due = excluded.days_until_due, current_period_start = excluded.current_period_start,
      current_period_end = excluded.current_period_end, cancel_at_period_end = excluded.cancel_at_period_end,
      cancel_at = excluded.cancel_at, canceled_at = excluded.canceled_at, ended_at = excluded.ended_at,
      trial_end = excluded.trial_end, latest_invoice_id = excluded.latest_invoice_id,
      latest_invoice_status = excluded.latest_invoice_status,
      latest_invoice_due_date = excluded.latest_invoice_due_date,
      past_due_since = case when excluded.past_due_since is null then null
        else least(billing_subscriptions.past_due_since, excluded.past_due_since) end,
      purchase_order = excluded.purchase_order, synced_at = now()`
}

export async function upsertInvoice(sql: Sql, i: MirrorInvoice): Promise<void> {
  await sql`
    insert into billing_invoices (
      stripe_invoice_id, stripe_customer_id, subscriber_id, stripe_subscription_id, number, status,
      collection_method, currency, amount_due, amount_paid, amount_remaining, paid_out_of_band,
      hosted_invoice_url, invoice_pdf, due_date, period_start, period_end, stripe_created_at, synced_at)
    values (
      ${i.stripeInvoiceId}, ${i.stripeCustomerId}, ${i.subscriberId}, ${i.stripeSubscriptionId}, ${i.number},
      ${i.status}, ${i.collectionMethod}, ${i.currency}, ${i.amountDue}, ${i.amountPaid}, ${i.amountRemaining},
      ${i.paidOutOfBand}, ${i.hostedInvoiceUrl}, ${i.invoicePdf}, ${i.dueDate}, ${i.periodStart},
      ${i.periodEnd}, ${i.stripeCreatedAt}, now())
    on conflict (stripe_invoice_id) do update set
      stripe_subscription_id = excluded.stripe_subscription_id, number = excluded.number,
      status = excluded.status, collection_method = excluded.collection_method,
      amount_due = excluded.amount_due, amount_paid = excluded.amount_paid,
      amount_remaining = excluded.amount_remaining, paid_out_of_band = excluded.paid_out_of_band,
      hosted_invoice_url = excluded.hosted_invoice_url, invoice_pdf = excluded.invoice_pdf,
      due_date = excluded.due_date, period_start = excluded.period_start, period_end = excluded.period_end,
      synced_at = now()`
}

export async function listSubscriptions(sql: Sql, subscriberId: string): Promise<MirrorSubscription[]> {
  return sql<MirrorSubscription[]>`
    select stripe_subscription_id, stripe_customer_id, subscriber_id, status, stripe_item_id, price_id, quantity,
      collection_method, days_until_due, current_period_start, current_period_end, cancel_at_period_end,
      cancel_at, canceled_at, ended_at, trial_end, latest_invoice_id, latest_invoice_status,
      latest_invoice_due_date, past_due_since, purchase_order, quantity_version, stripe_created_at
    from billing_subscriptions where subscriber_id = ${subscriberId}
    order by stripe_created_at desc, stripe_subscription_id desc`
}

export async function getSubscription(sql: Sql, id: string): Promise<MirrorSubscription | undefined> {
  const [row] = await sql<MirrorSubscription[]>`
    select stripe_subscription_id, stripe_customer_id, subscriber_id, status, stripe_item_id, price_id, quantity,
      collection_method, days_until_due, current_period_start, current_period_end, cancel_at_period_end,
      cancel_at, canceled_at, ended_at, trial_end, latest_invoice_id, latest_invoice_status,
      latest_invoice_due_date, past_due_since, purchase_order, quantity_version, stripe_created_at
    from billing_subscriptions where stripe_subscription_id = ${id}`
  return row
}

/** The next quantity version of a subscription (see the column's comment in 00030_billing.sql). */
export async function bumpQuantityVersion(sql: Sql, subscriptionId: string): Promise<number> {
  const [row] = await sql<{ quantityVersion: number }[]>`
    update billing_subscriptions set quantity_version = quantity_version + 1
    where stripe_subscription_id = ${subscriptionId} returning quantity_version`
  return row!.quantityVersion
}

export async function listInvoices(sql: Sql, subscriberId: string, limit = 24): Promise<MirrorInvoice[]> {
  return sql<MirrorInvoice[]>`
    select stripe_invoice_id, stripe_customer_id, subscriber_id, stripe_subscription_id, number, status,
      collection_method, currency, amount_due::int, amount_paid::int, amount_remaining::int, paid_out_of_band,
      hosted_invoice_url, invoice_pdf, due_date, period_start, period_end, stripe_created_at
    from billing_invoices where subscriber_id = ${subscriberId} and status <> 'draft'
    order by stripe_created_at desc, stripe_invoice_id desc limit ${limit}`
}

export async function getInvoice(sql: Sql, id: string): Promise<MirrorInvoice | undefined> {
  const [row] = await sql<MirrorInvoice[]>`
    select stripe_invoice_id, stripe_customer_id, subscriber_id, stripe_subscription_id, number, status,
      collection_method, currency, amount_due::int, amount_paid::int, amount_remaining::int, paid_out_of_band,
      hosted_invoice_url, invoice_pdf, due_date, period_start, period_end, stripe_created_at
    from billing_invoices where stripe_invoice_id = ${id}`
  return row
}

/** Records the event id; false when it was recorded before (a repeat delivery). */
export async function recordEvent(
  sql: Sql,
  e: { id: string; type: string; customerId: string | null; created: Date },
): Promise<boolean> {
  const rows = await sql`
    insert into billing_events (event_id, type, stripe_customer_id, stripe_created_at)
    values (${e.id}, ${e.type}, ${e.customerId}, ${e.created})
    on conflict (event_id) do nothing returning event_id`
  return rows.length === 1
}

export async function insertManualSubscription(
  sql: Sql,
  input: { subscriberId: string; periodEnd: Date; note: string; recordedBy: string | null },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into manual_subscriptions (subscriber_id, period_end, note, recorded_by)
    values (${input.subscriberId}, ${input.periodEnd}, ${input.note}, ${input.recordedBy})
    returning id`
  return row!.id
}

export async function listManualSubscriptions(sql: Sql, subscriberId: string): Promise<ManualSubscription[]> {
  return sql<ManualSubscription[]>`
    select m.id, m.subscriber_id, m.period_end, m.note, m.recorded_by, u.name as recorded_by_name,
      m.created_at, m.ended_at
    from manual_subscriptions m left join users u on u.id = m.recorded_by
    where m.subscriber_id = ${subscriberId}
    order by m.period_end desc, m.created_at desc`
}

/** Ends a manual subscription now; false when there is no such live one for this subscriber. */
export async function endManualSubscription(sql: Sql, subscriberId: string, id: string): Promise<boolean> {
  const rows = await sql`
    update manual_subscriptions set ended_at = now()
    where id = ${id} and subscriber_id = ${subscriberId} and ended_at is null returning id`
  return rows.length === 1
}

/** Where billing mail goes: the subscriber's admins who are not frozen. */
export async function adminEmails(sql: Sql, subscriberId: string): Promise<string[]> {
  const rows = await sql<{ email: string }[]>`
    select u.email from memberships m join users u on u.id = m.user_id
    where m.subscriber_id = ${subscriberId} and m.role = 'admin' and not m.frozen
    order by u.email`
  return rows.map((r) => r.email)
}
