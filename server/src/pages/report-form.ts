import { html } from 'hono/html'
import { inLang } from '../html/lang.ts'
import type { Lang } from '../i18n/index.ts'
import { REPORT_REASONS } from '../reports/schemas.ts'
import { choices, field, honeypot, type FieldErrors } from './form-parts.ts'
import { reportMessages } from './report-messages.ts'

export interface ReportValues {
  reason?: string
  details?: string
  email?: string
}

/**
 * The "Report this story" form at the foot of a published story, in `lang`: closed in a
 * `<details>` until opened, and open with its errors on the page that answers a refused report.
 */
export function reportForm(
  storyId: string,
  lang: Lang,
  values: ReportValues = {},
  errors: FieldErrors = {},
  open = Object.keys(errors).length > 0,
  /** On its own page (a refused report) the form's heading is the page's h1. */
  ownPage = false,
) {
  const t = reportMessages[lang]
  const form = html`<form method="post" action="${inLang(`/stories/${storyId}/report`, lang)}" novalidate>
    ${choices({
      id: 'reason',
      name: 'reason',
      legend: t.reason,
      options: REPORT_REASONS.map((r) => ({ value: r, label: t[`reason.${r}`] })),
      checked: values.reason ? [values.reason] : [],
      type: 'radio',
      error: errors.reason,
      lang,
    })}
    ${field({
      id: 'details',
      name: 'details',
      label: t.details,
      hint: t.detailsHint,
      type: 'textarea',
      count: 2000,
      value: values.details,
      error: errors.details,
      lang,
    })}
    ${field({
      id: 'report-email',
      name: 'email',
      type: 'email',
      label: t.email,
      hint: t.emailHint,
      autocomplete: 'email',
      value: values.email,
      error: errors.email,
      lang,
    })}
    ${honeypot(lang)}
    <button type="submit" class="secondary">${t.send}</button>
  </form>`
  return open
    ? html`<section class="report" aria-labelledby="report-title">
        ${ownPage ? html`<h1 id="report-title">${t.summary}</h1>` : html`<h2 id="report-title">${t.summary}</h2>`}
        <p>${t.intro}</p>
        ${form}
      </section>`
    : html`<details class="report">
        <summary>${t.summary}</summary>
        <p>${t.intro}</p>
        ${form}
      </details>`
}
