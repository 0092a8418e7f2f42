import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from './announce.ts'
import { api, ApiError } from './api.ts'
import { plural } from './format.ts'
import { serviceName, servicePath } from './locale.ts'
import { shared } from './styles/shared.ts'
import type { ServiceSummary } from './types.ts'
import { inlineError } from './form-fields.ts'

let counter = 0

/**
 * `<heard-service-search>`: finds a service in the directory (`GET /api/v1/services?q=`) and offers
 * each result with a button. Its own form, so it can sit inside another form's layout.
 *
 * Attributes: `label`, `hint`, `action` (the button text, e.g. "Add").
 * Properties: `exclude` (ids not to offer), `source` (another endpoint answering `?q=&limit=` with
 * `{ services }`, e.g. a subscriber's `…/entitlement/services`: what it may cover).
 * Events: `heard-service-chosen`, `detail.service` the chosen ServiceSummary.
 */
export class HeardServiceSearch extends LitElement {
  static override styles = [
    ...shared,
    css`
      .search-row {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        align-items: flex-start;
      }
      .search-row input {
        flex: 1 1 12rem;
        width: auto;
      }
      .search-row .button {
        margin: 0;
      }
      .form-group {
        margin-bottom: 0.75rem;
      }
      .results li {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
        justify-content: space-between;
        padding: 0.5rem 0;
        border-top: 1px solid #d8dde0;
      }
      .result-text {
        flex: 1 1 12rem;
      }
    `,
  ]
  /** Default (each read in the portal's language when drawn): "Search for a service". */
  @property() label?: string
  /** Default: "Name, code or postcode". */
  @property() hint?: string
  /** Default: "Choose". */
  @property() action?: string
  @property({ attribute: false }) exclude: string[] = []
  @property({ attribute: false }) source = '/api/v1/services'
  @state() results?: ServiceSummary[]
  @state() message = ''
  @state() busy = false
  private readonly uid = `service-search-${++counter}`

  override focus() {
    this.renderRoot.querySelector('input')?.focus()
  }

  private async search(e: Event) {
    e.preventDefault()
    const q = (this.renderRoot.querySelector('input') as HTMLInputElement).value.trim()
    if (!q) {
      this.results = undefined
      this.message = msg('Enter a name, code or postcode to search for')
      return
    }
    this.busy = true
    this.message = ''
    try {
      const { services } = await api.get<{ services: ServiceSummary[] }>(this.source, {
        query: { q, limit: 10 },
      })
      this.results = services
      announce(this.found(services.length))
    } catch (err) {
      this.results = undefined
      this.message = err instanceof ApiError ? err.message : msg('The search failed. Try again.')
    } finally {
      this.busy = false
    }
  }

  private found(n: number) {
    return n ? msg(str`${plural(n, msg('service'), msg('services'))} found`) : msg('No services found')
  }

  private choose(service: ServiceSummary) {
    this.dispatchEvent(
      new CustomEvent('heard-service-chosen', { detail: { service }, bubbles: true, composed: true }),
    )
    this.results = undefined
    const input = this.renderRoot.querySelector('input') as HTMLInputElement
    input.value = ''
    input.focus()
  }

  override render() {
    const id = this.uid
    const results = this.results?.filter((s) => !this.exclude.includes(s.id))
    const label = this.label ?? msg('Search for a service')
    return html`<form role="search" aria-label=${label} @submit=${this.search}>
        <div class="form-group ${this.message ? 'has-error' : ''}">
          <label for="${id}-q">${label}</label>
          <span class="hint" id="${id}-hint">${this.hint ?? msg('Name, code or postcode')}</span>
          ${inlineError(id, this.message || undefined)}
          <div class="search-row">
            <input
              id="${id}-q"
              type="search"
              autocomplete="off"
              aria-describedby="${id}-hint ${this.message ? `${id}-error` : ''}"
            />
            <button class="button secondary" type="submit" ?disabled=${this.busy}>${msg('Search')}</button>
          </div>
        </div>
      </form>
      ${
        results
          ? html`<p class="secondary small" id="${id}-count">${this.found(results.length)}</p>
              <ul class="results plain-list" aria-labelledby="${id}-count">
                ${results.map(
                  (s) =>
                    html`<li>
                      <span class="result-text"
                        ><strong>${serviceName(s)}</strong><br /><span class="secondary small"
                          >${servicePath(s)}</span
                        ></span
                      >
                      <button class="button secondary small" type="button" @click=${() => this.choose(s)}>
                        ${this.action ?? msg('Choose')}<span class="visually-hidden"> ${serviceName(s)}</span>
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }`
  }
}

if (!customElements.get('heard-service-search'))
  customElements.define('heard-service-search', HeardServiceSearch)

declare global {
  interface HTMLElementTagNameMap {
    'heard-service-search': HeardServiceSearch
  }
}
