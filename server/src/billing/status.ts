import type { AccessReason, Entitlement } from './entitlements.ts'
import type { ManualSubscription, MirrorSubscription } from './queries.ts'
import type { BillingStatus } from './schemas.ts'

const day = (d: Date | null | undefined) =>
  d
    ? d.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    : 'soon'

const READ_ONLY = 'Until then, your members can read stories but cannot respond or receive alerts.'

interface StatusFacts {
  configured: boolean
  e: Entitlement
  s: MirrorSubscription | undefined
  manual: ManualSubscription | undefined
  byInvoice: boolean
  payAction: 'pay_invoice' | 'portal'
}

const active = ({ e, s }: StatusFacts): BillingStatus =>
  s?.cancelAtPeriodEnd
    ? {
        code: 'active',
        title: `Active until ${day(s.currentPeriodEnd)}, then ending`,
        detail:
          'The subscription was cancelled and ends with this period. To keep it, renew it in the billing portal.',
        action: 'portal',
      }
    : {
        code: 'active',
        title: 'Active',
        detail: `Your subscription renews on ${day(e.until)}. Change your payment method, billing address or see past invoices in the billing portal.`,
        action: 'portal',
      }

const ended =
  (code: 'canceled' | 'manual_ended') =>
  ({ e, configured }: StatusFacts): BillingStatus => ({
    code,
    title: `Subscription ended${e.until ? ` on ${day(e.until)}` : ''}`,
    detail: `Your members can read stories but cannot respond or receive alerts. ${configured ? 'Start a new subscription to restore full use.' : 'Ask Heard to renew your subscription.'}`,
    action: configured ? 'checkout' : 'contact',
  })

const none = ({ configured }: StatusFacts): BillingStatus =>
  configured
    ? {
        code: 'none',
        title: 'No subscription yet',
        detail: `Subscribe by card or Direct Debit, or ask to pay by invoice with a purchase order. ${READ_ONLY}`,
        action: 'checkout',
      }
    : {
        code: 'not_configured',
        title: 'Online payments are not set up on this server',
        detail: `Card and invoice payments through Stripe are not set up here, so a Heard platform admin records your subscription instead. ${READ_ONLY}`,
        action: 'contact',
      }

/** Each reason for the access a subscriber has, in plain words, with what to do about it. */
const DESCRIBE: Record<AccessReason, (facts: StatusFacts) => BillingStatus> = {
  manual: ({ e, manual }) => ({
    code: 'manual',
    title: `Subscribed until ${day(e.until)}`,
    detail: `Heard recorded your subscription${manual?.note ? ` (${manual.note})` : ''}. Your members have full use until ${day(e.until)}.`,
    action: null,
  }),
  trialing: ({ e }) => ({
    code: 'trialing',
    title: `Free trial until ${day(e.until)}`,
    detail: 'Add a payment method before the trial ends to keep responding to stories and receiving alerts.',
    action: 'portal',
  }),
  active,
  invoice_terms: ({ e, s }) => ({
    code: 'invoice_terms',
    title: `Active, invoice due by ${day(e.until)}`,
    detail: `You pay by invoice${s?.purchaseOrder ? ` (purchase order ${s.purchaseOrder})` : ''}. Your members have full use while the invoice is within its payment terms.`,
    action: 'pay_invoice',
  }),
  grace: ({ e, byInvoice, payAction }) => ({
    code: 'grace',
    title: 'Payment overdue',
    detail: byInvoice
      ? `The invoice is past its due date. Your members keep full use until ${day(e.until)}; please pay it before then.`
      : `The last payment did not go through. Your members keep full use until ${day(e.until)}; update your payment details before then.`,
    action: payAction,
  }),
  grace_over: ({ byInvoice, payAction }) => ({
    code: 'grace_over',
    title: 'Read-only: payment overdue',
    detail: `Payment is overdue, so your members can read stories but cannot respond or receive alerts. ${byInvoice ? 'Pay the open invoice' : 'Update your payment details'} to restore full use.`,
    action: payAction,
  }),
  incomplete: ({ configured }) => ({
    code: 'incomplete',
    title: 'Payment not completed',
    detail: `The first payment was not completed. ${READ_ONLY} Start again to subscribe.`,
    action: configured ? 'checkout' : 'contact',
  }),
  paused: () => ({
    code: 'paused',
    title: 'Paused',
    detail: `The subscription is paused. ${READ_ONLY} Resume it in the billing portal.`,
    action: 'portal',
  }),
  canceled: ended('canceled'),
  manual_ended: ended('manual_ended'),
  none,
}

/** The billing state in plain words, with what to do about it. */
export function describeStatus(input: {
  configured: boolean
  entitlement: Entitlement
  subscription: MirrorSubscription | undefined
  manual: ManualSubscription | undefined
}): BillingStatus {
  const { configured, entitlement: e, subscription: s, manual } = input
  const byInvoice = s?.collectionMethod === 'send_invoice'
  const payAction = byInvoice ? 'pay_invoice' : 'portal'
  return DESCRIBE[e.reason]({ configured, e, s, manual, byInvoice, payAction })
}
