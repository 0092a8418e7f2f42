import type { Check, Lang, Span } from '../types.ts'
import { ENGLISH, WELSH, type Cues } from './not-experience-cues.ts'

const SENTENCE = /[^.!?\n]+[.!?]*/g

/**
 * Whether a sentence is advertising, a test, a bare question or a general opinion. A sentence in
 * which someone tells of care ("I", "my dad", "we were") is a story, unless it sells something.
 */
function notAnExperience(sentence: string, cues: Cues): boolean {
  if (cues.advert.test(sentence) || cues.test.test(sentence) || cues.enquiry.test(sentence)) return true
  cues.notTeller.lastIndex = 0
  const told = cues.teller.test(
    cues.notTeller.test(sentence) ? sentence.replace(cues.notTeller, ' ') : sentence,
  )
  if (told) return false
  if (cues.weakAdvert.test(sentence)) return true
  if (cues.question.test(sentence) && !cues.someone.test(sentence)) return true
  if (cues.campaign.test(sentence)) return true
  if (cues.topic.test(sentence) && cues.opinion.test(sentence) && !cues.specific.test(sentence)) return true
  // "The NHS is the envy of the world", "Politicians have no idea": the health service or a whole
  // profession, in the present tense, told by nobody.
  return (
    cues.generic.test(sentence) &&
    cues.present.test(sentence) &&
    !cues.past.test(sentence) &&
    !cues.deictic.test(sentence)
  )
}

function findNotExperience(text: string, lang: Lang): Span[] {
  const cues = lang === 'cy' ? WELSH : ENGLISH
  const spans: Span[] = []
  for (const m of text.matchAll(SENTENCE)) {
    if (!notAnExperience(m[0], cues)) continue
    const start = m.index + (m[0].length - m[0].trimStart().length)
    spans.push({ start, end: m.index + m[0].trimEnd().length })
  }
  return spans
}

export const notExperience: Check = {
  rule: 'not_experience',
  message:
    'This does not read like an experience of care. Heard publishes stories about care that you, or someone close to you, received; advertising and general opinions are not published.',
  find: findNotExperience,
}
