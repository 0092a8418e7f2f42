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

/**
 * Radios as a GOV.UK fieldset: `options` are `[value, label]`; the ids are `<name>-<value>`, and
 * the group's error is filed under the first one's id (where the error summary sends focus).
 */
export function radioGroup(
  errors: FieldError[],
  name: string,
  legend: string,
  options: [string, string][],
  value?: string,
) {
  const firstId = `${name}-${options[0][0]}`
  const error = errorFor(errors, firstId)
  return html`<fieldset
    class="form-group ${error ? 'has-error' : ''}"
    aria-describedby=${error ? `${firstId}-error` : nothing}
  >
    <legend>${legend}</legend>
    ${inlineError(firstId, error)}
    <div class="choices">
      ${options.map(
        ([v, label]) =>
          html`<div class="choice">
            <input type="radio" id="${name}-${v}" name=${name} value=${v} ?checked=${v === value} />
            <label for="${name}-${v}">${label}</label>
          </div>`,
      )}
    </div>
  </fieldset>`
}
