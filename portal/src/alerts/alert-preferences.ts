import { msg, str } from '@lit/localize'
import type { Issue } from '../shared/api.ts'
import type { FieldError } from '../shared/heard-error-summary.ts'
import { CRITICALITY_LABELS, plural } from '../shared/format.ts'
import type { AlertPreferences } from './types.ts'

/** As the server allows (`AlertPreferencesInput`). */
export const MAX_ALERT_SERVICES = 50

export const FREQUENCIES = ['immediate', 'daily'] as const satisfies readonly AlertPreferences['frequency'][]
export type Frequency = (typeof FREQUENCIES)[number]

export const FREQUENCY_LABELS: Record<Frequency, { label: string; hint: string; inText: string }> = {
  immediate: {
    get label() {
      return msg('Immediately')
    },
    get inText() {
      return msg('immediately')
    },
    get hint() {
      return msg('One email for each story, as soon as it is published')
    },
  },
  daily: {
    get label() {
      return msg('Daily digest')
    },
    get inText() {
      return msg('in a daily digest')
    },
    get hint() {
      return msg('One email each morning (07:00 UTC) listing the stories published since the last one')
    },
  },
}

/** "0 not critical" … "5 severely critical": the words moderators use (DESIGN, "Criticality"). */
export const criticalityLabel = (n: number) => `${n} ${CRITICALITY_LABELS[n] ?? ''}`.trim()

/** What a minimum criticality means for the emails. */
export function criticalityMeaning(n: number) {
  if (n <= 0) return msg('every story, positive ones too')
  if (n >= 5) return msg('only severely critical stories')
  return msg(str`stories ${CRITICALITY_LABELS[n]} or more`)
}

export type AlertForm = { serviceIds: string[]; minCriticality: number; frequency: Frequency | null }

/** Field ids in the alerts form, for the error summary's links. */
export const FIELDS = {
  services: 'services',
  criticality: 'criticality-0',
  frequency: 'frequency-immediate',
} as const

/** The form's own checks, before asking the server. */
export function checkAlertForm(form: AlertForm): FieldError[] {
  const errors: FieldError[] = []
  if (!form.serviceIds.length)
    errors.push({ field: FIELDS.services, message: msg('Choose at least one service') })
  if (form.serviceIds.length > MAX_ALERT_SERVICES)
    errors.push({ field: FIELDS.services, message: msg(str`Choose at most ${MAX_ALERT_SERVICES} services`) })
  if (!form.frequency)
    errors.push({ field: FIELDS.frequency, message: msg('Choose how often to get emails') })
  return errors
}

/**
 * The server's `issues` as errors beside their fields. `serviceIds.3` names the fourth service
 * sent; `names` says what it is called, so the message can say which one.
 */
export function alertIssueErrors(
  issues: Issue[],
  sent: string[],
  names: ReadonlyMap<string, string>,
): FieldError[] {
  return issues.map((issue) => {
    const [field, index] = issue.path.split('.')
    if (field === 'minCriticality') return { field: FIELDS.criticality, message: issue.message }
    if (field === 'frequency') return { field: FIELDS.frequency, message: issue.message }
    const id = index === undefined ? undefined : sent[Number(index)]
    const name = id === undefined ? undefined : (names.get(id) ?? msg('A service'))
    return { field: FIELDS.services, message: name ? `${name} ${issue.message}` : issue.message }
  })
}

export type AlertState = {
  /** A short answer to "are my alerts on?" */
  title: string
  /** What else is true: paused, billing, the choices. */
  notes: string[]
}

/** The current state in plain words, for the top of the page. */
export function describeAlerts(alerts: AlertPreferences | null, mayAct: boolean): AlertState {
  const billing = msg('Alerts are paused while billing allows reading only.')
  if (!alerts) {
    return { title: msg('Alerts are off'), notes: mayAct ? [] : [billing] }
  }
  const notes: string[] = []
  if (alerts.paused) notes.push(msg('Paused by an unsubscribe link — saving resumes them.'))
  if (!mayAct) notes.push(billing)
  const services = plural(alerts.services.length, msg('service'), msg('services'))
  const meaning = criticalityMeaning(alerts.minCriticality)
  const on = !alerts.paused && mayAct
  return {
    title: on ? msg('Alerts are on') : msg('Alerts are paused'),
    notes: [
      alerts.frequency === 'daily'
        ? msg(str`A daily digest about ${services}: ${meaning}.`)
        : msg(str`An email as each story is published about ${services}: ${meaning}.`),
      ...notes,
    ],
  }
}
