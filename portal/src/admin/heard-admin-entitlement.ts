import { msg, str } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { ApiError, request } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import '../shared/heard-service-search.ts'
import { shared } from '../shared/styles/shared.ts'
import { serviceName, servicePath } from '../shared/locale.ts'
import type { ServiceSummary } from '../shared/types.ts'
import type { Coverage } from '../organisation/types.ts'
import { adminStyles } from './styles.ts'

type Chosen = { id: string; name: string; path: string }

/**
 * `<heard-admin-entitlement>`: what a subscriber may cover, as a platform admin sets it. Its own
 * admins choose coverage within these services. Narrowing it below what the subscriber covers is
 * refused, naming the covered services.
 *
 * Properties: `subscriberId`, `entitlement` (as the subscriber's detail answered it).
 * Events: `heard-entitlement-changed` after saving.
 */
export class HeardAdminEntitlement extends LitElement {
  static override styles = [...shared, ...adminStyles]
  @property({ attribute: false }) subscriberId = ''
  @property({ attribute: false }) entitlement?: Coverage
  @state() chosen: Chosen[] = []
  @state() failure = ''
  @state() message = ''
  @state() busy = false

  override willUpdate(changed: Map<string, unknown>) {
    if (changed.has('entitlement') && this.entitlement)
      this.chosen = this.entitlement.nodes.map((n) => ({ ...n }))
  }

  private choose(node: Chosen, on: boolean) {
    this.chosen = on
      ? [...this.chosen.filter((c) => c.id !== node.id), node]
      : this.chosen.filter((c) => c.id !== node.id)
    this.message = ''
  }

  private async save() {
    this.busy = true
    this.failure = ''
    try {
      const answer = await request<{ entitlement: Coverage; coverage: Coverage }>(
        'PUT',
        `/api/portal/admin/subscribers/${encodeURIComponent(this.subscriberId)}/entitlement`,
        { body: { nodeIds: this.chosen.map((c) => c.id) } },
      )
      this.entitlement = answer.entitlement
      this.message = msg(
        str`Saved: it may cover ${plural(answer.entitlement.coveredUnits, msg('service'), msg('services'))}.`,
      )
      announce(this.message)
      this.dispatchEvent(new CustomEvent('heard-entitlement-changed', { bubbles: true, composed: true }))
    } catch (e) {
      this.failure = e instanceof ApiError ? e.message : msg('The entitlement could not be saved.')
    } finally {
      this.busy = false
    }
  }

  override render() {
    return html`<p>${msg('Its admins may cover these services, and every service within them.')}</p>
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      ${this.message ? html`<div class="banner success" role="status"><p>${this.message}</p></div>` : nothing}
      ${
        this.chosen.length
          ? html`<ul id="entitlement">
              ${this.chosen.map(
                (c) =>
                  html`<li>
                    <strong>${serviceName(c)}</strong><br /><span class="secondary small"
                      >${servicePath(c)}</span
                    >
                    <button class="link-button" type="button" @click=${() => this.choose(c, false)}>
                      ${msg('Remove')}<span class="visually-hidden"> ${serviceName(c)}</span>
                    </button>
                  </li>`,
              )}
            </ul>`
          : html`<p>${msg('It may cover nothing.')}</p>`
      }
      <heard-service-search
        label=${msg('Allow another service')}
        hint=${msg('A name, code or postcode')}
        action=${msg('Allow')}
        .exclude=${this.chosen.map((c) => c.id)}
        @heard-service-chosen=${(e: CustomEvent<{ service: ServiceSummary }>) =>
          this.choose(
            { id: e.detail.service.id, name: e.detail.service.name, path: e.detail.service.path },
            true,
          )}
      ></heard-service-search>
      <button class="button" type="button" ?disabled=${this.busy} @click=${this.save}>
        ${msg('Save what it may cover')}
      </button>`
  }
}

if (!customElements.get('heard-admin-entitlement'))
  customElements.define('heard-admin-entitlement', HeardAdminEntitlement)

declare global {
  interface HTMLElementTagNameMap {
    'heard-admin-entitlement': HeardAdminEntitlement
  }
}
