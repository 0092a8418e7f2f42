import { msg } from '@lit/localize'
import { html, LitElement } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import { invoiceFieldFor } from './billing.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import type { BillingPage } from './types.ts'
import { shared } from '../shared/styles/shared.ts'
import { errorFor, textField } from '../shared/form-fields.ts'

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/**
 * `<heard-invoice-billing-form>`: starts a subscription paid by invoice, for buyers who pay on a
 * purchase order. GOV.UK form pattern: error summary focused on submit, inline errors linked to
 * their fields. Property: `base` (the subscriber's API path). Fires `heard-invoice-billing-started`
 * with the new `BillingPage` as `detail`.
 */
export class HeardInvoiceBillingForm extends LitElement {
  static override styles = shared
  @property({ attribute: false }) base = ''
  @state() errors: FieldError[] = []
  @state() busy = false

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const data = new FormData(e.target as HTMLFormElement)
    const purchaseOrder = String(data.get('purchaseOrder') ?? '').trim()
    const billingEmail = String(data.get('billingEmail') ?? '').trim()
    const errors: FieldError[] = []
    if (!purchaseOrder)
      errors.push({ field: 'purchase-order', message: msg('Enter the purchase order number') })
    if (!EMAIL.test(billingEmail)) {
      errors.push({
        field: 'billing-email',
        message: msg('Enter the email address invoices go to, like accounts@example.nhs.uk'),
      })
    }
    if (!errors.length) {
      this.busy = true
      try {
        const page = await api.post<BillingPage>(`${this.base}/billing/invoice-billing`, {
          purchaseOrder,
          billingEmail,
        })
        this.errors = []
        this.dispatchEvent(
          new CustomEvent('heard-invoice-billing-started', { detail: page, bubbles: true, composed: true }),
        )
        return
      } catch (err) {
        if (err instanceof ValidationError && err.issues.length) {
          for (const issue of err.issues)
            errors.push({ field: invoiceFieldFor(issue), message: issue.message })
        } else {
          errors.push({
            field: 'purchase-order',
            message: err instanceof ApiError ? err.message : msg('Invoice billing could not be started.'),
          })
        }
      } finally {
        this.busy = false
      }
    }
    this.errors = errors
    this.dispatchEvent(new CustomEvent('heard-form-error', { bubbles: true, composed: true }))
  }

  private field(id: string, name: string, label: string, hint: string, type: 'text' | 'email') {
    const autocomplete = type === 'email' ? 'email' : 'off'
    const error = errorFor(this.errors, id)
    return textField({ id, name, label, hint, type, autocomplete, spellcheck: false, error })
  }

  override render() {
    return html`<heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.submit}>
        ${this.field(
          'purchase-order',
          'purchaseOrder',
          msg('Purchase order number'),
          msg('It is printed on every invoice.'),
          'text',
        )}
        ${this.field(
          'billing-email',
          'billingEmail',
          msg('Email address for invoices'),
          msg('Usually your accounts payable team. Invoices are due within 30 days.'),
          'email',
        )}
        <button class="button secondary" type="submit" ?disabled=${this.busy}>
          ${msg('Pay by invoice')}
        </button>
      </form>`
  }
}

if (!customElements.get('heard-invoice-billing-form'))
  customElements.define('heard-invoice-billing-form', HeardInvoiceBillingForm)

declare global {
  interface HTMLElementTagNameMap {
    'heard-invoice-billing-form': HeardInvoiceBillingForm
  }
}
