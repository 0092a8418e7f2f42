import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { announce } from '../shared/announce.ts'
import { api, ApiError } from '../shared/api.ts'
import { plural } from '../shared/format.ts'
import { HeardServiceSearch } from '../shared/heard-service-search.ts'
import type { ServiceSummary } from '../shared/types.ts'

/**
 * `<heard-entitled-search>`: finds a service among those the organisation may cover
 * (`GET …/entitlement/services?q=`), looking and behaving like `<heard-service-search>`.
 *
 * Properties: `base` (`/api/portal/subscribers/<id>`), `exclude` (ids not to offer).
 * Events: `heard-service-chosen`, `detail.service` the chosen ServiceSummary.
 */
export class HeardEntitledSearch extends LitElement {
  static override styles = HeardServiceSearch.styles
  @property({ attribute: false }) base = ''
  @property({ attribute: false }) exclude: string[] = []
  @state() results?: ServiceSummary[]
  @state() message = ''
  @state() busy = false

  private get input() {
    return this.renderRoot.querySelector('input') as HTMLInputElement
  }

  private async search(e: Event) {
    e.preventDefault()
    const q = this.input.value.trim()
    this.message = q ? '' : 'Enter a name, code or postcode to search for'
    if (!q) return void (this.results = undefined)
    this.busy = true
    try {
      const { services } = await api.get<{ services: ServiceSummary[] }>(
        `${this.base}/entitlement/services`,
        {
          query: { q, limit: 10 },
        },
      )
      this.results = services
      announce(services.length ? `${plural(services.length, 'service')} found` : 'No services found')
    } catch (err) {
      this.results = undefined
      this.message = err instanceof ApiError ? err.message : 'The search failed. Try again.'
    } finally {
      this.busy = false
    }
  }

  private choose(service: ServiceSummary) {
    this.dispatchEvent(
      new CustomEvent('heard-service-chosen', { detail: { service }, bubbles: true, composed: true }),
    )
    this.results = undefined
    this.input.value = ''
    this.input.focus()
  }

  override render() {
    const results = this.results?.filter((s) => !this.exclude.includes(s.id))
    const label = 'Search what your organisation may cover'
    return html`<form role="search" aria-label=${label} @submit=${this.search}>
        <div class="form-group ${this.message ? 'has-error' : ''}">
          <label for="q">${label}</label>
          <span class="hint" id="q-hint">A name, code or postcode</span>
          ${
            this.message
              ? html`<span class="error-message" id="q-error"
                  ><span class="visually-hidden">Error:</span> ${this.message}</span
                >`
              : nothing
          }
          <div class="search-row">
            <input
              id="q"
              type="search"
              autocomplete="off"
              aria-describedby="q-hint ${this.message ? 'q-error' : ''}"
            />
            <button class="button secondary" type="submit" ?disabled=${this.busy}>Search</button>
          </div>
        </div>
      </form>
      ${
        results
          ? html`<p class="secondary small" id="count">
                ${results.length ? plural(results.length, 'service') + ' found' : 'No services found'}
              </p>
              <ul class="results plain-list" aria-labelledby="count">
                ${results.map(
                  (s) =>
                    html`<li>
                      <span class="result-text"
                        ><strong>${s.name}</strong><br /><span class="secondary small">${s.path}</span></span
                      >
                      <button class="button secondary small" type="button" @click=${() => this.choose(s)}>
                        Cover<span class="visually-hidden"> ${s.name}</span>
                      </button>
                    </li>`,
                )}
              </ul>`
          : nothing
      }`
  }
}

if (!customElements.get('heard-entitled-search'))
  customElements.define('heard-entitled-search', HeardEntitledSearch)

declare global {
  interface HTMLElementTagNameMap {
    'heard-entitled-search': HeardEntitledSearch
  }
}
