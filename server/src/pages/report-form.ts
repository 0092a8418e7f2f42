import { html } from 'hono/html'
import { REPORT_REASONS } from '../reports/schemas.ts'
import { choices, field, honeypot, type FieldErrors } from './form-parts.ts'
import { REPORT } from './report-messages.ts'

export interface ReportValues {
  reason?: string
  details?: string
  email?: string
}

/**
 * The "Report this story" form at the foot of a published story: closed in a `<details>` until
 * opened, and open with its errors on the page that answers a refused report.
 */
export function reportForm(
  storyId: string,
  values: ReportValues = {},
  errors: FieldErrors = {},
  open = Object.keys(errors).length > 0,
  /** On its own page (a refused report) the form's heading is the page's h1. */
  ownPage = false,
) {
  const form = html`<form method="post" action="/stories/${storyId}/report" novalidate>
    ${choices({
      id: 'reason',
      name: 'reason',
      legend: REPORT.reason,
      options: REPORT_REASONS.map((r) => ({ value: r, label: REPORT.reasons[r] })),
      checked: values.reason ? [values.reason] : [],
      type: 'radio',
      error: errors.reason,
    })}
    ${field({
      id: 'details',
      name: 'details',
      label: REPORT.details,
      hint: REPORT.detailsHint,
      type: 'textarea',
      count: 2000,
      value: values.details,
      error: errors.details,
    })}
    ${field({
      id: 'report-email',
      name: 'email',
      type: 'email',
      label: REPORT.email,
      hint: REPORT.emailHint,
      autocomplete: 'email',
      value: values.email,
      error: errors.email,
    })}
    ${honeypot}
    <button type="submit" class="secondary">${REPORT.send}</button>
  </form>`
  return open
    ? html`<section class="report" aria-labelledby="report-title">
        ${
          ownPage
            ? html`<h1 id="report-title">${REPORT.summary}</h1>`
            : html`<h2 id="report-title">${REPORT.summary}</h2>`
        }
        <p>${REPORT.intro}</p>
        ${form}
      </section>`
    : html`<details class="report">
        <summary>${REPORT.summary}</summary>
        <p>${REPORT.intro}</p>
        ${form}
      </details>`
}
