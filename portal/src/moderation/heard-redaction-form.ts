import { msg } from '@lit/localize'
import { css, html, LitElement } from 'lit'
import { property, state } from 'lit/decorators.js'
import { shared } from '../shared/styles/shared.ts'
import '../shared/heard-error-summary.ts'
import { formGroup } from './form-group.ts'
import type { FieldError, HeardErrorSummary } from '../shared/heard-error-summary.ts'

export type RedactionField = {
  name: string
  label: string
  value: string
  multiline?: boolean
  /** What the form says when the field is emptied: "Enter the title". */
  missing?: string
}
export type RedactionDetail = { changes: Record<string, string>; reason: string }

/**
 * `<heard-redaction-form>`: edits text as a redaction — the changed fields plus a required reason.
 * It checks the form; the page that owns it saves, then closes it or sets `serverError`.
 *
 * Properties: `fields`, `busy`, `serverError`.
 * Events: `heard-redaction-save` (`detail: { changes, reason }`, only changed fields),
 * `heard-redaction-cancel`.
 */
export class HeardRedactionForm extends LitElement {
  static override styles = [
    ...shared,
    css`
      textarea.body {
        min-height: 18rem;
      }
    `,
  ]
  @property({ attribute: false }) fields: RedactionField[] = []
  @property({ type: Boolean }) busy = false
  @property({ attribute: false }) serverError = ''
  @state() errors: FieldError[] = []

  override updated(changed: Map<string, unknown>) {
    if (changed.has('serverError') && this.serverError) {
      this.errors = [{ field: `edit-${this.fields[0]?.name}`, message: this.serverError }]
      void this.summary()?.focus()
    }
  }

  private summary() {
    return this.renderRoot.querySelector<HeardErrorSummary>('heard-error-summary')
  }

  private input(name: string) {
    return this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#edit-${name}`)
  }

  /** Focuses `name` and selects `start`–`end` in it, when the field still holds the saved text. */
  async select(name: string, start: number, end: number) {
    await this.updateComplete
    const input = this.input(name)
    if (!input) return
    input.focus()
    const saved = this.fields.find((f) => f.name === name)?.value
    if (input.value === saved) input.setSelectionRange(start, end)
  }

  async focusFirst() {
    await this.updateComplete
    this.input(this.fields[0]?.name ?? '')?.focus()
  }

  private submit(e: SubmitEvent) {
    e.preventDefault()
    const changes: Record<string, string> = {}
    const errors: FieldError[] = []
    for (const f of this.fields) {
      const value = this.input(f.name)?.value ?? ''
      if (!value.trim()) errors.push({ field: `edit-${f.name}`, message: f.missing ?? msg('Enter the text') })
      else if (value !== f.value) changes[f.name] = value
    }
    const reason = (this.input('reason')?.value ?? '').trim()
    if (!errors.length && Object.keys(changes).length === 0) {
      errors.push({
        field: `edit-${this.fields[0]?.name}`,
        message: msg('Nothing has changed. Change the text, or cancel'),
      })
    } else if (!reason) {
      errors.push({ field: 'edit-reason', message: msg('Enter the reason for the change') })
    }
    this.errors = errors
    if (errors.length) return void this.summary()?.focus()
    this.dispatchEvent(
      new CustomEvent<RedactionDetail>('heard-redaction-save', {
        detail: { changes, reason },
        bubbles: true,
        composed: true,
      }),
    )
  }

  private cancel() {
    this.errors = []
    this.dispatchEvent(new CustomEvent('heard-redaction-cancel', { bubbles: true, composed: true }))
  }

  override render() {
    return html`<heard-error-summary .errors=${this.errors}></heard-error-summary>
      <form novalidate @submit=${this.submit}>
        ${this.fields.map((f) =>
          formGroup(this.errors, `edit-${f.name}`, f.label, '', (d) =>
            f.multiline
              ? html`<textarea
                  id="edit-${f.name}"
                  class="body"
                  rows="16"
                  aria-describedby=${d}
                  .value=${f.value}
                ></textarea>`
              : html`<input id="edit-${f.name}" type="text" aria-describedby=${d} .value=${f.value} />`,
          ),
        )}
        ${formGroup(
          this.errors,
          'edit-reason',
          msg('Reason for the change'),
          msg(
            'For example: “Removed a staff member’s name from a critical story”. Moderators see this; the author and the public do not.',
          ),
          (d) => html`<textarea id="edit-reason" rows="2" aria-describedby=${d}></textarea>`,
        )}
        <div class="button-group">
          <button class="button" type="submit" ?disabled=${this.busy}>${msg('Save changes')}</button>
          <button class="link-button" type="button" @click=${this.cancel}>${msg('Cancel')}</button>
        </div>
      </form>`
  }
}

if (!customElements.get('heard-redaction-form'))
  customElements.define('heard-redaction-form', HeardRedactionForm)

declare global {
  interface HTMLElementTagNameMap {
    'heard-redaction-form': HeardRedactionForm
  }
}
