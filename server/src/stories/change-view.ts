import { html } from 'hono/html'
import { defineMessages, formatMonth, type Lang } from '../i18n/index.ts'
import type { ResponseChange } from './response-change.ts'

/** The words of a response's change on the story page and the follow page. */
export const changeMessages = defineMessages(
  {
    made: 'Change made',
    planned: 'Change planned',
    /** "Change made, March 2027". */
    madeIn: 'Change made, #',
    /** "Change planned, expected by May 2027". */
    plannedBy: 'Change planned, expected by #',
  },
  {
    made: 'Newid wedi ei wneud',
    planned: 'Newid wedi ei gynllunio',
    madeIn: 'Newid wedi ei wneud, #',
    plannedBy: 'Newid wedi ei gynllunio, disgwylir erbyn #',
  },
)

/** "March 2027" (or "Mawrth 2027") from "2027-03" or an ISO date. */
export function monthInWords(value: string, lang: Lang = 'en'): string {
  const iso = /^\d{4}-\d{2}$/.test(value) ? `${value}-01T00:00:00Z` : value
  return formatMonth(new Date(iso), lang)
}

/** "Change made, March 2027" / "Change planned, expected by May 2027": the heading of a change. */
export function changeHeading(change: ResponseChange, lang: Lang = 'en'): string {
  const t = changeMessages[lang]
  if (change.status === 'made') {
    return change.madeAt ? t.madeIn.replace('#', monthInWords(change.madeAt, lang)) : t.made
  }
  return change.expectedBy ? t.plannedBy.replace('#', monthInWords(change.expectedBy, lang)) : t.planned
}

/** A response's change as a paragraph: its heading, then the summary (escaped). */
export function changeParagraph(change: ResponseChange | null, lang: Lang = 'en') {
  if (!change) return ''
  return html`<p class="change-note">
    <strong>${changeHeading(change, lang)}</strong>${change.summary ? html`: ${change.summary}` : ''}
  </p>`
}
