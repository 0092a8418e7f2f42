import type Stripe from 'stripe'
import { newId } from './ids.ts'

/** An invoice shaped like Stripe's at the pinned API version (see fixtures.ts). */
export interface LineInput {
  amount: number
  quantity: number
  description: string
  proration: boolean
  periodStart: number
  periodEnd: number
}

type InvoiceInput = {
  customer: string
  subscription: Stripe.Subscription | null
  status: Stripe.Invoice.Status
  created: number
  lines: LineInput[]
  collectionMethod: 'charge_automatically' | 'send_invoice'
  dueDate: number | null
  customFields: { name: string; value: string }[] | null
  billingReason: Stripe.Invoice.BillingReason
  preview?: boolean
}

function lineItem(l: LineInput, invoiceId: string, sub: Stripe.Subscription | null): Stripe.InvoiceLineItem {
  return {
    id: newId('il'),
    object: 'line_item',
    amount: l.amount,
    currency: 'gbp',
    description: l.description,
    discount_amounts: [],
    discountable: !l.proration,
    discounts: [],
    invoice: invoiceId,
    livemode: false,
    metadata: {},
    parent: sub
      ? {
          type: 'subscription_item_details',
          invoice_item_details: null,
          subscription_item_details: {
            invoice_item: null,
            proration: l.proration,
            proration_details: { credited_items: null },
            subscription: sub.id,
            subscription_item: sub.items.data[0]!.id,
          },
        }
      : null,
    period: { start: l.periodStart, end: l.periodEnd },
    pretax_credit_amounts: [],
    pricing: null,
    quantity: l.quantity,
    quantity_decimal: String(l.quantity) as unknown as Stripe.Decimal,
    subscription: sub?.id ?? null,
    subtotal: l.amount,
    taxes: [],
  }
}

/** The fields of an invoice that Heard's tests never set. */
const invoiceDefaults = () =>
  ({
    object: 'invoice',
    account_country: 'GB',
    account_name: 'Heard (test)',
    account_tax_ids: null,
    amount_overpaid: 0,
    amount_shipping: 0,
    application: null,
    automatic_tax: { disabled_reason: null, enabled: false, liability: null, provider: null, status: null },
    automatically_finalizes_at: null,
    currency: 'gbp',
    customer_account: null,
    customer_address: null,
    customer_email: null,
    customer_name: null,
    customer_phone: null,
    customer_shipping: null,
    customer_tax_exempt: 'none',
    customer_tax_ids: [],
    default_payment_method: null,
    default_source: null,
    default_tax_rates: [],
    description: null,
    discounts: [],
    footer: null,
    from_invoice: null,
    issuer: { type: 'self' },
    last_finalization_error: null,
    latest_revision: null,
    livemode: false,
    metadata: {},
    next_payment_attempt: null,
    on_behalf_of: null,
    payment_settings: { default_mandate: null, payment_method_options: null, payment_method_types: null },
    post_payment_credit_notes_amount: 0,
    pre_payment_credit_notes_amount: 0,
    receipt_number: null,
    rendering: null,
    shipping_cost: null,
    shipping_details: null,
    starting_balance: 0,
    statement_descriptor: null,
    test_clock: null,
    total_discount_amounts: [],
    total_pretax_credit_amounts: [],
    total_taxes: [],
  }) satisfies Partial<Stripe.Invoice>

export function invoice(input: InvoiceInput): Stripe.Invoice {
  const id = input.preview ? newId('upcoming_in') : newId('in')
  const total = input.lines.reduce((sum, l) => sum + l.amount, 0)
  const paid = input.status === 'paid'
  const charged = paid && input.collectionMethod === 'charge_automatically'
  const finalized = input.status !== 'draft' && !input.preview
  const sub = input.subscription
  return {
    ...invoiceDefaults(),
    id,
    amount_due: total,
    amount_paid: paid ? total : 0,
    amount_remaining: paid ? 0 : total,
    attempt_count: charged ? 1 : 0,
    attempted: charged,
    auto_advance: !paid,
    billing_reason: input.billingReason,
    collection_method: input.collectionMethod,
    created: input.created,
    custom_fields: input.customFields,
    customer: input.customer,
    due_date: input.dueDate,
    effective_at: finalized ? input.created : null,
    ending_balance: finalized ? 0 : null,
    hosted_invoice_url: finalized ? `https://invoice.stripe.test/i/${id}` : null,
    invoice_pdf: finalized ? `https://pay.stripe.test/invoice/${id}/pdf` : null,
    lines: {
      object: 'list',
      data: input.lines.map((l) => lineItem(l, id, sub)),
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
    number: finalized ? `FAKE-${id.slice(-6)}` : null,
    parent: sub
      ? {
          type: 'subscription_details',
          quote_details: null,
          subscription_details: { metadata: sub.metadata, subscription: sub.id },
        }
      : null,
    period_end: input.lines[0]?.periodEnd ?? input.created,
    period_start: input.lines[0]?.periodStart ?? input.created,
    status: input.status,
    status_transitions: {
      finalized_at: finalized ? input.created : null,
      marked_uncollectible_at: null,
      paid_at: paid ? input.created : null,
      voided_at: null,
    },
    subtotal: total,
    subtotal_excluding_tax: total,
    total,
    total_excluding_tax: total,
    webhooks_delivered_at: input.created,
  }
}
