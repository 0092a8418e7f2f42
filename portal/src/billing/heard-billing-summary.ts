import { msg, str } from '@lit/localize'
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
        msg('Payment'),
        s.collectionMethod === 'send_invoice'
          ? s.purchaseOrder
            ? msg(str`By invoice, purchase order ${s.purchaseOrder}`)
            : msg('By invoice')
          : msg('Card or Direct Debit, taken automatically'),
      ],
      [msg('Billed for'), plural(s.quantity, msg('service'), msg('services'))],
    ]
    if (s.trialEnd && s.status === 'trialing') rows.push([msg('Free trial ends'), billingDate(s.trialEnd)])
    if (s.currentPeriodEnd) {
      rows.push([
        s.cancelAtPeriodEnd ? msg('Ends on') : msg('Current period ends'),
        billingDate(s.currentPeriodEnd),
      ])
    }
    if (s.gracePeriodEnd) rows.push([msg('Full use until'), billingDate(s.gracePeriodEnd)])
    return rows
  }

  private manualRows(page: BillingPage): Row[] {
    const m = page.manualSubscription
    if (!m) return []
    const ended = m.endedAt ?? (new Date(m.periodEnd) <= new Date() ? m.periodEnd : null)
    return [
      [
        msg('Recorded subscription'),
        html`${ended ? msg(str`Ended on ${billingDate(ended)}`) : msg(str`Full use until ${billingDate(m.periodEnd)}`)}<br /><span
            class="secondary small"
            >${m.note} ·
            ${
              m.recordedByName
                ? msg(str`recorded by ${m.recordedByName} on ${billingDate(m.createdAt)}`)
                : msg(str`recorded on ${billingDate(m.createdAt)}`)
            }</span
          >`,
      ],
    ]
  }

  override render() {
    const page = this.page
    if (!page) return nothing
    const plan = planInWords(page.plan)
    const rows: Row[] = [
      ...(plan ? [[msg('Price'), plan] as Row] : []),
      [
        msg('Covered services'),
        html`${plural(page.coveredUnits, msg('service'), msg('services'))}
        ${this.coverageHref ? html` · <a href=${this.coverageHref}>${msg('Change coverage')}</a>` : nothing}`,
      ],
      ...this.subscriptionRows(page),
      ...(page.nextInvoice
        ? [
            [
              msg('Next invoice'),
              page.nextInvoice.date
                ? msg(
                    str`${money(page.nextInvoice.amountDue, page.nextInvoice.currency)} on ${billingDate(page.nextInvoice.date)}`,
                  )
                : money(page.nextInvoice.amountDue, page.nextInvoice.currency),
            ] as Row,
          ]
        : []),
      ...this.manualRows(page),
    ]
    return html`<h2>${msg('Your subscription')}</h2>
      ${
        page.configured
          ? nothing
          : html`<p class="inset" id="not-connected">
              ${msg('Billing is not connected on this server: there is no Stripe account to pay through, so no price, invoices or payment buttons are shown.')}
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
