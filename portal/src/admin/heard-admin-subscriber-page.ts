import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, ApiError, NotFoundError } from '../shared/api.ts'
import './heard-admin-entitlement.ts'
import './heard-manual-subscriptions.ts'
import { formatDate, plural } from '../shared/format.ts'
import { documentTitle, href } from '../shared/router.ts'
import { adminStyles } from './styles.ts'
import type { SubscriberDetail } from './types.ts'
import { pricePerService, subscriptionLine } from '../billing/billing.ts'
import { money, type BillingPage } from '../billing/types.ts'
import { ROLE_LABELS } from '../shared/types.ts'
import { PageElement } from '../shared/page.ts'

/**
 * `<heard-admin-subscriber-page>`: one subscriber as a platform admin sees it — what it may cover
 * (which the platform admin sets) and what it covers,
 * its members and open invitations, its billing status in plain words, and the subscriptions
 * recorded outside Stripe.
 */
export class HeardAdminSubscriberPage extends PageElement {
  static override styles = [...PageElement.styles, ...adminStyles]
  @property({ attribute: false }) subscriberId = ''
  @state() detail?: SubscriberDetail
  @state() billing?: BillingPage
  @state() failure = ''
  @state() billingFailure = ''

  private get base() {
    return `/api/portal/admin/subscribers/${encodeURIComponent(this.subscriberId)}`
  }

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('subscriberId') && this.subscriberId) void this.load()
  }

  private async load() {
    try {
      const [detail] = await Promise.all([api.get<SubscriberDetail>(this.base), this.loadBilling()])
      this.detail = detail
      document.title = documentTitle(msg(str`${detail.name} – Platform admin`))
    } catch (e) {
      this.failure =
        e instanceof NotFoundError
          ? msg('There is no subscriber at this address. It may have been removed, or the link is wrong.')
          : e instanceof ApiError
            ? e.message
            : msg('The subscriber could not be loaded.')
    }
  }

  private async loadBilling() {
    try {
      this.billing = await api.get<BillingPage>(`${this.base}/billing`)
      this.billingFailure = ''
    } catch (e) {
      if (e instanceof NotFoundError) throw e
      this.billingFailure = e instanceof ApiError ? e.message : msg('The billing status could not be loaded.')
    }
  }

  private renderBilling() {
    if (this.billingFailure)
      return html`<div class="banner error" role="alert"><p>${this.billingFailure}</p></div>`
    const b = this.billing
    if (!b) return html`<p class="loading">${msg('Loading…')}</p>`
    const full = b.access.level === 'full'
    return html`<div class="card" id="billing-status">
      <h3>${b.status.title}</h3>
      <p>${b.status.detail}</p>
      <dl class="summary-list">
        <dt>${msg('Access')}</dt>
        <dd>
          ${
            full
              ? html`<span class="tag green">${msg('Full use')}</span>`
              : html`<span class="tag yellow">${msg('Read-only')}</span>
                  ${msg('members can read but not respond or receive alerts')}`
          }
          ${b.access.until ? html` ${msg(str`until ${formatDate(b.access.until)}`)}` : nothing}
        </dd>
        <dt>${msg('Stripe')}</dt>
        <dd>
          ${
            b.configured
              ? b.subscription
                ? subscriptionLine(b.subscription)
                : msg('No Stripe subscription')
              : msg('Not set up on this server: record subscriptions paid outside Stripe below.')
          }
        </dd>
        ${
          b.plan?.unitAmount != null
            ? html`<dt>${msg('Price')}</dt>
                <dd>${pricePerService(money(b.plan.unitAmount, b.plan.currency), b.plan.interval)}</dd>`
            : nothing
        }
        <dt>${msg('Covered services')}</dt>
        <dd>${b.coveredUnits}</dd>
      </dl>
    </div>`
  }

  private renderCoverage(d: SubscriberDetail) {
    return html`<p>
        ${msg(
          str`${plural(d.coverage.nodes.length, msg('chosen service'), msg('chosen services'))}, each covering every service within it. Billed units: ${d.coverage.coveredUnits}.`,
        )}
      </p>
      ${
        d.coverage.nodes.length
          ? html`<ul>
              ${d.coverage.nodes.map(
                (n) =>
                  html`<li>
                    <strong>${n.name}</strong
                    >${n.externalCode ? html` <span class="secondary">(${n.externalCode})</span>` : nothing}
                    <br /><span class="secondary small">${n.path}</span>
                  </li>`,
              )}
            </ul>`
          : html`<p>${msg('It covers nothing yet: no stories reach its inbox.')}</p>`
      }`
  }

  private renderPeople(d: SubscriberDetail) {
    return html`${
        d.members.length
          ? html`<div
              class="table-wrap"
              tabindex="0"
              role="region"
              aria-label=${msg('Members and their roles')}
            >
              <table>
                <caption class="visually-hidden">
                  ${msg('Members')}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">${msg('Name')}</th>
                    <th scope="col">${msg('Role')}</th>
                    <th scope="col">${msg('Member since')}</th>
                  </tr>
                </thead>
                <tbody>
                  ${d.members.map(
                    (m) =>
                      html`<tr>
                        <td>
                          <strong>${m.name}</strong><br /><span class="secondary">${m.email}</span>
                          ${m.frozen ? html`<br /><span class="tag yellow">${msg('Frozen')}</span>` : nothing}
                        </td>
                        <td>${ROLE_LABELS[m.role]}</td>
                        <td>${formatDate(m.createdAt)}</td>
                      </tr>`,
                  )}
                </tbody>
              </table>
            </div>`
          : html`<p>${msg('No members yet.')}</p>`
      }
      <h3>${msg('Invitations')}</h3>
      ${
        d.invitations.length
          ? html`<ul>
              ${d.invitations.map(
                (i) =>
                  html`<li>
                    ${i.email}, ${ROLE_LABELS[i.role].toLowerCase()}:
                    ${
                      i.expired
                        ? html`<span class="tag red">${msg('Expired')}</span>`
                        : msg(str`expires ${formatDate(i.expiresAt)}`)
                    }
                  </li>`,
              )}
            </ul>`
          : html`<p>${msg('No invitations are waiting.')}</p>`
      }`
  }

  override render() {
    const back = html`<p><a href=${href('/admin/subscribers')}>${msg('All subscribers')}</a></p>`
    if (this.failure) {
      return html`${back}
        <h1>${msg('Subscriber')}</h1>
        <div class="banner error" role="alert"><p>${this.failure}</p></div>`
    }
    const d = this.detail
    if (!d)
      return html`${back}
        <h1>${msg('Subscriber')}</h1>
        <p class="loading" role="status">${msg('Loading…')}</p>`
    return html`${back}<span class="caption">${msg('Subscriber')}</span>
      <h1>${d.name}</h1>
      <section aria-labelledby="billing-title">
        <h2 id="billing-title">${msg('Billing')}</h2>
        ${this.renderBilling()}
        <h3>${msg('Manual subscriptions')}</h3>
        <heard-manual-subscriptions
          .subscriberId=${d.id}
          @heard-billing-changed=${() => void this.loadBilling()}
          @heard-form-errors=${(e: CustomEvent<{ count: number }>) => this.setErrorTitle(e.detail.count > 0)}
        ></heard-manual-subscriptions>
      </section>
      <section aria-labelledby="entitlement-title">
        <h2 id="entitlement-title">${msg('What it may cover')}</h2>
        <heard-admin-entitlement
          .subscriberId=${d.id}
          .entitlement=${d.entitlement}
          @heard-entitlement-changed=${() => void this.load()}
        ></heard-admin-entitlement>
      </section>
      <section aria-labelledby="coverage-title">
        <h2 id="coverage-title">${msg('Coverage')}</h2>
        ${this.renderCoverage(d)}
      </section>
      <section aria-labelledby="members-title">
        <h2 id="members-title">${msg('Members')}</h2>
        ${this.renderPeople(d)}
      </section>`
  }
}

if (!customElements.get('heard-admin-subscriber-page'))
  customElements.define('heard-admin-subscriber-page', HeardAdminSubscriberPage)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-subscriber-page': HeardAdminSubscriberPage
  }
}
