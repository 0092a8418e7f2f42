import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import { intlLocale } from '../shared/locale.ts'
import type { Dashboard } from './types.ts'

/** The dashboard's words for its figures (getters: read in the portal's language). */
export const FIGURE_TEXT = {
  get stories() {
    return msg('Stories')
  },
  get rate() {
    return msg('Response rate')
  },
  get hours() {
    return msg('Median working hours to first response')
  },
  get withinDue() {
    return msg('Answered within the due time')
  },
  get overdue() {
    return msg('Overdue now')
  },
  get planned() {
    return msg('Changes planned')
  },
  get made() {
    return msg('Changes made')
  },
  get changesOverdue() {
    return msg('Planned changes overdue')
  },
  get benchmark() {
    return msg('Median of all subscribers')
  },
  get benchmarkNote() {
    return msg(
      'Beside each figure, the median of all subscribers on Heard for the same months, shown when at least 5 subscribers contribute. No subscriber is named.',
    )
  },
} as const

export const percent = (v: number) => `${(Math.round(v * 1000) / 10).toLocaleString(intlLocale())}%`
const hours = (v: number) => msg(str`${(Math.round(v * 10) / 10).toLocaleString(intlLocale())} h`)
const count = (v: number) => (Math.round(v * 10) / 10).toLocaleString(intlLocale())

function figure(
  label: string,
  value: number | null,
  format: (v: number) => string,
  benchmark?: number | null,
) {
  return html`<div class="figure">
    <dt>${label}</dt>
    <dd class="value">${value === null ? '–' : format(value)}</dd>
    ${
      benchmark === undefined || benchmark === null
        ? nothing
        : html`<dd class="benchmark">${FIGURE_TEXT.benchmark}: ${format(benchmark)}</dd>`
    }
  </div>`
}

/** The headline figures, each beside the median of all subscribers when there is one. */
export function dashboardFigures(d: Dashboard) {
  const b = d.benchmark
  return html`<dl class="figures">
      ${figure(FIGURE_TEXT.stories, d.responses.stories, count)}
      ${figure(FIGURE_TEXT.rate, d.responses.rate, percent, b.rate)}
      ${figure(FIGURE_TEXT.hours, d.clock.medianWorkingHoursToFirstResponse, hours, b.medianWorkingHours)}
      ${figure(FIGURE_TEXT.withinDue, d.clock.answeredWithinDue, percent, b.answeredWithinDue)}
      ${figure(FIGURE_TEXT.overdue, d.clock.overdueNow, count, b.overdueNow)}
      ${figure(FIGURE_TEXT.planned, d.changes.planned, count, b.changesPlanned)}
      ${figure(FIGURE_TEXT.made, d.changes.made, count, b.changesMade)}
      ${figure(FIGURE_TEXT.changesOverdue, d.changes.overdue, count, b.changesOverdue)}
    </dl>
    <p class="secondary small">${FIGURE_TEXT.benchmarkNote}</p>`
}
