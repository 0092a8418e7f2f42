import type { Check, Lang, Span } from '../types.ts'
import { ENGLISH, type Cues } from './not-experience-cues.ts'
import { WELSH } from './not-experience-cues-cy.ts'
import { learnedNotExperience, mentionsCare } from './not-experience-model.ts'

// A full stop inside a word ("www.example.org", "e.g.") does not end a sentence.
export const SENTENCE = /(?:[^.!?\n]|[.!?](?=[^\s.!?]))+[.!?]*/g
const SHOUTING = /^\s*\p{Lu}{2,}\s+\p{Lu}{2,}/u
/** Three words in capitals anywhere: shouting, which all_caps answers for. */
const CAPITALS = /\p{Lu}{2,}[\s,]+\p{Lu}{2,}[\s,]+\p{Lu}{2,}/u
/** Four keys in a row on a keyboard, either way ("asdf", "jhgf"), inside a word. */
const KEYBOARD_ROW =
  /asdf|bvcx|cvbn|dfgh|fdsa|fghj|gfds|ghjk|hgfd|hjkl|iuyt|jhgf|kjhg|lkjh|mnbv|nbvc|oiuy|poiu|qwer|rewq|rtyu|sdfg|tyui|uiop|uytr|vbnm|vcxz|xcvb|ytre|yuio|zxcv/
/** A lower-case run of five consonants or more, as a hand on the keyboard types ("sdfghj"). */
const KEYBOARD = /(?<![a-zA-ZÀ-ÿ])(?!https?:)[bcdfghjklmnpqrstvxz]{5,}(?![a-zA-ZÀ-ÿ])/

/**
 * Why a sentence is not an experience of care: `strong` whoever seems to speak (advertising, a
 * test, a chain message, an enquiry, a campaign); `weak` an offer, chatter or politics that nobody
 * tells of care in; `question` a bare question and `opinion` a general opinion, either of which the
 * sentence after it may show to be part of a story.
 */
type Kind = 'strong' | 'weak' | 'question' | 'opinion'

function kindOf(sentence: string, cues: Cues, tells: boolean): Kind | undefined {
  if (
    cues.advert.test(sentence) ||
    cues.test.test(sentence) ||
    KEYBOARD.test(sentence) ||
    KEYBOARD_ROW.test(sentence) ||
    cues.chain.test(sentence) ||
    cues.recruit.test(sentence) ||
    cues.enquiry.test(sentence) ||
    cues.ask.test(sentence) ||
    cues.campaign.test(sentence) ||
    cues.rally.test(sentence)
  )
    return 'strong'
  if (tells) return undefined
  if (cues.weakAdvert.test(sentence) || cues.saying.test(sentence) || cues.party.test(sentence)) return 'weak'
  const past = cues.past.test(sentence)
  if (!past && (cues.wanted.test(sentence) || cues.chatter.test(sentence))) return 'weak'
  // A question in capitals is shouting, which all_caps answers for.
  if (cues.question.test(sentence) && !cues.someone.test(sentence) && !SHOUTING.test(sentence))
    return 'question'
  if (cues.topic.test(sentence) && cues.opinion.test(sentence) && !cues.specific.test(sentence))
    return 'opinion'
  // "The NHS is the envy of the world", "Politicians have no idea": the health service or a whole
  // profession, in the present tense, told by nobody.
  return cues.generic.test(sentence) && cues.present.test(sentence) && !past && !cues.deictic.test(sentence)
    ? 'opinion'
    : undefined
}

/** Whether someone tells of themselves or someone close ("I", "my dad", "we were"), beyond "I think". */
function told(sentence: string, cues: Cues): boolean {
  cues.notTeller.lastIndex = 0
  return cues.teller.test(cues.notTeller.test(sentence) ? sentence.replace(cues.notTeller, ' ') : sentence)
}

/**
 * Whether the learned model may be asked about `sentence`: not when it shouts, and not when it
 * names care in the past tense ("the ambulance crew were the best thing about a horrible night").
 */
export function mayAskModel(sentence: string, lang: Lang): boolean {
  if (CAPITALS.test(sentence)) return false
  return !((lang === 'cy' ? WELSH : ENGLISH).past.test(sentence) && mentionsCare(sentence))
}

/** Whether `sentence` tells of the writer's own care or that of someone close to them. */
export const tellsOfCare = (sentence: string, lang: Lang) => told(sentence, lang === 'cy' ? WELSH : ENGLISH)

/**
 * Whether a text's sentences tell of the writer's own care: someone tells of themselves or someone
 * close, and care is named ("Twice I've found Mum…", "…the staff on the Nursing Floor"). Where they
 * do not, the learned model is asked.
 */
export const tellsOfOwnCare = (sentences: string[], lang: Lang) =>
  sentences.some((s) => tellsOfCare(s, lang)) && sentences.some(mentionsCare)

function findNotExperience(text: string, lang: Lang): Span[] {
  const cues = lang === 'cy' ? WELSH : ENGLISH
  const sentences = [...text.matchAll(SENTENCE)]
  const spans: Span[] = []
  const tells = sentences.map((m) => told(m[0], cues))
  const nobodyTells = !tells.includes(true)
  // Where nobody tells of their own care ("I", "my dad" and a nurse, a ward, a GP…), the learned
  // model may add what the cues do not know.
  const modelMayRead = nobodyTells || !sentences.some((m) => mentionsCare(m[0]))
  sentences.forEach((m, i) => {
    const kind = kindOf(m[0], cues, tells[i]!)
    const learned = !kind && modelMayRead && mayAskModel(m[0], lang) && learnedNotExperience(m[0], lang)
    if (!kind && !learned) return
    // "Is it normal to wait nine weeks? That is what happened to my father.": the story answers it.
    const next = sentences[i + 1]?.[0]
    const asked = kind === 'question' || (kind === 'opinion' && m[0].trimEnd().endsWith('?'))
    if (asked && next !== undefined && tells[i + 1]) return
    const start = m.index + (m[0].length - m[0].trimStart().length)
    // An author telling of care is shown only what is plainly not part of a story (an advert, a
    // test, an enquiry…); a question or opinion among their own care is the moderator's to judge.
    const moderatorsOnly = learned || (kind !== 'strong' && !nobodyTells)
    spans.push({ start, end: m.index + m[0].trimEnd().length, ...(moderatorsOnly && { moderatorsOnly }) })
  })
  return spans
}

export const notExperience: Check = {
  rule: 'not_experience',
  message:
    'This does not read like an experience of care. Heard publishes stories about care that you, or someone close to you, received; advertising and general opinions are not published.',
  find: findNotExperience,
}
