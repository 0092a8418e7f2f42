import { html, nothing } from 'lit'
import type { FieldError } from './heard-error-summary.ts'

/** The message for `field` among `errors`, if any. */
export const errorFor = (errors: FieldError[], field: string) =>
  errors.find((e) => e.field === field)?.message

/** A field's inline error (GOV.UK pattern), with the id its input names in `aria-describedby`. */
export const inlineError = (id: string, message: string | undefined) =>
  message
    ? html`<span class="error-message" id="${id}-error"
        ><span class="visually-hidden">Error:</span> ${message}</span
      >`
    : nothing

/** `aria-describedby` for a field with a hint (`<id>-hint`) and perhaps an error (`<id>-error`). */
export const describedBy = (id: string, message: string | undefined, hint = true) =>
  [hint ? `${id}-hint` : '', message ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
