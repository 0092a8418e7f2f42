import { msg } from '@lit/localize'
import { html, LitElement, nothing } from 'lit'
import { property, state } from 'lit/decorators.js'
import { api, ApiError, ValidationError } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import '../shared/heard-error-summary.ts'
import { shared } from '../shared/styles/shared.ts'
import { choiceRows } from '../shared/choices.ts'
import { describedBy, errorClass, errorFor, inlineError } from '../shared/form-fields.ts'
import { CHANGE_TEXT as T } from './change-words.ts'

/**
 * `<heard-change-form>`: says a response's change is planned (with a month) or made; posts to
 * `action` (`…/responses/:id/change`) and fires `heard-change-saved`. `status` preselects the
 * choice; `onlyMade` offers "made" alone (the change is planned and published).
 */
export class HeardChangeForm extends LitElement {
  static override styles = [...shared]
  @property() action = ''
  @property() idPrefix = 'change'
  @property() status: 'planned' | 'made' = 'planned'
  @property({ type: Boolean }) onlyMade = false
  @state() errors: FieldError[] = []
  @state() busy = false
  @state() failure = ''

  private fid(name: string) {
    return `${this.idPrefix}-${name}`
  }

  private async submit(e: SubmitEvent) {
    e.preventDefault()
    const form = e.target as HTMLFormElement
    const data = new FormData(form)
    const status = this.onlyMade ? 'made' : data.get('status') === 'made' ? 'made' : 'planned'
    const summary = String(data.get('summary') ?? '').trim()
    const month = String(data.get('expectedBy') ?? '').trim()
    this.errors = summary.length < 10 ? [{ field: this.fid('summary'), message: T.summaryTooShort }] : []
    if (this.errors.length) return
    this.busy = true
    this.failure = ''
    try {
      const saved = await api.post(this.action, {
        status,
        summary,
        ...(status === 'planned' && month ? { expectedBy: month } : {}),
      })
      this.dispatchEvent(
        new CustomEvent('heard-change-saved', { detail: saved, bubbles: true, composed: true }),
      )
    } catch (err) {
      if (err instanceof ValidationError && err.issues.length) {
        this.errors = err.issues.map((i) => ({
          field: this.fid(i.path === 'expectedBy' ? 'month' : 'summary'),
          message: i.message,
        }))
      } else this.failure = err instanceof ApiError ? err.message : T.failed
    } finally {
      this.busy = false
    }
  }

  override render() {
    return html`<heard-error-summary .errors=${this.errors}></heard-error-summary>
      ${this.failure ? html`<div class="banner error" role="alert"><p>${this.failure}</p></div>` : nothing}
      <form novalidate @submit=${this.submit}>
        ${
          this.onlyMade
            ? nothing
            : html`<fieldset class="form-group">
                <legend>${T.statusLegend}</legend>
                <div class="choices">
                  ${choiceRows('radio', 'status', [
                    {
                      id: this.fid('planned'),
                      value: 'planned',
                      label: T.planned,
                      checked: this.status === 'planned',
                    },
                    { id: this.fid('made'), value: 'made', label: T.made, checked: this.status === 'made' },
                  ])}
                </div>
              </fieldset>`
        }
        ${changeFields(this.idPrefix, this.errors, !this.onlyMade)}
        <button class="button" type="submit" ?disabled=${this.busy}>${T.save}</button>
      </form>`
  }
}

/** The summary and expected month of a change (also inside the response form). */
export function changeFields(prefix: string, errors: FieldError[], withMonth: boolean) {
  const id = (f: string) => `${prefix}-${f}`
  return html`<div class="form-group ${errorClass(errors, id('summary'))}">
      <label for=${id('summary')}>${T.summaryLabel}</label>
      <span class="hint" id="${id('summary')}-hint">${T.summaryHint}</span>
      ${inlineError(id('summary'), errorFor(errors, id('summary')))}
      <textarea
        id=${id('summary')}
        name="summary"
        rows="3"
        maxlength="500"
        aria-describedby=${describedBy(id('summary'), errorFor(errors, id('summary')), true)}
      ></textarea>
    </div>
    ${
      withMonth
        ? html`<div class="form-group ${errorClass(errors, id('month'))}">
            <label for=${id('month')}>${T.monthLabel}</label>
            <span class="hint" id="${id('month')}-hint">${T.monthHint}</span>
            ${inlineError(id('month'), errorFor(errors, id('month')))}
            <input
              id=${id('month')}
              name="expectedBy"
              type="month"
              placeholder=${msg('YYYY-MM')}
              aria-describedby=${describedBy(id('month'), errorFor(errors, id('month')), true)}
            />
          </div>`
        : nothing
    }`
}

if (!customElements.get('heard-change-form')) customElements.define('heard-change-form', HeardChangeForm)

declare global {
  interface HTMLElementTagNameMap {
    'heard-change-form': HeardChangeForm
  }
}
