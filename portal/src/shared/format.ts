import type { FlagRule, ItemKind, StoryRoute, TagGroup } from './types.ts'

/** "1 story", "3 stories". */
export const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** "less than a minute", "1 minute", "3 hours", "2 days", "5 weeks": rounded down, as people say it. */
export function durationInWords(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s < 60) return 'less than a minute'
  if (s < 3600) return plural(Math.floor(s / 60), 'minute')
  if (s < 86400) return plural(Math.floor(s / 3600), 'hour')
  if (s < 14 * 86400) return plural(Math.floor(s / 86400), 'day')
  return plural(Math.floor(s / (7 * 86400)), 'week')
}

export const waitingInWords = (seconds: number) => `waiting ${durationInWords(seconds)}`

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
})
const dateOnly = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })
const timeOnly = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit' })

export const formatDateTime = (iso: string) => dateTime.format(new Date(iso))
export const formatDate = (iso: string) => dateOnly.format(new Date(iso))
export const formatTime = (iso: string) => timeOnly.format(new Date(iso))

export const RULE_LABELS: Record<FlagRule, string> = {
  person_name: "Person's name",
  email: 'Email address',
  phone: 'Phone number',
  nhs_number: 'NHS number',
  postcode: 'Postcode',
  date: 'Date',
  url: 'Web address',
  all_caps: 'All capitals',
  profanity: 'Profanity',
  safeguarding: 'Safeguarding',
  complaint: 'Complaint',
  person_description: 'Description of a person',
  not_experience: 'Not an experience of care',
}
export const ruleLabel = (rule: string) => RULE_LABELS[rule as FlagRule] ?? rule.replace(/_/g, ' ')

export const ROUTE_LABELS: Record<StoryRoute, string> = {
  widget: 'Widget on a provider’s site',
  site: 'Heard website',
  api: 'API',
  assisted: 'Assisted (told to staff)',
}
export const routeLabel = (route: string | null) =>
  route ? (ROUTE_LABELS[route as StoryRoute] ?? route) : 'Not recorded'

export const KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  story: { one: 'Story', many: 'Stories' },
  response: { one: 'Response', many: 'Responses' },
  reply: { one: 'Reply', many: 'Replies' },
}

export const STATUS_LABELS: Record<string, string> = {
  submitted: 'Submitted',
  pending: 'Waiting',
  in_review: 'In review',
  published: 'Published',
  held: 'Held',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
  hidden: 'Hidden',
  edited: 'Edited',
}
export const statusLabel = (status: string | null) =>
  status ? (STATUS_LABELS[status] ?? status.replace(/_/g, ' ')) : '—'

export const GROUP_LABELS: Record<TagGroup, string> = {
  good: 'What was good',
  improve: 'What could be improved',
  feelings: 'How did they feel',
}

export const CRITICALITY_LABELS = [
  'not critical',
  'minimally critical',
  'mildly critical',
  'moderately critical',
  'strongly critical',
  'severely critical',
] as const

export const AUTHOR_ROLE_LABELS: Record<string, string> = {
  patient: 'Patient',
  carer: 'Carer',
  relative: 'Relative',
  staff: 'Member of staff',
  other: 'Other',
}
