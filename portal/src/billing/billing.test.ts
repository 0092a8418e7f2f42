import { describe, expect, it } from 'vitest'
import {
  accessLabel,
  billingChoices,
  checkoutReturn,
  confirmedByStripe,
  invoiceFieldFor,
  invoiceStatus,
  nextRecheck,
  planInWords,
  quantityPreviewInWords,
  statusTone,
  type Invoice,
} from './billing.ts'
import type { BillingPage, QuantityPreview } from './types.ts'

const invoice = (over: Partial<Invoice> = {}): Invoice => ({
  id: 'in_1',
  number: 'HRD-0001',
  status: 'paid',
  amountDue: 2400,
  amountPaid: 2400,
  amountRemaining: 0,
  currency: 'gbp',
  paidOutOfBand: false,
  dueDate: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  hostedInvoiceUrl: 'https://invoice.stripe.test/i/in_1',
  invoicePdf: null,
  ...over,
})

type Choosing = Pick<BillingPage, 'status' | 'actions' | 'invoices'>
const choosing = (over: Partial<Choosing> = {}): Choosing => ({
  status: { code: 'none', title: 'No subscription yet', detail: '', action: 'checkout' },
  actions: { checkout: true, portal: false, invoiceBilling: true, updateQuantity: false },
  invoices: [],
  ...over,
})

describe('accessLabel and statusTone', () => {
  it('says plainly what members can do, and colours grace as a warning', () => {
    const full = { access: { level: 'full', reason: 'active', until: null } } as const
    const grace = { access: { level: 'full', reason: 'grace', until: null } } as const
    const readOnly = { access: { level: 'read_only', reason: 'grace_over', until: null } } as const
    expect(accessLabel(full)).toBe('Full use')
    expect(accessLabel(grace)).toBe('Full use')
    expect(accessLabel(readOnly)).toBe('Read-only')
    expect([statusTone(full), statusTone(grace), statusTone(readOnly)]).toEqual(['green', 'yellow', 'red'])
  })
})

describe('billingChoices', () => {
  it('offers only what the server allows, the status action first', () => {
    const page = choosing({
      status: { code: 'active', title: 'Active', detail: '', action: 'portal' },
      actions: { checkout: false, portal: true, invoiceBilling: false, updateQuantity: true },
    })
    expect(billingChoices(page).map((c) => [c.kind, c.primary])).toEqual([
      ['portal', true],
      ['update_quantity', false],
    ])
  })

  it('offers Checkout to a subscriber without a subscription', () => {
    expect(billingChoices(choosing())).toEqual([
      { kind: 'checkout', label: 'Pay by card or Direct Debit', primary: true },
    ])
  })

  it('links the newest open invoice when the status says to pay it, and nothing without one', () => {
    const status = { code: 'grace', title: 'Payment overdue', detail: '', action: 'pay_invoice' } as const
    const none = { checkout: false, portal: false, invoiceBilling: false, updateQuantity: false }
    const older = invoice({
      id: 'a',
      status: 'open',
      hostedInvoiceUrl: 'https://a',
      createdAt: '2026-01-01T00:00:00Z',
    })
    const newer = invoice({
      id: 'b',
      status: 'open',
      hostedInvoiceUrl: 'https://b',
      createdAt: '2026-02-01T00:00:00Z',
    })
    expect(billingChoices(choosing({ status, actions: none, invoices: [older, newer] }))).toEqual([
      { kind: 'pay_invoice', label: 'Pay the open invoice', primary: true, url: 'https://b' },
    ])
    expect(billingChoices(choosing({ status, actions: none, invoices: [invoice()] }))).toEqual([])
  })
})

describe('invoiceStatus', () => {
  const now = new Date('2026-03-10T12:00:00Z')
  it('tells paid, due, overdue and cancelled invoices apart', () => {
    expect(invoiceStatus(invoice(), now)).toEqual({ label: 'Paid', tone: 'green' })
    expect(invoiceStatus(invoice({ paidOutOfBand: true }), now).label).toBe('Paid (outside Stripe)')
    expect(invoiceStatus(invoice({ status: 'open', dueDate: '2026-03-20T12:00:00Z' }), now)).toEqual({
      label: 'Due by 20 March 2026',
      tone: 'yellow',
    })
    expect(invoiceStatus(invoice({ status: 'open', dueDate: '2026-03-01T00:00:00Z' }), now)).toEqual({
      label: 'Overdue',
      tone: 'red',
    })
    expect(invoiceStatus(invoice({ status: 'void' }), now).label).toBe('Cancelled')
    expect(invoiceStatus(invoice({ status: null }), now).label).toBe('Draft')
  })
})

describe('after Checkout', () => {
  it('reads only the two documented return values', () => {
    expect(checkoutReturn(new URLSearchParams('checkout=success'))).toBe('success')
    expect(checkoutReturn(new URLSearchParams('checkout=cancelled'))).toBe('cancelled')
    expect(checkoutReturn(new URLSearchParams('checkout=paid'))).toBeUndefined()
    expect(checkoutReturn(undefined)).toBeUndefined()
  })

  it('claims nothing until a synced subscription gives full use', () => {
    const status = (code: BillingPage['status']['code']) => ({ code, title: '', detail: '', action: null })
    const sub = {} as NonNullable<BillingPage['subscription']>
    expect(confirmedByStripe({ subscription: null, status: status('manual') })).toBe(false)
    expect(confirmedByStripe({ subscription: sub, status: status('incomplete') })).toBe(false)
    expect(confirmedByStripe({ subscription: sub, status: status('active') })).toBe(true)
  })

  it('checks again with growing waits, then stops', () => {
    const delays: number[] = []
    for (let i = 0, d = nextRecheck(0); d !== undefined; d = nextRecheck(++i)) delays.push(d)
    expect(delays.length).toBeGreaterThan(2)
    expect([...delays].sort((a, b) => a - b)).toEqual(delays)
  })
})

describe('planInWords and invoiceFieldFor', () => {
  it('formats the price with the currency from the page', () => {
    expect(planInWords({ priceId: 'p', unitAmount: 1200, currency: 'gbp', interval: 'month' })).toBe(
      '£12.00 per service per month',
    )
    expect(planInWords({ priceId: 'p', unitAmount: 1500, currency: 'eur', interval: 'year' })).toBe(
      '€15.00 per service per year',
    )
    expect(planInWords(null)).toBeUndefined()
  })

  it('maps the server’s issue paths to the form’s fields', () => {
    expect(invoiceFieldFor({ path: 'billingEmail', message: '' })).toBe('billing-email')
    expect(invoiceFieldFor({ path: 'purchaseOrder', message: '' })).toBe('purchase-order')
  })
})

describe('quantityPreviewInWords', () => {
  const preview = (over: Partial<QuantityPreview>): QuantityPreview => ({
    configured: true,
    hasSubscription: true,
    currentQuantity: 2,
    quantity: 3,
    currency: 'gbp',
    unitAmount: 1200,
    interval: 'month',
    prorationAmount: 600,
    nextInvoiceAmount: 3600,
    nextInvoiceDate: '2026-04-01T12:00:00Z',
    ...over,
  })

  it('says plainly that nothing is billed without Stripe', () => {
    expect(quantityPreviewInWords(preview({ configured: false })).join(' ')).toMatch(/not set up/)
  })

  it('prices the change for a subscriber, with the prorated charge and the next invoice', () => {
    expect(quantityPreviewInWords(preview({}))).toEqual([
      '£12.00 per service per month.',
      'You are billed for 2 services now; after saving, for 3 services.',
      'Charged now for the rest of this period: £6.00.',
      'Next invoice: £36.00 on 1 April 2026.',
    ])
    expect(quantityPreviewInWords(preview({ prorationAmount: -600 }))[2]).toMatch(/^Credited now.*£6\.00/)
  })

  it('prices coverage before any subscription', () => {
    const lines = quantityPreviewInWords(preview({ hasSubscription: false, currentQuantity: null }))
    expect(lines[1]).toBe(
      'You have no subscription yet: covering 3 services would cost £36.00 per month once you subscribe.',
    )
  })
})
