import type Stripe from 'stripe'
import { FakeStripeState } from './fake-state.ts'
import * as fx from './fixtures.ts'
import { field, type FormObject } from './form.ts'

/** A Stripe API error: answered with its status and `{ error: { type, message, param } }`. */
export class FakeError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly param?: string,
  ) {
    super(message)
  }
}

// What Checkout accepts at the pinned version (a typo or a removed parameter is a 400, as at Stripe).
const CHECKOUT_PARAMS = new Set(
  'billing_address_collection cancel_url client_reference_id customer customer_update line_items locale metadata mode subscription_data success_url tax_id_collection allow_promotion_codes automatic_tax expand'.split(
    ' ',
  ),
)

/** The fake's API: each Stripe endpoint Heard uses, as a method changing the fake account. */
export class FakeStripeApi extends FakeStripeState {
  protected route(method: string, path: string, p: FormObject): unknown {
    const parts = path.split('/').filter(Boolean).slice(1)
    // checkout/sessions and billing_portal/sessions have a two-part resource name.
    if (parts[0] === 'checkout' || parts[0] === 'billing_portal')
      parts.splice(0, 2, `${parts[0]}/${parts[1]}`)
    const [resource, id, action] = parts
    const idPart = id ? (id === 'create_preview' ? `/${id}` : '/:id') : ''
    const route = `${method} ${resource}${idPart}${action ? `/${action}` : ''}`
    switch (route) {
      case 'POST customers':
        return this.createCustomer(p)
      case 'GET customers/:id':
        return this.found(this.customers, id!)
      case 'POST customers/:id':
        return this.updateCustomer(id!, p)
      case 'GET prices/:id':
        return this.found(this.prices, id!)
      case 'GET checkout/sessions':
        return this.listCheckoutSessions(p)
      case 'POST checkout/sessions/:id/expire':
        return this.expireCheckout(id!)
      case 'GET checkout/sessions/:id':
        return this.found(this.checkoutSessions, id!)
      case 'POST checkout/sessions':
        return this.createCheckout(p)
      case 'POST billing_portal/sessions':
        return this.createPortalSession(p)
      case 'GET subscriptions':
        return this.listSubscriptions(p)
      case 'POST subscriptions':
        return this.createSubscriptionFromApi(p)
      case 'GET subscriptions/:id':
        return this.view(this.found(this.subscriptions, id!), expands(p, 'latest_invoice'))
      case 'POST subscriptions/:id':
        return this.updateSubscription(id!, p)
      case 'DELETE subscriptions/:id':
        this.cancel(this.found(this.subscriptions, id!).id)
        return this.view(this.subscriptions.get(id!)!, false)
      case 'GET invoices':
        return this.listInvoices(p)
      case 'GET invoices/:id':
        return this.found(this.invoices, id!)
      case 'POST invoices/create_preview':
        return this.createPreview(p)
      case 'POST invoices/:id/pay':
        return this.pay(id!, p)
    }
    throw new FakeError(404, `Unrecognized request URL (${method}: ${path}).`)
  }

  private found<T>(map: Map<string, T>, id: string): T {
    const value = map.get(id)
    if (!value) throw new FakeError(404, `No such object: '${id}'`, 'id')
    return value
  }

  private createCustomer(p: FormObject) {
    const c = fx.customer({
      created: this.now,
      email: field.str(p.email) ?? null,
      name: field.str(p.name) ?? null,
      metadata: field.obj(p.metadata) as Record<string, string>,
    })
    this.customers.set(c.id, c)
    return c
  }

  private updateCustomer(id: string, p: FormObject) {
    const c = this.found(this.customers, id)
    if (p.email !== undefined) c.email = field.str(p.email) || null
    if (p.name !== undefined) c.name = field.str(p.name) || null
    if (p.metadata) c.metadata = { ...c.metadata, ...(field.obj(p.metadata) as Record<string, string>) }
    return c
  }

  private createCheckout(p: FormObject) {
    for (const name of Object.keys(p)) {
      if (!CHECKOUT_PARAMS.has(name)) throw new FakeError(400, `Received unknown parameter: ${name}`, name)
    }
    if (field.str(p.mode) !== 'subscription')
      throw new FakeError(400, 'Heard only uses subscription mode.', 'mode')
    const customer = this.found(this.customers, field.str(p.customer) ?? '')
    const [line] = field.list(p.line_items).map(field.obj)
    const quantity = field.num(line?.quantity)
    if (!line || !this.prices.has(field.str(line.price) ?? '') || !quantity || quantity < 1) {
      throw new FakeError(400, 'line_items needs a known price and a quantity of at least 1.', 'line_items')
    }
    if (!field.str(p.success_url) || !field.str(p.cancel_url))
      throw new FakeError(400, 'Missing success_url or cancel_url.')
    const id = fx.newId('cs_test')
    const session = {
      id,
      object: 'checkout.session',
      mode: 'subscription',
      status: 'open',
      payment_status: 'unpaid',
      customer: customer.id,
      client_reference_id: field.str(p.client_reference_id) ?? null,
      metadata: field.obj(p.metadata),
      subscription: null,
      success_url: field.str(p.success_url),
      cancel_url: field.str(p.cancel_url),
      url: `https://checkout.stripe.test/c/pay/${id}`,
      created: this.now,
      expires_at: this.now + 86400,
      livemode: false,
      billing_address_collection: field.str(p.billing_address_collection) ?? null,
      tax_id_collection: {
        enabled: field.bool(field.obj(p.tax_id_collection).enabled) ?? false,
        required: 'never',
      },
      // Kept for completeCheckout(): what the subscription will be made of.
      line_items: {
        object: 'list',
        data: [{ price: field.str(line.price), quantity }],
        has_more: false,
        url: '',
      },
      subscription_data: field.obj(p.subscription_data),
    }
    this.checkoutSessions.set(id, session as unknown as Stripe.Checkout.Session)
    return session
  }

  private listCheckoutSessions(p: FormObject) {
    const data = [...this.checkoutSessions.values()]
      .filter((s) => !p.customer || s.customer === field.str(p.customer))
      .filter((s) => !p.status || s.status === field.str(p.status))
    return { object: 'list', data, has_more: false, url: '/v1/checkout/sessions' }
  }

  private expireCheckout(id: string) {
    const session = this.found(this.checkoutSessions, id)
    if (session.status !== 'open') throw new FakeError(400, 'Only open Checkout Sessions can be expired.')
    session.status = 'expired'
    this.emit('checkout.session.expired', session)
    return session
  }

  /** The customer pays on the Checkout page: the subscription starts, and Checkout completes. */
  completeCheckout(sessionId: string, options: { trialDays?: number } = {}): Stripe.Event[] {
    const session = this.checkoutSessions.get(sessionId)!
    if (session.status !== 'open') throw new Error(`Checkout Session ${sessionId} is ${session.status}`)
    const raw = session as unknown as {
      line_items: { data: { price: string; quantity: number }[] }
      subscription_data: FormObject
    }
    const { subscription, events } = this.createSubscription({
      customer: session.customer as string,
      priceId: raw.line_items.data[0]!.price,
      quantity: raw.line_items.data[0]!.quantity,
      collectionMethod: 'charge_automatically',
      trialDays: options.trialDays,
      metadata: field.obj(raw.subscription_data.metadata) as Record<string, string>,
    })
    Object.assign(session, { status: 'complete', payment_status: 'paid', subscription: subscription.id })
    return [...events, this.emit('checkout.session.completed', session)]
  }

  private createPortalSession(p: FormObject) {
    const customer = this.found(this.customers, field.str(p.customer) ?? '')
    const id = fx.newId('bps')
    const session: Stripe.BillingPortal.Session = {
      id,
      object: 'billing_portal.session',
      configuration: 'bpc_fake',
      created: this.now,
      customer: customer.id,
      customer_account: null,
      flow: null,
      livemode: false,
      locale: null,
      on_behalf_of: null,
      return_url: field.str(p.return_url) ?? null,
      url: `https://billing.stripe.test/p/session/${id}`,
    }
    return session
  }

  private listSubscriptions(p: FormObject) {
    const status = field.str(p.status)
    const data = [...this.subscriptions.values()]
      .filter((s) => !p.customer || s.customer === field.str(p.customer))
      .filter((s) =>
        status === 'all'
          ? true
          : status
            ? s.status === status
            : !['canceled', 'incomplete_expired'].includes(s.status),
      )
      .sort((a, b) => b.created - a.created)
      .slice(0, field.num(p.limit) ?? 10)
      .map((s) => this.view(s, expands(p, 'data.latest_invoice')))
    return { object: 'list', data, has_more: false, url: '/v1/subscriptions' }
  }

  private createSubscriptionFromApi(p: FormObject) {
    const customer = this.found(this.customers, field.str(p.customer) ?? '')
    const [item] = field.list(p.items).map(field.obj)
    const method = field.str(p.collection_method) === 'send_invoice' ? 'send_invoice' : 'charge_automatically'
    if (method === 'send_invoice' && !field.num(p.days_until_due)) {
      throw new FakeError(400, 'days_until_due is required for send_invoice.', 'days_until_due')
    }
    const customFields = field.list(field.obj(p.invoice_settings).custom_fields).map(field.obj)
    const { subscription } = this.createSubscription({
      customer: customer.id,
      priceId: this.found(this.prices, field.str(item?.price) ?? '').id,
      quantity: field.num(item?.quantity) ?? 1,
      collectionMethod: method,
      daysUntilDue: field.num(p.days_until_due),
      metadata: field.obj(p.metadata) as Record<string, string>,
      customFields: customFields.map((f) => ({ name: field.str(f.name)!, value: field.str(f.value)! })),
    })
    return this.view(subscription, expands(p, 'latest_invoice'))
  }

  private updateSubscription(id: string, p: FormObject) {
    const sub = this.found(this.subscriptions, id)
    if (['canceled', 'incomplete_expired'].includes(sub.status)) {
      throw new FakeError(
        400,
        'A canceled subscription can only update its cancellation_details and metadata.',
      )
    }
    const previous: Record<string, unknown> = {}
    const [change] = field.list(p.items).map(field.obj)
    const item = this.item(sub)
    const quantity = field.num(change?.quantity)
    if (change && quantity !== undefined && quantity !== item.quantity) {
      if (field.str(change.id) !== item.id)
        throw new FakeError(400, 'No such subscription item.', 'items[0][id]')
      previous.items = structuredClone(sub.items)
      if (field.str(p.proration_behavior) !== 'none') {
        const remaining =
          (item.current_period_end - this.now) / (item.current_period_end - item.current_period_start)
        const lines = this.prorationLines(
          item.quantity ?? 1,
          quantity,
          this.unitAmount(sub),
          remaining,
          item.current_period_end,
        )
        this.pendingLines.set(sub.id, [...(this.pendingLines.get(sub.id) ?? []), ...lines])
      }
      item.quantity = quantity
    }
    const cancelAtEnd = field.bool(p.cancel_at_period_end)
    if (cancelAtEnd !== undefined) {
      previous.cancel_at_period_end = sub.cancel_at_period_end
      sub.cancel_at_period_end = cancelAtEnd
    }
    if (p.metadata) sub.metadata = { ...sub.metadata, ...(field.obj(p.metadata) as Record<string, string>) }
    this.emit('customer.subscription.updated', sub, previous)
    return this.view(sub, expands(p, 'latest_invoice'))
  }

  private listInvoices(p: FormObject) {
    const data = [...this.invoices.values()]
      .filter((i) => !p.customer || i.customer === field.str(p.customer))
      .filter((i) => !p.status || i.status === field.str(p.status))
      .filter(
        (i) => !p.subscription || i.parent?.subscription_details?.subscription === field.str(p.subscription),
      )
      .sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : -1))
      .slice(0, field.num(p.limit) ?? 10)
    return { object: 'list', data, has_more: false, url: '/v1/invoices' }
  }

  private createPreview(p: FormObject) {
    const sub = this.found(this.subscriptions, field.str(p.subscription) ?? '')
    const details = field.obj(p.subscription_details)
    const [change] = field.list(details.items).map(field.obj)
    const quantity = field.num(change?.quantity) ?? this.item(sub).quantity ?? 1
    return this.preview(sub, quantity, field.str(details.proration_behavior) !== 'none')
  }

  private pay(id: string, p: FormObject) {
    const invoice = this.found(this.invoices, id)
    if (invoice.status !== 'open') throw new FakeError(400, 'Invoice is already paid or not open.')
    this.payInvoice(id, field.bool(p.paid_out_of_band) === true)
    return invoice
  }
}

function expands(p: FormObject, path: string): boolean {
  return field.list(p.expand).includes(path)
}

export function errorBody(type: string, message: string, param?: string): string {
  return JSON.stringify({ error: { type, message, ...(param ? { param } : {}) } })
}
