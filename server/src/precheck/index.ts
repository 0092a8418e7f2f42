// Pre-checks: pure, synchronous detectors for details a moderator may need to remove or act on.
// One file per rule in rules/; evaluate.ts scores them against corpus.json (see
// server/bench/precheck-corpus.ts). Nothing here does I/O at check time.
import { mergeSpans } from './spans.ts'
import type { Audience, Check, Lang, PrecheckFlag } from './types.ts'
import { textLanguage } from './language.ts'
import { REGEX_RUNS_BEFORE_COMPILING } from '../regex-engine.ts'
import { allCaps } from './rules/all-caps.ts'
import { complaint } from './rules/complaint.ts'
import { date } from './rules/date.ts'
import { email } from './rules/email.ts'
import { nhsNumber } from './rules/nhs-number.ts'
import { notExperience } from './rules/not-experience.ts'
import { personDescription } from './rules/person-description.ts'
import { personName } from './rules/person-name.ts'
import { phone } from './rules/phone.ts'
import { postcode } from './rules/postcode.ts'
import { profanity } from './rules/profanity.ts'
import { safeguarding } from './rules/safeguarding.ts'
import { url } from './rules/url.ts'

export { PRECHECK_RULES } from './types.ts'
export type { Audience, Lang, PrecheckFlag, PrecheckRule } from './types.ts'
export { textLanguage } from './language.ts'

export const CHECKS: Check[] = [
  allCaps,
  email,
  url,
  phone,
  nhsNumber,
  postcode,
  date,
  personName,
  profanity,
  safeguarding,
  complaint,
  personDescription,
  notExperience,
]

/**
 * Finds details a moderator may need to remove, or that need attention. Pure and synchronous;
 * offsets are UTF-16 code units, so `text.slice(start, end)` is the flagged span. The rules that
 * depend on language (names, dates, safeguarding, complaint…) read the text as English or Welsh:
 * its words decide, and `lang`, the language the author chose, settles a text too short to tell.
 * An author is shown only what a rule can explain; a moderator also sees what the learned
 * not_experience model adds.
 */
export function runPrechecks(text: string, lang?: Lang, audience: Audience = 'moderator'): PrecheckFlag[] {
  const flags: PrecheckFlag[] = []
  const language = textLanguage(text, lang)
  for (const check of CHECKS) {
    const spans = check.find(text, language)
    for (const span of mergeSpans(audience === 'author' ? spans.filter((s) => !s.moderatorsOnly) : spans)) {
      flags.push({ rule: check.rule, start: span.start, end: span.end, message: check.message })
    }
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end)
}

/**
 * The pre-checks of an answer to a story: a provider's response or the author's reply. Whether a
 * text tells of care is a question about stories only ("Thank you for telling us about your
 * father's stay" is not one, and need not be); a response is not judged for complaint language
 * either (pointing the author to PALS or the complaints team is not a complaint).
 */
export function answerPrechecks(text: string, kind: 'response' | 'reply', lang?: Lang): PrecheckFlag[] {
  return runPrechecks(text, lang).filter(
    (f) => f.rule !== 'not_experience' && !(kind === 'response' && f.rule === 'complaint'),
  )
}

/**
 * The pre-checks of a story's title and body, each flag marked with its field. Whether the story
 * tells of care is read from its body alone: a title ("Nowhere for parents to eat or rest") heads
 * the story rather than telling it.
 */
export function storyPrechecks(title: string, body: string, lang?: Lang, audience: Audience = 'moderator') {
  return [
    ...runPrechecks(title, lang, audience)
      .filter((f) => f.rule !== 'not_experience')
      .map((f) => ({ ...f, field: 'title' as const })),
    ...runPrechecks(body, lang, audience).map((f) => ({ ...f, field: 'body' as const })),
  ]
}

/** Texts that lead every rule's regexes to run: someone telling of care, and an advert. */
export const WARM_TEXTS: [string, Lang][] = [
  [
    'My mum was on Ward 7 on Christmas Eve. The nurse, Sarah, was kind, but I want to make a formal complaint.',
    'en',
  ],
  ['Great offer at our new clinic this week, book now on 01234 567890!', 'en'],
  [
    'Roedd fy mam ar y ward Nos Galan 2024. Roedd y nyrs, Siân, yn garedig, ond rydw i eisiau gwneud cwyn ffurfiol.',
    'cy',
  ],
  ['Cynnig arbennig yn ein clinig newydd yr wythnos hon, archebwch nawr ar 01234 567890!', 'cy'],
]

/**
 * Runs the pre-checks over a few texts until V8 has compiled the regexes every text meets, while
 * the process is young: V8 optimises a regex's machine code only while the process holds under
 * 16 MB of it (see regex-engine.ts), and the first Welsh story after a morning of English ones had
 * met the same regexes, compiled late, two to three times slower. Each text is also run with a
 * curly apostrophe, as V8 compiles a regex apart for text with characters beyond Latin-1. About
 * 0.2 s of CPU; servers call it first.
 */
export function warmPrechecks(): void {
  // A regex that reads each text once meets four texts a round in its language.
  const rounds = Math.ceil(REGEX_RUNS_BEFORE_COMPILING / 4) + 1
  for (let round = 0; round < rounds; round++) {
    for (const [text, lang] of WARM_TEXTS) {
      runPrechecks(text, lang)
      runPrechecks(text.replace(',', '’,'), lang)
    }
  }
}
