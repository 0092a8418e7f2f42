import { msg } from '@lit/localize'
import { html, nothing, type PropertyValues } from 'lit'
import type { FieldError } from './heard-error-summary.ts'

/** The message for `field` among `errors`, if any. */
export const errorFor = (errors: FieldError[], field: string) =>
  errors.find((e) => e.field === field)?.message

/** Every message for `field` among `errors`, joined into one, if any. */
export const errorsFor = (errors: FieldError[], field: string) =>
  errors
    .filter((e) => e.field === field)
    .map((e) => e.message)
    .join('. ') || undefined

/** `has-error` for a form group whose field has an error among `errors`. */
export const errorClass = (errors: FieldError[], field: string) =>
  errors.some((e) => e.field === field) ? 'has-error' : ''

/** A field's inline error (GOV.UK pattern), with the id its input names in `aria-describedby`. */
export const inlineError = (id: string, message: string | undefined) =>
  message
    ? html`<span class="error-message" id="${id}-error"
        ><span class="visually-hidden">${msg('Error:')}</span> ${message}</span
      >`
    : nothing

/** `aria-describedby` for a field with a hint (`<id>-hint`) and perhaps an error (`<id>-error`). */
export const describedBy = (id: string, message: string | undefined, hint = true) =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing

export type TextField = {
  id: string
  label: string
  type: 'text' | 'email' | 'password'
  /** The form data name, when the form is read with `FormData`. */
  name?: string
  hint?: string
  autocomplete?: string
  /** Off for addresses and passwords, which a spellchecker would only mangle. */
  spellcheck?: false
  error?: string
}

/** A labelled one-line input with its hint and inline error, each named in `aria-describedby`. */
export const textField = (f: TextField) =>
  html`<div class="form-group ${f.error ? 'has-error' : ''}">
    <label for=${f.id}>${f.label}</label>
    ${f.hint ? html`<span class="hint" id="${f.id}-hint">${f.hint}</span>` : nothing}
    ${inlineError(f.id, f.error)}
    <input
      class="input-width-20"
      id=${f.id}
      name=${f.name ?? nothing}
      type=${f.type}
      autocomplete=${f.autocomplete ?? nothing}
      spellcheck=${f.spellcheck === false ? 'false' : nothing}
      aria-invalid=${f.error ? 'true' : 'false'}
      aria-describedby=${describedBy(f.id, f.error, Boolean(f.hint))}
    />
  </div>`

/**
 * Tells the page how many errors a form component shows (`heard-form-errors`, `detail.count`), so
 * the page can mark its title with "Error: " (GOV.UK); call from `updated`. Silent on first render.
 */
export function reportErrorCount(form: EventTarget, changed: PropertyValues, errors: FieldError[]) {
  if (!changed.has('errors') || changed.get('errors') === undefined) return
  form.dispatchEvent(
    new CustomEvent('heard-form-errors', { detail: { count: errors.length }, bubbles: true, composed: true }),
  )
}
