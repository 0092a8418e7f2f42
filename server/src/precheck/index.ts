// Pre-checks: pure, synchronous detectors for details a moderator may need to remove or act on.
// One file per rule in rules/; evaluate.ts scores them against corpus.json (see
// server/bench/precheck-corpus.ts). Nothing here does I/O at check time.
import { mergeSpans } from './spans.ts'
import type { Check, PrecheckFlag } from './types.ts'
import { allCaps } from './rules/all-caps.ts'
import { complaint } from './rules/complaint.ts'
import { date } from './rules/date.ts'
import { email } from './rules/email.ts'
import { nhsNumber } from './rules/nhs-number.ts'
import { personName } from './rules/person-name.ts'
import { phone } from './rules/phone.ts'
import { postcode } from './rules/postcode.ts'
import { profanity } from './rules/profanity.ts'
import { safeguarding } from './rules/safeguarding.ts'
import { url } from './rules/url.ts'

export { PRECHECK_RULES } from './types.ts'
export type { PrecheckFlag, PrecheckRule } from './types.ts'

const CHECKS: Check[] = [
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
]

/**
 * Finds details a moderator may need to remove, or that need attention. Pure and synchronous;
 * offsets are UTF-16 code units, so `text.slice(start, end)` is the flagged span.
 */
export function runPrechecks(text: string): PrecheckFlag[] {
  const flags: PrecheckFlag[] = []
  for (const check of CHECKS) {
    for (const span of mergeSpans(check.find(text))) {
      flags.push({ rule: check.rule, start: span.start, end: span.end, message: check.message })
    }
  }
  return flags.sort((a, b) => a.start - b.start || a.end - b.end)
}
