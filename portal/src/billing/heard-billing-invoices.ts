import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { billingDate, invoiceStatus, type Invoice } from './billing.ts'
import { money } from './types.ts'
import { shared } from '../shared/styles/shared.ts'
import { dataTable } from '../shared/styles/tables.ts'

/**
 * `<heard-billing-invoices>`: a subscriber's invoices, newest first, each with how it stands and a
 * link to its page at Stripe (to see, download or pay it). Property: `invoices`.
 */
export class HeardBillingInvoices extends LitElement {
  static override styles = [
    ...shared,
    dataTable,
    css`
      .table-wrap {
        overflow-x: auto;
        /* Holds the visually hidden (absolutely placed) text, which would otherwise widen the page. */
        position: relative;
      }
      table {
        margin-bottom: 1.5rem;
      }
      th,
      td {
        /* On a phone the table scrolls within its box rather than breaking words. */
        white-space: nowrap;
        overflow-wrap: normal;
      }
      .tag.grey {
        background: #e8edee;
      }
    `,
  ]
  @property({ attribute: false }) invoices: Invoice[] = []

  private renderRow(i: Invoice) {
    const status = invoiceStatus(i)
    const name = i.number ?? msg('draft invoice')
    return html`<tr>
      <td>${i.number ?? '—'}</td>
      <td>${billingDate(i.createdAt)}</td>
      <td class="amount">
        ${money(i.amountDue, i.currency)}${
          i.status === 'open' && i.amountRemaining !== i.amountDue
            ? html`<br /><span class="secondary small"
                  >${msg(str`${money(i.amountRemaining, i.currency)} to pay`)}</span
                >`
            : nothing
        }
      </td>
      <td><span class="tag ${status.tone}">${status.label}</span></td>
      <td>
        ${
          i.hostedInvoiceUrl
            ? html`<a href=${i.hostedInvoiceUrl} target="_blank" rel="noopener noreferrer"
                >${i.status === 'open' ? msg('Pay or download') : msg('View')}<span class="visually-hidden">
                  ${msg(str`${name} at Stripe (opens in a new tab)`)}</span
                ></a
              >`
            : nothing
        }
      </td>
    </tr>`
  }

  override render() {
    if (!this.invoices.length) {
      return html`<h2>${msg('Invoices')}</h2>
        <p>${msg('No invoices yet. They appear here once Stripe issues them.')}</p>`
    }
    const sorted = [...this.invoices].sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    return html`<h2>${msg('Invoices')}</h2>
      <div class="table-wrap">
        <table>
          <caption class="visually-hidden">
            ${msg('Invoices, newest first')}
          </caption>
          <thead>
            <tr>
              <th scope="col">${msg('Number')}</th>
              <th scope="col">${msg('Date')}</th>
              <th scope="col">${msg('Amount')}</th>
              <th scope="col">${msg('Status')}</th>
              <th scope="col"><span class="visually-hidden">${msg('Link')}</span></th>
            </tr>
          </thead>
          <tbody>
            ${sorted.map((i) => this.renderRow(i))}
          </tbody>
        </table>
      </div>`
  }
}

if (!customElements.get('heard-billing-invoices'))
  customElements.define('heard-billing-invoices', HeardBillingInvoices)

declare global {
  interface HTMLElementTagNameMap {
    'heard-billing-invoices': HeardBillingInvoices
  }
}
