/**
 * The billing page's words and choices, as pure functions of the server's `BillingPage` (the
 * server says the status in words; these say what access means, which buttons to offer and how
 * invoices stand), so that they can be tested without a browser.
 */
import type { Issue } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import { money, type BillingPage, type QuantityPreview } from './types.ts'

export type Invoice = BillingPage['invoices'][number]
export type Tone = 'green' | 'yellow' | 'red' | 'blue' | 'grey'

const utcDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
})
/** Billing dates in UTC, as the server's status words and Stripe give them: "1 April 2026". */
export const billingDate = (iso: string) => utcDay.format(new Date(iso))

export const ACTION_KINDS = ['checkout', 'portal', 'pay_invoice', 'update_quantity'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]
export type BillingChoice = { kind: ActionKind; label: string; primary: boolean; url?: string }

export const ACTION_LABELS: Record<ActionKind, string> = {
  checkout: 'Pay by card or Direct Debit',
  portal: 'Manage payment details and invoices',
  pay_invoice: 'Pay the open invoice',
  update_quantity: 'Update the billed quantity',
}

/** What members may do now, as a tag above the status (the status detail says the rest). */
export function accessLabel(page: Pick<BillingPage, 'access'>): string {
  return page.access.level === 'full' ? 'Full use' : 'Read-only'
}

/** The colour of the status panel: green for full use, yellow while in grace, red when read-only. */
export function statusTone(page: Pick<BillingPage, 'access'>): Tone {
  if (page.access.level === 'read_only') return 'red'
  return page.access.reason === 'grace' ? 'yellow' : 'green'
}

/** The newest invoice still to pay, with a page at Stripe to pay it on. */
export function openInvoice(invoices: Invoice[]): Invoice | undefined {
  return invoices
    .filter((i) => i.status === 'open' && i.hostedInvoiceUrl)
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]
}

/**
 * The buttons to offer: only those `actions` allows (or, to pay an invoice, an open one exists),
 * with the one `status.action` names first and marked primary.
 */
export function billingChoices(page: Pick<BillingPage, 'status' | 'actions' | 'invoices'>): BillingChoice[] {
  const open = openInvoice(page.invoices)
  const available: Record<ActionKind, boolean> = {
    checkout: page.actions.checkout,
    portal: page.actions.portal,
    pay_invoice: Boolean(open),
    update_quantity: page.actions.updateQuantity,
  }
  const primary = page.status.action
  return ACTION_KINDS.filter((kind) => available[kind])
    .map((kind) => ({
      kind,
      label: ACTION_LABELS[kind],
      primary: kind === primary,
      ...(kind === 'pay_invoice' ? { url: open!.hostedInvoiceUrl! } : {}),
    }))
    .sort((a, b) => Number(b.primary) - Number(a.primary))
}

/** "£12.00 per service per month". */
export function planInWords(plan: BillingPage['plan']): string | undefined {
  if (!plan || plan.unitAmount === null) return undefined
  return `${money(plan.unitAmount, plan.currency)} per service${plan.interval ? ` per ${plan.interval}` : ''}`
}

/** How an invoice stands, as a tag: paid, due by a date, overdue, void or written off. */
export function invoiceStatus(invoice: Invoice, now = new Date()): { label: string; tone: Tone } {
  switch (invoice.status) {
    case 'paid':
      return { label: invoice.paidOutOfBand ? 'Paid (outside Stripe)' : 'Paid', tone: 'green' }
    case 'open':
      if (invoice.dueDate && new Date(invoice.dueDate) < now) return { label: 'Overdue', tone: 'red' }
      return {
        label: invoice.dueDate ? `Due by ${billingDate(invoice.dueDate)}` : 'Waiting for payment',
        tone: 'yellow',
      }
    case 'void':
      return { label: 'Cancelled', tone: 'grey' }
    case 'uncollectible':
      return { label: 'Not collected', tone: 'red' }
    default:
      return { label: 'Draft', tone: 'grey' }
  }
}

export type CheckoutReturn = 'success' | 'cancelled'

/** Where Stripe Checkout sent the browser back from: `?checkout=success` or `?checkout=cancelled`. */
export function checkoutReturn(query: URLSearchParams | undefined): CheckoutReturn | undefined {
  const value = query?.get('checkout')
  return value === 'success' || value === 'cancelled' ? value : undefined
}

/**
 * Whether Stripe's confirmation has reached Heard: a synced subscription that gives full use.
 * The redirect from Checkout proves nothing, so nothing is claimed until this is true.
 */
export function confirmedByStripe(page: Pick<BillingPage, 'subscription' | 'status'>): boolean {
  return page.subscription !== null && ['active', 'trialing', 'invoice_terms'].includes(page.status.code)
}

/** Waits between automatic checks after Checkout: quick at first, then backing off, then stopping. */
export const RECHECK_DELAYS_MS = [1000, 2000, 4000, 8000, 16000] as const

/** The delay before automatic check number `done + 1`, or undefined when it is time to stop. */
export const nextRecheck = (done: number): number | undefined => RECHECK_DELAYS_MS[done]

/** The invoice form's field for an issue the server named (`purchaseOrder`, `billingEmail`). */
export function invoiceFieldFor(issue: Issue): 'purchase-order' | 'billing-email' {
  return issue.path.startsWith('billingEmail') ? 'billing-email' : 'purchase-order'
}

/** What a coverage change means for the bill, in sentences (the coverage page shows them). */
export function quantityPreviewInWords(p: QuantityPreview | undefined): string[] {
  if (!p) return ['The bill is for the number of covered services.']
  if (!p.configured) {
    return [
      'Online payments are not set up on this server, so changing coverage changes no bill here. A Heard platform admin records your subscription.',
    ]
  }
  if (p.unitAmount === null) return ['The bill follows the number of covered services.']
  const per = p.interval ? ` per ${p.interval}` : ''
  const unit = `${money(p.unitAmount, p.currency)} per service${per}.`
  if (!p.hasSubscription) {
    return [
      unit,
      `You have no subscription yet: covering ${plural(p.quantity, 'service')} would cost ${money(p.unitAmount * p.quantity, p.currency)}${per} once you subscribe.`,
    ]
  }
  const lines = [unit]
  if (p.currentQuantity !== null && p.currentQuantity !== p.quantity) {
    lines.push(
      `You are billed for ${plural(p.currentQuantity, 'service')} now; after saving, for ${plural(p.quantity, 'service')}.`,
    )
  }
  if (p.prorationAmount) {
    lines.push(
      `${p.prorationAmount > 0 ? 'Charged now' : 'Credited now'} for the rest of this period: ${money(Math.abs(p.prorationAmount), p.currency)}.`,
    )
  }
  if (p.nextInvoiceAmount !== null) {
    lines.push(
      `Next invoice: ${money(p.nextInvoiceAmount, p.currency)}${p.nextInvoiceDate ? ` on ${billingDate(p.nextInvoiceDate)}` : ''}.`,
    )
  }
  return lines
}
