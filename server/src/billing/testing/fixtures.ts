import type Stripe from 'stripe'
import { newId } from './ids.ts'

/**
 * Objects shaped like Stripe's for the pinned API version (stripe@23.1.0, `2026-10-28.endive`):
 * typed against the package's own declarations, so a field the version requires cannot be missing.
 * Every optional-but-present field the fake relies on is filled in as Stripe would.
 */

export const MONTH = 30 * 86400
export const API_VERSION = '2026-10-28.endive'

export { newId } from './ids.ts'

export function customer(input: {
  created: number
  email: string | null
  name: string | null
  metadata: Record<string, string>
}): Stripe.Customer {
  return {
    id: newId('cus'),
    object: 'customer',
    address: null,
    balance: 0,
    created: input.created,
    currency: null,
    default_source: null,
    delinquent: false,
    description: null,
    email: input.email,
    invoice_prefix: 'FAKE0001',
    invoice_settings: {
      custom_fields: null,
      default_payment_method: null,
      footer: null,
      rendering_options: null,
    },
    livemode: false,
    metadata: input.metadata,
    name: input.name,
    next_invoice_sequence: 1,
    phone: null,
    preferred_locales: [],
    shipping: null,
    tax_exempt: 'none',
    test_clock: null,
  }
}

export function price(input: {
  id: string
  unitAmount: number
  currency: string
  created: number
}): Stripe.Price {
  return {
    id: input.id,
    object: 'price',
    active: true,
    billing_scheme: 'per_unit',
    created: input.created,
    currency: input.currency,
    custom_unit_amount: null,
    livemode: false,
    lookup_key: null,
    metadata: {},
    nickname: 'Per covered service, monthly',
    product: 'prod_fakeheard',
    recurring: {
      interval: 'month',
      interval_count: 1,
      meter: null,
      trial_period_days: null,
      usage_type: 'licensed',
    },
    tax_behavior: 'exclusive',
    tiers_mode: null,
    transform_quantity: null,
    type: 'recurring',
    unit_amount: input.unitAmount,
    unit_amount_decimal: String(input.unitAmount) as unknown as Stripe.Decimal,
  }
}

export function planFor(p: Stripe.Price): Stripe.Plan {
  return {
    id: p.id,
    object: 'plan',
    active: true,
    amount: p.unit_amount,
    amount_decimal: p.unit_amount_decimal,
    billing_scheme: 'per_unit',
    created: p.created,
    currency: p.currency,
    interval: 'month',
    interval_count: 1,
    livemode: false,
    metadata: {},
    meter: null,
    nickname: p.nickname,
    product: p.product as string,
    tiers_mode: null,
    transform_usage: null,
    trial_period_days: null,
    usage_type: 'licensed',
  }
}

/** The fields of a subscription that Heard's tests never set. */
const subscriptionDefaults = () =>
  ({
    object: 'subscription',
    application: null,
    application_fee_percent: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null },
    billing_cycle_anchor_config: null,
    billing_mode: { flexible: null, type: 'classic' },
    billing_schedules: [],
    billing_thresholds: null,
    cancel_at: null,
    cancel_at_period_end: false,
    canceled_at: null,
    cancellation_details: { comment: null, feedback: null, feedback_option: null, reason: null },
    customer_account: null,
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    ended_at: null,
    latest_invoice: null,
    livemode: false,
    managed_payments: null,
    next_pending_invoice_item_invoice: null,
    on_behalf_of: null,
    pause_collection: null,
    payment_settings: {
      payment_method_options: null,
      payment_method_types: null,
      save_default_payment_method: 'off',
    },
    pending_invoice_item_interval: null,
    pending_setup_intent: null,
    pending_update: null,
    schedule: null,
    test_clock: null,
    transfer_data: null,
  }) satisfies Partial<Stripe.Subscription>

export function subscription(input: {
  customer: string
  price: Stripe.Price
  quantity: number
  status: Stripe.Subscription.Status
  collectionMethod: 'charge_automatically' | 'send_invoice'
  daysUntilDue: number | null
  periodStart: number
  trialEnd: number | null
  metadata: Record<string, string>
  customFields: { name: string; value: string }[] | null
}): Stripe.Subscription {
  const id = newId('sub')
  const item: Stripe.SubscriptionItem = {
    id: newId('si'),
    object: 'subscription_item',
    billing_thresholds: null,
    created: input.periodStart,
    current_period_end: input.trialEnd ?? input.periodStart + MONTH,
    current_period_start: input.periodStart,
    current_trial: null,
    discounts: [],
    metadata: {},
    plan: planFor(input.price),
    price: input.price,
    quantity: input.quantity,
    subscription: id,
    tax_rates: [],
  }
  return {
    ...subscriptionDefaults(),
    id,
    billing_cycle_anchor: input.periodStart,
    collection_method: input.collectionMethod,
    created: input.periodStart,
    currency: input.price.currency,
    customer: input.customer,
    days_until_due: input.daysUntilDue,
    invoice_settings: {
      account_tax_ids: null,
      custom_fields: input.customFields,
      description: null,
      footer: null,
      issuer: { type: 'self' },
    },
    items: {
      object: 'list',
      data: [item],
      has_more: false,
      url: `/v1/subscription_items?subscription=${id}`,
    },
    metadata: input.metadata,
    start_date: input.periodStart,
    status: input.status,
    trial_end: input.trialEnd,
    trial_settings: input.trialEnd
      ? { end_behavior: { billing_cycle_anchor: null, missing_payment_method: 'create_invoice' } }
      : null,
    trial_start: input.trialEnd ? input.periodStart : null,
  }
}

export { invoice, type LineInput } from './invoice-fixture.ts'

/** An event as Stripe signs and delivers it: a snapshot of the object at the time of the event. */
export function event(
  type: Stripe.Event.Type,
  object: { id: string },
  created: number,
  previousAttributes?: Record<string, unknown>,
): Stripe.Event {
  return {
    id: newId('evt'),
    object: 'event',
    api_version: API_VERSION,
    created,
    data: {
      object: structuredClone(object),
      ...(previousAttributes ? { previous_attributes: previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  } as Stripe.Event
}
