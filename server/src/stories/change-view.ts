import { html } from 'hono/html'
import type { ResponseChange } from './response-change.ts'

/** The words of a response's change on public pages and the follow page (one place, for Welsh later). */
export const CHANGE_WORDS = {
  made: 'Change made',
  planned: 'Change planned',
  expected: 'expected by',
} as const

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "March 2027" from "2027-03" or an ISO date. */
export function monthInWords(value: string): string {
  const iso = /^\d{4}-\d{2}$/.test(value) ? `${value}-01T00:00:00Z` : value
  return MONTHS.format(new Date(iso))
}

/** "Change made, March 2027" / "Change planned, expected by May 2027": the heading of a change. */
export function changeHeading(change: ResponseChange): string {
  if (change.status === 'made') {
    return change.madeAt ? `${CHANGE_WORDS.made}, ${monthInWords(change.madeAt)}` : CHANGE_WORDS.made
  }
  return change.expectedBy
    ? `${CHANGE_WORDS.planned}, ${CHANGE_WORDS.expected} ${monthInWords(change.expectedBy)}`
    : CHANGE_WORDS.planned
}

/** A response's change as a paragraph: its heading, then the summary (escaped). */
export function changeParagraph(change: ResponseChange | null) {
  if (!change) return ''
  return html`<p class="change-note">
    <strong>${changeHeading(change)}</strong>${change.summary ? html`: ${change.summary}` : ''}
  </p>`
}
