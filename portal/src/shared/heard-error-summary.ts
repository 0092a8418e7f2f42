import { msg } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { shared } from './styles/shared.ts'

export type FieldError = {
  /** The id of the field in the same shadow root as this summary. */
  field: string
  message: string
  /** For a field in another element's shadow root: moves focus there instead of looking up `field`. */
  focus?: () => void
}

/**
 * `<heard-error-summary>`: the GOV.UK error summary. Lists `errors` as links to their fields and
 * takes focus whenever it is given a new list. Renders nothing without errors.
 */
export class HeardErrorSummary extends LitElement {
  static override styles = shared
  @property({ attribute: false }) errors: FieldError[] = []

  override async focus() {
    await this.updateComplete
    this.renderRoot.querySelector<HTMLElement>('.error-summary')?.focus()
  }

  /** A new list of errors takes focus, as GOV.UK's summary does, so it is read out at once. */
  override updated(changed: Map<string, unknown>) {
    if (changed.has('errors') && this.errors.length) void this.focus()
  }

  private jump(e: Event, error: FieldError) {
    e.preventDefault()
    if (error.focus) return error.focus()
    const root = this.getRootNode() as Document | ShadowRoot
    const target = root.getElementById(error.field)
    if (!target) return
    target.scrollIntoView({ block: 'center' })
    target.focus()
  }

  override render() {
    if (this.errors.length === 0) return nothing
    return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">${msg('There is a problem')}</h2>
      <ul>
        ${this.errors.map(
          (e) =>
            html`<li><a href="#${e.field}" @click=${(ev: Event) => this.jump(ev, e)}>${e.message}</a></li>`,
        )}
      </ul>
    </div>`
  }
}

if (!customElements.get('heard-error-summary'))
  customElements.define('heard-error-summary', HeardErrorSummary)

declare global {
  interface HTMLElementTagNameMap {
    'heard-error-summary': HeardErrorSummary
  }
}
