/**
 * The billing page's words and choices, as pure functions of the server's `BillingPage` (the
 * server says the status in words; these say what access means, which buttons to offer and how
 * invoices stand), so that they can be tested without a browser.
 */
import { msg, str } from '@lit/localize'
import type { Issue } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import { formatDateIn } from '../shared/locale.ts'
import { money, type BillingPage, type QuantityPreview } from './types.ts'

export type Invoice = BillingPage['invoices'][number]
export type Tone = 'green' | 'yellow' | 'red' | 'blue' | 'grey'

/** Billing dates in UTC, as the server's status words and Stripe give them: "1 April 2026". */
export const billingDate = (iso: string) =>
  formatDateIn(new Date(iso), { day: true, month: 'long', utc: true })

/** " per month", " per year" (Stripe's interval), or nothing. */
export function perInterval(interval: string | null | undefined): string {
  if (!interval) return ''
  const words: Record<string, () => string> = {
    day: () => msg(' per day'),
    week: () => msg(' per week'),
    month: () => msg(' per month'),
    year: () => msg(' per year'),
  }
  return words[interval]?.() ?? ` / ${interval}`
}

/** "£12.00 per service per month". */
export const pricePerService = (price: string, interval: string | null | undefined) =>
  msg(str`${price} per service${perInterval(interval)}`)

const services = (n: number) => plural(n, msg('service'), msg('services'))

/** The admin's line about a Stripe subscription: "Subscription active, 12 services, paid by invoice". */
export function subscriptionLine(s: NonNullable<BillingPage['subscription']>) {
  const status = SUBSCRIPTION_STATUS[s.status]?.() ?? s.status
  return s.collectionMethod === 'send_invoice'
    ? msg(str`Subscription ${status}, ${services(s.quantity)}, paid by invoice`)
    : msg(str`Subscription ${status}, ${services(s.quantity)}`)
}

/** Stripe's subscription statuses in words. */
const SUBSCRIPTION_STATUS: Record<string, () => string> = {
  active: () => msg('active'),
  trialing: () => msg('in its free trial'),
  past_due: () => msg('past due'),
  canceled: () => msg('cancelled'),
  unpaid: () => msg('unpaid'),
  incomplete: () => msg('not completed'),
  incomplete_expired: () => msg('expired before it was completed'),
  paused: () => msg('paused'),
}

export const ACTION_KINDS = ['checkout', 'portal', 'pay_invoice', 'update_quantity'] as const
export type ActionKind = (typeof ACTION_KINDS)[number]
export type BillingChoice = { kind: ActionKind; label: string; primary: boolean; url?: string }

export const ACTION_LABELS: Record<ActionKind, string> = {
  get checkout() {
    return msg('Pay by card or Direct Debit')
  },
  get portal() {
    return msg('Manage payment details and invoices')
  },
  get pay_invoice() {
    return msg('Pay the open invoice')
  },
  get update_quantity() {
    return msg('Update the billed quantity')
  },
}

/** What members may do now, as a tag above the status (the status detail says the rest). */
export function accessLabel(page: Pick<BillingPage, 'access'>): string {
  return page.access.level === 'full' ? msg('Full use') : msg('Read-only')
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
  return pricePerService(money(plan.unitAmount, plan.currency), plan.interval)
}

/** How an invoice stands, as a tag: paid, due by a date, overdue, void or written off. */
export function invoiceStatus(invoice: Invoice, now = new Date()): { label: string; tone: Tone } {
  switch (invoice.status) {
    case 'paid':
      return { label: invoice.paidOutOfBand ? msg('Paid (outside Stripe)') : msg('Paid'), tone: 'green' }
    case 'open':
      if (invoice.dueDate && new Date(invoice.dueDate) < now) return { label: msg('Overdue'), tone: 'red' }
      return {
        label: invoice.dueDate
          ? msg(str`Due by ${billingDate(invoice.dueDate)}`)
          : msg('Waiting for payment'),
        tone: 'yellow',
      }
    case 'void':
      return { label: msg('Cancelled'), tone: 'grey' }
    case 'uncollectible':
      return { label: msg('Not collected'), tone: 'red' }
    default:
      return { label: msg('Draft'), tone: 'grey' }
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
  if (!p) return [msg('The bill is for the number of covered services.')]
  if (!p.configured) {
    return [
      msg(
        'Online payments are not set up on this server, so changing coverage changes no bill here. A Heard platform admin records your subscription.',
      ),
    ]
  }
  if (p.unitAmount === null) return [msg('The bill follows the number of covered services.')]
  const per = perInterval(p.interval)
  const unit = `${pricePerService(money(p.unitAmount, p.currency), p.interval)}.`
  if (!p.hasSubscription) {
    return [
      unit,
      msg(
        str`You have no subscription yet: covering ${services(p.quantity)} would cost ${money(p.unitAmount * p.quantity, p.currency)}${per} once you subscribe.`,
      ),
    ]
  }
  const lines = [unit]
  if (p.currentQuantity !== null && p.currentQuantity !== p.quantity) {
    lines.push(
      msg(
        str`You are billed for ${services(p.currentQuantity)} now; after saving, for ${services(p.quantity)}.`,
      ),
    )
  }
  if (p.prorationAmount) {
    const amount = money(Math.abs(p.prorationAmount), p.currency)
    lines.push(
      p.prorationAmount > 0
        ? msg(str`Charged now for the rest of this period: ${amount}.`)
        : msg(str`Credited now for the rest of this period: ${amount}.`),
    )
  }
  if (p.nextInvoiceAmount !== null) {
    const amount = money(p.nextInvoiceAmount, p.currency)
    lines.push(
      p.nextInvoiceDate
        ? msg(str`Next invoice: ${amount} on ${billingDate(p.nextInvoiceDate)}.`)
        : msg(str`Next invoice: ${amount}.`),
    )
  }
  return lines
}
