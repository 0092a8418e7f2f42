/** Every user-facing string of the change pieces of the inbox (one place, for Welsh later). */
export const CHANGE_TEXT = {
  summaryLabel: 'What will change, or what changed',
  summaryHint:
    'Shown publicly with your response, e.g. “Quiet hours from 11 pm on every ward”. 10–500 characters.',
  monthLabel: 'Expected by (month)',
  monthHint: 'A planned change: the month you expect it to be made. You will be reminded if it passes.',
  summaryTooShort: 'Say what will change, or what changed, in at least 10 characters',
  recordTitle: 'Record a change',
  markMadeTitle: 'Mark the change made',
  statusLegend: 'The change is',
  planned: 'Planned',
  made: 'Made',
  save: 'Send to the moderator',
  saved:
    'Your change is waiting for a moderator. It is shown with your response once they have checked it, and the story’s author is told.',
  waiting: 'Waiting for a moderator',
  expected: 'expected by',
  failed: 'The change could not be saved.',
} as const

const MONTHS = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' })

/** "March 2027" from "2027-03" or an ISO date. */
export function monthWords(value: string): string {
  return MONTHS.format(new Date(/^\d{4}-\d{2}$/.test(value) ? `${value}-01T00:00:00Z` : value))
}

/** "Change made, March 2027" / "Change planned, expected by May 2027". */
export function changeHeading(change: {
  status: 'planned' | 'made'
  expectedBy: string | null
  madeAt?: string | null
}) {
  if (change.status === 'made')
    return change.madeAt ? `Change made, ${monthWords(change.madeAt)}` : 'Change made'
  return change.expectedBy
    ? `Change planned, ${CHANGE_TEXT.expected} ${monthWords(change.expectedBy)}`
    : 'Change planned'
}
