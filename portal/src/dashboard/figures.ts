import { html, nothing } from 'lit'
import type { Dashboard } from './types.ts'

/** The dashboard's words for its figures (one place, for Welsh later). */
export const FIGURE_TEXT = {
  stories: 'Stories',
  rate: 'Response rate',
  hours: 'Median working hours to first response',
  withinDue: 'Answered within the due time',
  overdue: 'Overdue now',
  planned: 'Changes planned',
  made: 'Changes made',
  changesOverdue: 'Planned changes overdue',
  benchmark: 'Median of all subscribers',
  benchmarkNote:
    'Beside each figure, the median of all subscribers on Heard for the same months, shown when at least 5 subscribers contribute. No subscriber is named.',
} as const

export const percent = (v: number) => `${Math.round(v * 1000) / 10}%`
const hours = (v: number) => `${Math.round(v * 10) / 10} h`
const count = (v: number) => String(Math.round(v * 10) / 10)

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
