import { limitBody } from '../body-limit.ts'
import { Hono } from 'hono'
import type Stripe from 'stripe'
import type { Sql, SqlPool } from '../db.ts'
import { AppError } from '../errors.ts'
import type { AppEnv } from '../http.ts'
import { log } from '../log.ts'
import { queueBillingMail, type BillingMail } from './emails.ts'
import { getEntitlement } from './entitlements.ts'
import { recordEvent } from './queries.ts'
import type { StripeBilling } from './stripe-client.ts'
import { idOf, syncCustomer } from './sync.ts'

/**
 * The events Heard acts on; enable exactly these on the Stripe webhook endpoint (README, "Billing").
 * Each one makes Heard re-read the customer from Stripe: the event only says *whom* to re-read.
 */
export const HANDLED_EVENTS = [
  'checkout.session.completed',
  'checkout.session.async_payment_succeeded',
  'checkout.session.async_payment_failed',
  'customer.subscription.created',
  'customer.subscription.updated',
  'customer.subscription.deleted',
  'customer.subscription.paused',
  'customer.subscription.resumed',
  'customer.subscription.trial_will_end',
  'invoice.finalized',
  'invoice.paid',
  'invoice.payment_failed',
  'invoice.payment_action_required',
  'invoice.overdue',
  'invoice.marked_uncollectible',
  'invoice.voided',
] as const satisfies readonly Stripe.Event.Type[]

const HANDLED = new Set<string>(HANDLED_EVENTS)

const MAIL_FOR: Partial<Record<Stripe.Event.Type, BillingMail>> = {
  'invoice.payment_failed': 'payment_failed',
  'invoice.payment_action_required': 'payment_action_required',
  'invoice.overdue': 'invoice_overdue',
  'customer.subscription.trial_will_end': 'trial_ending',
}

export type EventOutcome = 'synced' | 'duplicate' | 'ignored'

type EventObject = {
  id: string
  object: string
  customer?: string | { id: string } | null
  parent?: { subscription_details?: { subscription: string | { id: string } } | null } | null
}

/**
 * Handles one verified event in one transaction: the event id is recorded (a repeat stops here,
 * and a concurrent identical delivery waits on the id, then stops), the customer is re-read from
 * Stripe under its lock, and any mail is queued. If anything fails, nothing is kept and Stripe
 * delivers the event again.
 */
export async function processEvent(
  sql: SqlPool,
  billing: StripeBilling,
  event: Stripe.Event,
  publicUrl: string,
): Promise<EventOutcome> {
  const object = event.data.object as EventObject
  const customerId = idOf(object.customer)
  return (await sql.begin(async (tx) => {
    const fresh = await recordEvent(tx, {
      id: event.id,
      type: event.type,
      customerId,
      created: new Date(event.created * 1000),
    })
    if (!fresh) return 'duplicate'
    if (!HANDLED.has(event.type) || !customerId) return 'ignored'
    const synced = await syncCustomer(tx, billing.stripe, customerId)
    if (!synced) return 'ignored'
    const mail = MAIL_FOR[event.type]
    if (mail) await queueMailFor(tx, mail, object, synced.subscriberId, publicUrl)
    log.info('billing_event_synced', {
      eventId: event.id,
      type: event.type,
      customerId,
      subscriberId: synced.subscriberId,
    })
    return 'synced'
  })) as EventOutcome
}

async function queueMailFor(
  tx: Sql,
  kind: BillingMail,
  object: EventObject,
  subscriberId: string,
  publicUrl: string,
) {
  const isInvoice = object.object === 'invoice'
  const entitlement = await getEntitlement(tx, subscriberId)
  await queueBillingMail(tx, {
    kind,
    subscriberId,
    publicUrl,
    invoiceId: isInvoice ? object.id : null,
    subscriptionId: isInvoice ? idOf(object.parent?.subscription_details?.subscription) : object.id,
    graceUntil:
      entitlement.reason === 'grace' || entitlement.reason === 'invoice_terms' ? entitlement.until : null,
  })
}

/**
 * `POST /api/webhooks/stripe`. Reads the raw body (the signature covers its exact bytes), so it
 * takes no JSON middleware. 400 for a missing, forged or tampered signature; 200 for a verified
 * event, including a repeat; 5xx makes Stripe retry.
 */
export const STRIPE_WEBHOOK_PATH = '/api/webhooks/stripe'
/** Stripe's events are small, but an invoice with many lines can pass the API's 100 KB. */
const WEBHOOK_MAX_BYTES = 1024 * 1024

export function webhookRoutes(deps: { sql: SqlPool; publicUrl: string }, billing: StripeBilling | undefined) {
  const app = new Hono<AppEnv>()
  app.post(
    STRIPE_WEBHOOK_PATH,
    limitBody(WEBHOOK_MAX_BYTES, 'A Stripe event must be at most 1 MB.'),
    async (c) => {
      if (!billing) throw new AppError('not_found', 'Stripe is not set up on this Heard server.')
      const signature = c.req.header('stripe-signature')
      if (!signature) throw new AppError('bad_request', 'The Stripe-Signature header is missing.')
      const payload = await c.req.text()
      let event: Stripe.Event
      try {
        event = await billing.stripe.webhooks.constructEventAsync(payload, signature, billing.webhookSecret)
      } catch {
        log.warn('billing_webhook_rejected', { requestId: c.get('requestId') })
        throw new AppError('bad_request', 'The Stripe signature does not match this request.')
      }
      const outcome = await processEvent(deps.sql, billing, event, deps.publicUrl)
      return c.json({ received: true, outcome })
    },
  )
  return app
}
