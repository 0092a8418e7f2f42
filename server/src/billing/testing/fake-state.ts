import type Stripe from 'stripe'
import * as fx from './fixtures.ts'

export const FAKE_PRICE_ID = 'price_fake_per_unit'
export const FAKE_UNIT_AMOUNT = 1200

/**
 * What the fake Stripe account holds, and what happens to it: the API handlers and the test
 * scenarios (a renewal that fails, a trial that ends …) change it through these methods. Each
 * change records the events Stripe would send; tests deliver them, or don't, in any order.
 */
export class FakeStripeState {
  now = Math.floor(Date.now() / 1000)
  readonly customers = new Map<string, Stripe.Customer>()
  readonly prices = new Map<string, Stripe.Price>()
  readonly subscriptions = new Map<string, Stripe.Subscription>()
  readonly invoices = new Map<string, Stripe.Invoice>()
  readonly checkoutSessions = new Map<string, Stripe.Checkout.Session>()
  /** Proration lines waiting for the subscription's next invoice. */
  readonly pendingLines = new Map<string, fx.LineInput[]>()
  readonly events: Stripe.Event[] = []

  constructor() {
    this.prices.set(
      FAKE_PRICE_ID,
      fx.price({ id: FAKE_PRICE_ID, unitAmount: FAKE_UNIT_AMOUNT, currency: 'gbp', created: this.now }),
    )
  }

  advance(seconds: number): void {
    this.now += seconds
  }

  emit(type: Stripe.Event.Type, object: { id: string }, previous?: Record<string, unknown>): Stripe.Event {
    const e = fx.event(type, object, this.now, previous)
    this.events.push(e)
    return e
  }

  unitAmount(sub: Stripe.Subscription): number {
    return sub.items.data[0]!.price.unit_amount ?? 0
  }

  item(sub: Stripe.Subscription): Stripe.SubscriptionItem {
    return sub.items.data[0]!
  }

  createSubscription(input: {
    customer: string
    priceId: string
    quantity: number
    collectionMethod: 'charge_automatically' | 'send_invoice'
    daysUntilDue?: number
    trialDays?: number
    metadata: Record<string, string>
    customFields?: { name: string; value: string }[]
  }): { subscription: Stripe.Subscription; invoice: Stripe.Invoice; events: Stripe.Event[] } {
    const price = this.prices.get(input.priceId)!
    const trialEnd = input.trialDays ? this.now + input.trialDays * 86400 : null
    const sendInvoice = input.collectionMethod === 'send_invoice'
    const sub = fx.subscription({
      customer: input.customer,
      price,
      quantity: input.quantity,
      status: trialEnd ? 'trialing' : 'active',
      collectionMethod: input.collectionMethod,
      daysUntilDue: sendInvoice ? (input.daysUntilDue ?? 30) : null,
      periodStart: this.now,
      trialEnd,
      metadata: input.metadata,
      customFields: input.customFields ?? null,
    })
    const invoice = this.newInvoice(sub, {
      status: sendInvoice ? 'open' : 'paid',
      amount: trialEnd ? 0 : input.quantity * (price.unit_amount ?? 0),
      reason: 'subscription_create',
    })
    this.subscriptions.set(sub.id, sub)
    const events = [
      this.emit('customer.subscription.created', sub),
      this.emit('invoice.finalized', invoice),
      ...(sendInvoice ? [this.emit('invoice.sent', invoice)] : [this.emit('invoice.paid', invoice)]),
    ]
    return { subscription: sub, invoice, events }
  }

  newInvoice(
    sub: Stripe.Subscription,
    input: { status: Stripe.Invoice.Status; amount: number; reason: Stripe.Invoice.BillingReason },
  ): Stripe.Invoice {
    const item = this.item(sub)
    const pending = this.pendingLines.get(sub.id) ?? []
    this.pendingLines.delete(sub.id)
    const invoice = fx.invoice({
      customer: sub.customer as string,
      subscription: sub,
      status: input.status,
      created: this.now,
      collectionMethod: sub.collection_method as 'charge_automatically' | 'send_invoice',
      dueDate: sub.days_until_due ? this.now + sub.days_until_due * 86400 : null,
      customFields: sub.invoice_settings.custom_fields,
      billingReason: input.reason,
      lines: [
        ...pending,
        {
          amount: input.amount,
          quantity: item.quantity ?? 1,
          description: `${item.quantity} × Covered service (at £${(this.unitAmount(sub) / 100).toFixed(2)} / month)`,
          proration: false,
          periodStart: item.current_period_start,
          periodEnd: item.current_period_end,
        },
      ],
    })
    if (input.status === 'open' && sub.collection_method === 'charge_automatically') {
      invoice.attempt_count = 1
      invoice.attempted = true
      invoice.next_payment_attempt = this.now + 3 * 86400
    }
    this.invoices.set(invoice.id, invoice)
    sub.latest_invoice = invoice.id
    return invoice
  }

  /** The subscription as the API returns it, with `latest_invoice` expanded when asked. */
  view(sub: Stripe.Subscription, expandInvoice: boolean): Stripe.Subscription {
    const copy = structuredClone(sub)
    if (expandInvoice && typeof sub.latest_invoice === 'string') {
      copy.latest_invoice = structuredClone(this.invoices.get(sub.latest_invoice)!)
    }
    return copy
  }

  setStatus(sub: Stripe.Subscription, status: Stripe.Subscription.Status): Record<string, unknown> {
    const previous = { status: sub.status }
    sub.status = status
    return previous
  }

  /** The subscription rolls into its next period: a new invoice, paid or failed. */
  renew(subId: string, { paymentSucceeds }: { paymentSucceeds: boolean }): Stripe.Event[] {
    const sub = this.subscriptions.get(subId)!
    const item = this.item(sub)
    this.now = Math.max(this.now, item.current_period_end)
    item.current_period_start = item.current_period_end
    item.current_period_end = item.current_period_start + fx.MONTH
    const amount = (item.quantity ?? 1) * this.unitAmount(sub)
    const status = paymentSucceeds ? 'paid' : 'open'
    const invoice = this.newInvoice(sub, { status, amount, reason: 'subscription_cycle' })
    const previous = this.setStatus(sub, paymentSucceeds ? 'active' : 'past_due')
    return [
      this.emit('invoice.finalized', invoice),
      this.emit(paymentSucceeds ? 'invoice.paid' : 'invoice.payment_failed', invoice),
      this.emit('customer.subscription.updated', sub, previous),
    ]
  }

  /** The trial ends and the first paid period starts. */
  endTrial(subId: string): Stripe.Event[] {
    const sub = this.subscriptions.get(subId)!
    this.now = Math.max(this.now, sub.trial_end ?? this.now)
    const item = this.item(sub)
    item.current_period_start = this.now
    item.current_period_end = this.now + fx.MONTH
    const invoice = this.newInvoice(sub, {
      status: 'paid',
      amount: (item.quantity ?? 1) * this.unitAmount(sub),
      reason: 'subscription_cycle',
    })
    const previous = this.setStatus(sub, 'active')
    return [this.emit('invoice.paid', invoice), this.emit('customer.subscription.updated', sub, previous)]
  }

  trialWillEnd(subId: string): Stripe.Event[] {
    return [this.emit('customer.subscription.trial_will_end', this.subscriptions.get(subId)!)]
  }

  /** Stripe gives up retrying (Smart Retries exhausted): the subscription is canceled. */
  cancel(subId: string): Stripe.Event[] {
    const sub = this.subscriptions.get(subId)!
    const previous = this.setStatus(sub, 'canceled')
    sub.canceled_at = this.now
    sub.ended_at = this.now
    return [this.emit('customer.subscription.deleted', sub, previous)]
  }

  /** A send-invoice invoice passes its due date unpaid. */
  overdue(invoiceId: string): Stripe.Event[] {
    const invoice = this.invoices.get(invoiceId)!
    this.now = Math.max(this.now, (invoice.due_date ?? this.now) + 3600)
    const sub = this.subscriptions.get(invoice.parent!.subscription_details!.subscription as string)!
    const previous = this.setStatus(sub, 'past_due')
    return [this.emit('invoice.overdue', invoice), this.emit('customer.subscription.updated', sub, previous)]
  }

  payInvoice(invoiceId: string, outOfBand: boolean): Stripe.Event[] {
    const invoice = this.invoices.get(invoiceId)!
    invoice.status = 'paid'
    invoice.amount_paid = invoice.amount_due
    invoice.amount_remaining = 0
    invoice.status_transitions.paid_at = this.now
    if (outOfBand) invoice.amount_paid_off_stripe = invoice.amount_due
    const events = [this.emit('invoice.paid', invoice)]
    const subId = invoice.parent?.subscription_details?.subscription as string | undefined
    const sub = subId ? this.subscriptions.get(subId) : undefined
    if (sub && sub.latest_invoice === invoice.id && ['past_due', 'unpaid'].includes(sub.status)) {
      events.push(this.emit('customer.subscription.updated', sub, this.setStatus(sub, 'active')))
    }
    return events
  }

  /** An invoice preview: prorations for a quantity change now, then the next period in full. */
  preview(sub: Stripe.Subscription, quantity: number, prorate: boolean): Stripe.Invoice {
    const item = this.item(sub)
    const unit = this.unitAmount(sub)
    const start = item.current_period_start
    const end = item.current_period_end
    const remaining = Math.max(0, Math.min(1, (end - this.now) / (end - start)))
    const lines: fx.LineInput[] = [...(this.pendingLines.get(sub.id) ?? [])]
    const old = item.quantity ?? 1
    if (prorate && quantity !== old) lines.push(...this.prorationLines(old, quantity, unit, remaining, end))
    lines.push({
      amount: quantity * unit,
      quantity,
      description: `${quantity} × Covered service (next period)`,
      proration: false,
      periodStart: end,
      periodEnd: end + fx.MONTH,
    })
    const preview = fx.invoice({
      customer: sub.customer as string,
      subscription: sub,
      status: 'draft',
      created: this.now,
      collectionMethod: sub.collection_method as 'charge_automatically' | 'send_invoice',
      dueDate: null,
      customFields: null,
      billingReason: 'upcoming',
      lines,
      preview: true,
    })
    preview.next_payment_attempt = end
    return preview
  }

  prorationLines(old: number, next: number, unit: number, remaining: number, end: number): fx.LineInput[] {
    return [
      {
        amount: -Math.round(old * unit * remaining),
        quantity: old,
        description: `Unused time on ${old} × Covered service`,
        proration: true,
        periodStart: this.now,
        periodEnd: end,
      },
      {
        amount: Math.round(next * unit * remaining),
        quantity: next,
        description: `Remaining time on ${next} × Covered service`,
        proration: true,
        periodStart: this.now,
        periodEnd: end,
      },
    ]
  }
}
