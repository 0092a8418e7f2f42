import { msg, str } from '@lit/localize'
import { clock, formatDateIn, intlLocale } from './locale.ts'
import type { FlagRule, ItemKind, StoryRoute, TagGroup } from './types.ts'

/**
 * "1 story", "3 stories". English words only: a translated page passes its own `one` and
 * `many` through msg() (a Welsh noun stays singular after a numeral: "3 stori").
 */
export const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString(intlLocale())} ${n === 1 ? one : many}`

/** "less than a minute", "1 minute", "3 hours", "2 days", "5 weeks": rounded down, as people say it. */
export function durationInWords(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds))
  if (s < 60) return msg('less than a minute')
  if (s < 3600) return plural(Math.floor(s / 60), msg('minute'), msg('minutes'))
  if (s < 86400) return plural(Math.floor(s / 3600), msg('hour'), msg('hours'))
  if (s < 14 * 86400) return plural(Math.floor(s / 86400), msg('day'), msg('days'))
  return plural(Math.floor(s / (7 * 86400)), msg('week'), msg('weeks'))
}

export const waitingInWords = (seconds: number) => msg(str`waiting ${durationInWords(seconds)}`)

export const formatDateTime = (iso: string) =>
  formatDateIn(new Date(iso), { day: true, month: 'long', time: true })
export const formatDate = (iso: string) => formatDateIn(new Date(iso), { day: true, month: 'long' })
export const formatTime = (iso: string) => clock(new Date(iso))

export const RULE_LABELS: Record<FlagRule, string> = {
  get person_name() {
    return msg("Person's name")
  },
  get email() {
    return msg('Email address')
  },
  get phone() {
    return msg('Phone number')
  },
  get nhs_number() {
    return msg('NHS number')
  },
  get postcode() {
    return msg('Postcode')
  },
  get date() {
    return msg('Date')
  },
  get url() {
    return msg('Web address')
  },
  get all_caps() {
    return msg('All capitals')
  },
  get profanity() {
    return msg('Profanity')
  },
  get safeguarding() {
    return msg('Safeguarding')
  },
  get complaint() {
    return msg('Complaint')
  },
  get person_description() {
    return msg('Description of a person')
  },
  get not_experience() {
    return msg('Not an experience of care')
  },
}
export const ruleLabel = (rule: string) => RULE_LABELS[rule as FlagRule] ?? rule.replace(/_/g, ' ')

export const ROUTE_LABELS: Record<StoryRoute, string> = {
  get widget() {
    return msg('Widget on a provider’s site')
  },
  get site() {
    return msg('Heard website')
  },
  get api() {
    return msg('API')
  },
  get assisted() {
    return msg('Assisted (told to staff)')
  },
}
export const routeLabel = (route: string | null) =>
  route ? (ROUTE_LABELS[route as StoryRoute] ?? route) : msg('Not recorded')

export const KIND_LABELS: Record<ItemKind, { one: string; many: string }> = {
  story: {
    get one() {
      return msg('Story')
    },
    get many() {
      return msg('Stories')
    },
  },
  response: {
    get one() {
      return msg('Response')
    },
    get many() {
      return msg('Responses')
    },
  },
  reply: {
    get one() {
      return msg('Reply')
    },
    get many() {
      return msg('Replies')
    },
  },
}

export const STATUS_LABELS: Record<string, string> = {
  get submitted() {
    return msg('Submitted')
  },
  get pending() {
    return msg('Waiting')
  },
  get in_review() {
    return msg('In review')
  },
  get published() {
    return msg('Published')
  },
  get held() {
    return msg('Held')
  },
  get rejected() {
    return msg('Rejected')
  },
  get withdrawn() {
    return msg('Withdrawn')
  },
  get hidden() {
    return msg('Hidden')
  },
  get edited() {
    return msg('Edited')
  },
  /** A moderator's decision on a change claim beside a published response. */
  get change_published() {
    return msg('Change published')
  },
  get change_rejected() {
    return msg('Change rejected')
  },
}
export const statusLabel = (status: string | null) =>
  status ? (STATUS_LABELS[status] ?? status.replace(/_/g, ' ')) : '—'

export const GROUP_LABELS: Record<TagGroup, string> = {
  get good() {
    return msg('What was good')
  },
  get improve() {
    return msg('What could be improved')
  },
  get feelings() {
    return msg('How did they feel')
  },
}

const criticalityLabels = () =>
  [
    msg('not critical'),
    msg('minimally critical'),
    msg('mildly critical'),
    msg('moderately critical'),
    msg('strongly critical'),
    msg('severely critical'),
  ] as const

/** Read at each use, so in the portal's current language (a list of six, indexed by criticality). */
export const CRITICALITY_LABELS: ReturnType<typeof criticalityLabels> = new Proxy(
  criticalityLabels() as unknown as string[],
  { get: (_, key) => Reflect.get(criticalityLabels(), key) },
) as unknown as ReturnType<typeof criticalityLabels>

export const AUTHOR_ROLE_LABELS: Record<string, string> = {
  get patient() {
    return msg('Patient')
  },
  get carer() {
    return msg('Carer')
  },
  get relative() {
    return msg('Relative')
  },
  get staff() {
    return msg('Member of staff')
  },
  get other() {
    return msg('Other')
  },
}

/** A directory node's kind in words (the directory's kinds are English codes). */
export const NODE_KIND_LABELS: Record<string, string> = {
  get organisation() {
    return msg('organisation')
  },
  get site() {
    return msg('site')
  },
  get department() {
    return msg('department')
  },
  get ward() {
    return msg('ward')
  },
}
export const nodeKindLabel = (kind: string) => NODE_KIND_LABELS[kind] ?? kind

/** A tag's polarity in words. */
export const POLARITY_LABELS: Record<string, string> = {
  get positive() {
    return msg('positive')
  },
  get negative() {
    return msg('negative')
  },
  get neutral() {
    return msg('neutral')
  },
}
export const polarityLabel = (polarity: string) => POLARITY_LABELS[polarity] ?? polarity
