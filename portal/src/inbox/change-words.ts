import { msg, str } from '@lit/localize'
import { formatDateIn } from '../shared/locale.ts'

/** Every user-facing string of the change pieces of the inbox (getters: read in the portal's language). */
export const CHANGE_TEXT = {
  get summaryLabel() {
    return msg('What will change, or what changed')
  },
  get summaryHint() {
    return msg(
      'Shown publicly with your response, e.g. “Quiet hours from 11 pm on every ward”. 10–500 characters.',
    )
  },
  get monthLabel() {
    return msg('Expected by (month)')
  },
  get monthHint() {
    return msg('A planned change: the month you expect it to be made. You will be reminded if it passes.')
  },
  get summaryTooShort() {
    return msg('Say what will change, or what changed, in at least 10 characters')
  },
  get recordTitle() {
    return msg('Record a change')
  },
  get markMadeTitle() {
    return msg('Mark the change made')
  },
  get statusLegend() {
    return msg('The change is')
  },
  get planned() {
    return msg('Planned')
  },
  get made() {
    return msg('Made')
  },
  get save() {
    return msg('Send to the moderator')
  },
  get saved() {
    return msg(
      'Your change is waiting for a moderator. It is shown with your response once they have checked it, and the story’s author is told.',
    )
  },
  get waiting() {
    return msg('Waiting for a moderator')
  },
  get failed() {
    return msg('The change could not be saved.')
  },
}

/** "March 2027" from "2027-03" or an ISO date. */
export function monthWords(value: string): string {
  const date = new Date(/^\d{4}-\d{2}$/.test(value) ? `${value}-01T00:00:00Z` : value)
  return formatDateIn(date, { month: 'long', utc: true })
}

/** "Change made, March 2027" / "Change planned, expected by May 2027". */
export function changeHeading(change: {
  status: 'planned' | 'made'
  expectedBy: string | null
  madeAt?: string | null
}) {
  if (change.status === 'made')
    return change.madeAt ? msg(str`Change made, ${monthWords(change.madeAt)}`) : msg('Change made')
  return change.expectedBy
    ? msg(str`Change planned, expected by ${monthWords(change.expectedBy)}`)
    : msg('Change planned')
}
