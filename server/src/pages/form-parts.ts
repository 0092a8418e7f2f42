import { html } from 'hono/html'
import { inlineError, type Html } from '../html/layout.ts'
import { fillText } from '../html/lang.ts'
import { formatNumber, type Lang } from '../i18n/index.ts'
import { formMessages } from './form-messages.ts'

/** A form's errors by field name, each with the message shown beside it and in the summary. */
export type FieldErrors = Record<string, string>

/** The GOV.UK error summary: first on the page, each message linked to its field. */
export function errorSummary(errors: FieldErrors, ids: Record<string, string>, lang: Lang = 'en'): Html | '' {
  const entries = Object.entries(errors)
  if (!entries.length) return ''
  return html`<div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1">
    <h2 id="error-summary-title">${formMessages[lang].problem}</h2>
    <ul>
      ${entries.map(([field, message]) => html`<li><a href="#${ids[field] ?? field}">${message}</a></li>`)}
    </ul>
  </div>`
}

const describedBy = (...ids: (string | false | undefined)[]) => ids.filter(Boolean).join(' ') || undefined

export interface FieldOpts {
  id: string
  name: string
  label: string
  value?: string
  hint?: string
  error?: string
  /** `textarea`, or an input type. */
  type?: 'text' | 'email' | 'textarea'
  autocomplete?: string
  maxlength?: number
  /** A character-count hint under a textarea or input ("You can use up to … characters"). */
  count?: number
  lang?: Lang
}

/** An inline error: its words, after a prefix ("Error:") for screen readers. */
export const errorMessage = (id: string, message: string, lang: Lang = 'en') =>
  inlineError(id, message, formMessages[lang].errorPrefix)

/** A labelled input or textarea with its hint and inline error (GOV.UK form group). */
export function field(o: FieldOpts): Html {
  const hintId = o.hint || o.count ? `${o.id}-hint` : undefined
  const errorId = o.error ? `${o.id}-error` : undefined
  const aria = describedBy(hintId, errorId)
  const lang = o.lang ?? 'en'
  const count = o.count ? fillText(formMessages[lang].count, formatNumber(o.count, lang)) : ''
  const hint = [o.hint, count].filter(Boolean).join(' ')
  const control =
    o.type === 'textarea'
      ? html`<textarea
          id="${o.id}"
          name="${o.name}"
          rows="8"
          ${aria ? html`aria-describedby="${aria}"` : ''}
          ${o.error ? html`aria-invalid="true"` : ''}
        >
${o.value ?? ''}</textarea>`
      : html`<input
          id="${o.id}"
          name="${o.name}"
          type="${o.type ?? 'text'}"
          value="${o.value ?? ''}"
          ${o.autocomplete ? html`autocomplete="${o.autocomplete}"` : ''}
          ${o.maxlength ? html`maxlength="${o.maxlength}"` : ''}
          ${aria ? html`aria-describedby="${aria}"` : ''}
          ${o.error ? html`aria-invalid="true"` : ''}
        />`
  return html`<div class="form-group ${o.error ? 'field-error' : ''}">
    <label for="${o.id}">${o.label}</label>
    ${hintId ? html`<p class="hint" id="${hintId}">${hint}</p>` : ''}
    ${errorId ? errorMessage(errorId, o.error!, lang) : ''} ${control}
  </div>`
}

export interface ChoiceOpts {
  id: string
  name: string
  legend: string
  options: readonly { value: string; label: string }[]
  /** Checked values. */
  checked: readonly string[]
  type: 'radio' | 'checkbox'
  hint?: string
  error?: string
  lang?: Lang
}

/** Radios or checkboxes in a fieldset; the first input carries `id` for the error summary's link. */
export function choices(o: ChoiceOpts): Html {
  const hintId = o.hint ? `${o.id}-hint` : undefined
  const errorId = o.error ? `${o.id}-error` : undefined
  const aria = describedBy(hintId, errorId)
  return html`<div class="form-group ${o.error ? 'field-error' : ''}">
    <fieldset ${aria ? html`aria-describedby="${aria}"` : ''}>
      <legend>${o.legend}</legend>
      ${hintId ? html`<p class="hint" id="${hintId}">${o.hint}</p>` : ''}
      ${errorId ? errorMessage(errorId, o.error!, o.lang) : ''}
      <div class="choices">
        ${o.options.map(
          (opt, i) =>
            html`<div class="choice">
              <input
                id="${i ? `${o.id}-${i}` : o.id}"
                name="${o.name}"
                type="${o.type}"
                value="${opt.value}"
                ${o.checked.includes(opt.value) ? 'checked' : ''}
              />
              <label for="${i ? `${o.id}-${i}` : o.id}">${opt.label}</label>
            </div>`,
        )}
      </div>
    </fieldset>
  </div>`
}

/** The honeypot: hidden from people (and from assistive technology), filled in only by software. */
export const honeypot = (lang: Lang = 'en') =>
  html`<div class="hp" aria-hidden="true">
    <label for="website">${formMessages[lang].honeypot}</label>
    <input id="website" name="website" type="text" tabindex="-1" autocomplete="off" />
  </div>`

/** Zod issues as one message per top-level field (the first wins), e.g. `tags.good.0` → `tags`. */
export function fieldErrors(issues: readonly { path: PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {}
  for (const issue of issues) {
    const name = String(issue.path[0] ?? 'form')
    errors[name] ??= issue.message
  }
  return errors
}
