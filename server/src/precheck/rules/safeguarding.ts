import { PhraseMatcher } from '../phrases.ts'
import type { Check } from '../types.ts'
import { WELSH_SAFEGUARDING } from './safeguarding-cy.ts'
import { ENGLISH_SELF_HARM } from './safeguarding-en.ts'
import { ENGLISH_HARM } from './safeguarding-en-harm.ts'
import { ENGLISH_NEGLECT } from './safeguarding-en-neglect.ts'

const ENGLISH = new PhraseMatcher([...ENGLISH_SELF_HARM, ...ENGLISH_HARM, ...ENGLISH_NEGLECT], "(?![\\w'’])")
// A miss here is the worst failure, so English phrases are looked for in Welsh text too (one pass).
const ENGLISH_AND_WELSH = PhraseMatcher.union(ENGLISH, WELSH_SAFEGUARDING)

// A screening question answered no: "asked whether I felt like harming myself, and I said no".
const ANSWERED_NO =
  /^[^.!?]{0,6}(?:and I said (?:no|I didn'?t|I hadn'?t|I haven'?t|I don'?t|I wasn'?t|not)|I said no|a dywedais(?: i)? (?:na|nad)|ac fe ddywedais(?: i)? (?:na|nad))\b/iu

export const safeguarding: Check = {
  rule: 'safeguarding',
  message:
    'If you or someone else is in danger now, please call 999. For urgent help call NHS 111, or call Samaritans free on 116 123. A moderator will read what you have written.',
  find: (text, lang) =>
    (lang === 'cy' ? ENGLISH_AND_WELSH : ENGLISH)
      .find(text)
      .filter((span) => !ANSWERED_NO.test(text.slice(span.end, span.end + 30))),
}
