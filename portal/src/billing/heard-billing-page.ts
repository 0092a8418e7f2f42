import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import {
  accessLabel,
  billingChoices,
  checkoutReturn,
  confirmedByStripe,
  nextRecheck,
  statusTone,
  type BillingChoice,
  type CheckoutReturn,
} from './billing.ts'
import './heard-billing-invoices.ts'
import './heard-billing-summary.ts'
import './heard-invoice-billing-form.ts'
import { href } from '../shared/router.ts'
import { MemberPageElement } from '../shared/member-page.ts'
import type { BillingPage } from './types.ts'

/**
 * `<heard-billing-page>`: a subscriber's admins see their billing state in words with what to do,
 * the plan, covered services, the next invoice and past invoices, and the ways to pay that the
 * server says are available. Back from Stripe Checkout (`?checkout=success`) it thanks the admin
 * and checks again, with growing waits, but claims nothing until the synced subscription says so.
 */
export class HeardBillingPage extends MemberPageElement {
  static override styles = [
    ...MemberPageElement.styles,
    css`
      .status {
        border-left: 8px solid #005eb8;
        background: #fff;
        padding: 1rem 1.25rem;
        margin-bottom: 2rem;
      }
      .status.green {
        border-color: #007f3b;
      }
      .status.yellow {
        border-color: #ffb81c;
      }
      .status.red {
        border-color: #d5281b;
      }
      .status > :last-child {
        margin-bottom: 0;
      }
      .status h2 {
        margin-top: 0;
      }
      .access {
        margin-bottom: 0.5rem;
      }
    `,
  ]
  @property({ attribute: false }) query?: URLSearchParams
  @state() page?: BillingPage
  @state() failure = ''
  @state() actionError = ''
  @state() message = ''
  @state() busy = false
  @state() checking = false
  @state() rechecksDone = 0
  private timer?: ReturnType<typeof setTimeout>

  constructor() {
    super()
    this.roles = ['admin']
  }

  private get returned(): CheckoutReturn | undefined {
    return checkoutReturn(this.query)
  }

  override connectedCallback() {
    super.connectedCallback()
    void this.load()
  }

  override disconnectedCallback() {
    super.disconnectedCallback()
    clearTimeout(this.timer)
  }

  private async load() {
    try {
      await this.loadSubscriber()
      if (!this.membership || (this.subscriberId && this.membership.subscriberId !== this.subscriberId)) {
        this.failure = msg('You are not an admin of that organisation, so you cannot see its billing.')
        return
      }
      this.page = await api.get<BillingPage>(`${this.base}/billing`)
      if (this.returned === 'success') this.afterCheckout()
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('Billing could not be loaded.')
    }
  }

  /** Back from Checkout: Stripe's confirmation arrives by webhook, usually within seconds. */
  private afterCheckout() {
    clearTimeout(this.timer)
    if (this.page && confirmedByStripe(this.page)) {
      this.message = msg('Stripe confirmed the payment: your members have full use.')
      announce(this.message)
      return
    }
    const delay = nextRecheck(this.rechecksDone)
    if (delay === undefined) return
    this.timer = setTimeout(() => {
      this.rechecksDone += 1
      void this.checkAgain(false)
    }, delay)
  }

  private async checkAgain(byHand = true) {
    if (byHand) {
      clearTimeout(this.timer)
      this.rechecksDone = 0
    }
    this.checking = true
    try {
      this.page = await api.get<BillingPage>(`${this.base}/billing`)
      this.actionError = ''
      if (byHand && !confirmedByStripe(this.page)) announce(msg('Stripe has not confirmed the payment yet.'))
    } catch (e) {
      this.actionError = e instanceof ApiError ? e.message : msg('Billing could not be loaded.')
    } finally {
      this.checking = false
    }
    this.afterCheckout()
  }

  private async act(choice: BillingChoice) {
    if (choice.kind === 'pay_invoice') return
    this.busy = true
    this.actionError = ''
    this.message = ''
    try {
      if (choice.kind === 'update_quantity') {
        this.page = await api.post<BillingPage>(`${this.base}/billing/quantity`)
        this.message = msg(
          str`Your subscription now bills for the ${this.page.coveredUnits} services you cover.`,
        )
        announce(this.message)
        return
      }
      const path = choice.kind === 'checkout' ? 'checkout' : 'portal'
      const { url } = await api.post<{ url: string }>(`${this.base}/billing/${path}`)
      announce(msg('Opening Stripe…'))
      location.assign(url)
    } catch (e) {
      this.actionError = e instanceof ApiError ? e.message : msg('That did not work. Please try again.')
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('#action-error')?.focus()
    } finally {
      this.busy = false
    }
  }

  private invoiceBillingStarted(e: CustomEvent<BillingPage>) {
    this.page = e.detail
    this.setErrorTitle(false)
    this.message = msg(str`You now pay by invoice. ${e.detail.status.title}.`)
    announce(this.message)
  }

  private renderCheckoutReturn() {
    const page = this.page
    if (this.returned === 'cancelled') {
      return html`<div class="banner" role="status">
        <p>
          ${msg('You left Stripe Checkout without paying. Nothing was charged; you can start again below.')}
        </p>
      </div>`
    }
    if (this.returned !== 'success' || !page || confirmedByStripe(page)) return nothing
    const waiting = this.checking || nextRecheck(this.rechecksDone) !== undefined
    return html`<div class="banner" id="checkout-pending">
      <h2>${msg('Thank you')}</h2>
      <p>${msg('Your subscription starts as soon as Stripe confirms the payment.')}</p>
      <p role="status">
        ${
          waiting
            ? msg('Checking with Stripe… This usually takes a few seconds.')
            : msg(
                'Stripe has not confirmed it yet. Card payments usually take seconds; Direct Debit can take a few working days. Check again later.',
              )
        }
      </p>
      <button
        class="button secondary"
        type="button"
        ?disabled=${this.checking}
        @click=${() => this.checkAgain()}
      >
        ${msg('Check again')}
      </button>
    </div>`
  }

  private renderChoices(page: BillingPage) {
    const choices = billingChoices(page)
    if (!page.configured || page.status.action === 'contact') {
      return html`<p>
        ${msg('To start, renew or change your subscription, contact the team who run Heard for your organisation: a platform admin records it here.')}
      </p>`
    }
    if (!choices.length) return nothing
    return html`<div class="button-group">
      ${choices.map((c) =>
        c.url
          ? html`<a
              class="button ${c.primary ? '' : 'secondary'}"
              href=${c.url}
              target="_blank"
              rel="noopener noreferrer"
              >${c.label}<span class="visually-hidden"> ${msg('at Stripe (opens in a new tab)')}</span></a
            >`
          : html`<button
              class="button ${c.primary ? '' : 'secondary'}"
              type="button"
              ?disabled=${this.busy}
              @click=${() => this.act(c)}
            >
              ${c.label}
            </button>`,
      )}
    </div>`
  }

  private renderStatus(page: BillingPage) {
    return html`<section class="status ${statusTone(page)}" aria-labelledby="status-title" id="status">
      <h2 id="status-title">${page.status.title}</h2>
      <p class="access"><span class="tag ${statusTone(page)}">${accessLabel(page)}</span></p>
      <p>${page.status.detail}</p>
      ${this.renderChoices(page)}
    </section>`
  }

  private renderInvoiceBilling(page: BillingPage) {
    if (!page.actions.invoiceBilling) return nothing
    return html`<section aria-labelledby="invoice-billing-title">
      <h2 id="invoice-billing-title">${msg('Pay by invoice')}</h2>
      <p>
        ${msg('For public bodies that pay on a purchase order: Stripe emails an invoice each period, payable by bank transfer within 30 days. Full use starts as soon as the first invoice is issued.')}
      </p>
      <heard-invoice-billing-form
        .base=${this.base}
        @heard-form-error=${() => this.setErrorTitle(true)}
        @heard-invoice-billing-started=${this.invoiceBillingStarted}
      ></heard-invoice-billing-form>
    </section>`
  }

  override render() {
    if (this.failure) {
      return html`<h1>${msg('Billing')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    const page = this.page
    return html`<span class="caption">${this.subscriber?.name ?? ''}</span>
      <h1>${msg('Billing')}</h1>
      ${this.renderCheckoutReturn()}
      ${this.message ? html`<div class="banner success" role="status"><p>${this.message}</p></div>` : nothing}
      ${
        this.actionError
          ? html`<div class="banner error" id="action-error" role="alert" tabindex="-1">
              <h2>${msg('That did not work')}</h2>
              <p>${this.actionError}</p>
            </div>`
          : nothing
      }
      ${
        page
          ? html`${this.renderStatus(page)}
              <heard-billing-summary .page=${page} coverageHref=${href('/coverage')}></heard-billing-summary>
              ${
                page.configured || page.invoices.length
                  ? html`<heard-billing-invoices .invoices=${page.invoices}></heard-billing-invoices>`
                  : nothing
              }
              ${this.renderInvoiceBilling(page)}`
          : html`<p class="loading" role="status">${msg('Loading…')}</p>`
      }`
  }
}

if (!customElements.get('heard-billing-page')) customElements.define('heard-billing-page', HeardBillingPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-billing-page': HeardBillingPage
  }
}
