import { html, nothing } from 'lit'
import type { FieldError } from '../shared/heard-error-summary.ts'
import { describedBy, errorFor, inlineError } from '../shared/form-fields.ts'

/**
 * A labelled field as a GOV.UK form group: the label, its hint, its inline error from `errors`,
 * then the control, which gets the ids to name in `aria-describedby` (or `nothing`).
 */
export function formGroup(
  errors: FieldError[],
  id: string,
  label: string,
  hint: string | undefined,
  control: (describedBy: string | typeof nothing) => unknown,
) {
  const error = errorFor(errors, id)
  return html`<div class="form-group ${error ? 'has-error' : ''}">
    <label for=${id}>${label}</label>
    ${hint ? html`<span class="hint" id="${id}-hint">${hint}</span>` : nothing} ${inlineError(id, error)}
    ${control(describedBy(id, error, Boolean(hint)))}
  </div>`
}
