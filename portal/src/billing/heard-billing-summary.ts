import { html, LitElement, nothing, type TemplateResult } from 'lit'
import { property } from 'lit/decorators.js'
import { billingDate, planInWords } from './billing.ts'
import { plural } from '../shared/format.ts'
import { money, type BillingPage } from './types.ts'
import { shared } from '../shared/styles/shared.ts'

type Row = [term: string, value: TemplateResult | string]

/**
 * `<heard-billing-summary>`: the facts of a subscriber's billing as a summary list — plan and
 * price, covered services, how it pays, the period, the next invoice, and any subscription a
 * platform admin recorded. Properties: `page` (a `BillingPage`), `coverageHref`.
 */
export class HeardBillingSummary extends LitElement {
  static override styles = shared
  @property({ attribute: false }) page?: BillingPage
  @property({ attribute: false }) coverageHref = ''

  private subscriptionRows(page: BillingPage): Row[] {
    const s = page.subscription
    if (!s) return []
    const rows: Row[] = [
      [
        'Payment',
        s.collectionMethod === 'send_invoice'
          ? `By invoice${s.purchaseOrder ? `, purchase order ${s.purchaseOrder}` : ''}`
          : 'Card or Direct Debit, taken automatically',
      ],
      ['Billed for', plural(s.quantity, 'service')],
    ]
    if (s.trialEnd && s.status === 'trialing') rows.push(['Free trial ends', billingDate(s.trialEnd)])
    if (s.currentPeriodEnd) {
      rows.push([s.cancelAtPeriodEnd ? 'Ends on' : 'Current period ends', billingDate(s.currentPeriodEnd)])
    }
    if (s.gracePeriodEnd) rows.push(['Full use until', billingDate(s.gracePeriodEnd)])
    return rows
  }

  private manualRows(page: BillingPage): Row[] {
    const m = page.manualSubscription
    if (!m) return []
    const ended = m.endedAt ?? (new Date(m.periodEnd) <= new Date() ? m.periodEnd : null)
    return [
      [
        'Recorded subscription',
        html`${ended ? `Ended on ${billingDate(ended)}` : `Full use until ${billingDate(m.periodEnd)}`}<br /><span
            class="secondary small"
            >${m.note} · recorded${m.recordedByName ? ` by ${m.recordedByName}` : ''} on
            ${billingDate(m.createdAt)}</span
          >`,
      ],
    ]
  }

  override render() {
    const page = this.page
    if (!page) return nothing
    const plan = planInWords(page.plan)
    const rows: Row[] = [
      ...(plan ? [['Price', plan] as Row] : []),
      [
        'Covered services',
        html`${plural(page.coveredUnits, 'service')}
        ${this.coverageHref ? html` · <a href=${this.coverageHref}>Change coverage</a>` : nothing}`,
      ],
      ...this.subscriptionRows(page),
      ...(page.nextInvoice
        ? [
            [
              'Next invoice',
              `${money(page.nextInvoice.amountDue, page.nextInvoice.currency)}${
                page.nextInvoice.date ? ` on ${billingDate(page.nextInvoice.date)}` : ''
              }`,
            ] as Row,
          ]
        : []),
      ...this.manualRows(page),
    ]
    return html`<h2>Your subscription</h2>
      ${
        page.configured
          ? nothing
          : html`<p class="inset" id="not-connected">
              Billing is not connected on this server: there is no Stripe account to pay through, so no price,
              invoices or payment buttons are shown.
            </p>`
      }
      <dl class="summary-list">
        ${rows.map(
          ([term, value]) =>
            html`<dt>${term}</dt>
              <dd>${value}</dd>`,
        )}
      </dl>`
  }
}

if (!customElements.get('heard-billing-summary'))
  customElements.define('heard-billing-summary', HeardBillingSummary)

declare global {
  interface HTMLElementTagNameMap {
    'heard-billing-summary': HeardBillingSummary
  }
}
