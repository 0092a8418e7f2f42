import { matchAllFromCapitals } from '../spans.ts'
import type { Span } from '../types.ts'
import { NAME_WORD, NOT_NAMES, PLACE_WORDS, kindOf } from './name-words.ts'
import { regex } from '../regex.ts'

// Someone named in the story: "a lovely HCA called priya", "the nurse named josh".
const PERSON_NOUN =
  '(?:nurse|doctor|dr|consultant|registrar|surgeon|porter|cleaner|receptionist|physio|physiotherapist|OT|HCA|assistant|worker|carer|midwife|paramedic|pharmacist|GP|matron|sister|manager|student|volunteer|chaplain|therapist|technician|phlebotomist|dietitian|psychiatrist|counsellor|visitor|secretary|clerk|radiographer|sonographer|practitioner|specialist|lady|man|woman|girl|boy|guy|chap|lad|gentleman|fella|bloke|someone|person|one)'
// Words that follow "called" without being a name: "called me", "called out", "called 999".
const NOT_AFTER_CALLED = new Set(
  (
    'the a an it me him her them us you out back in up round over again ahead for to about on off by at ' +
    'this that these those my his our their your its and but or so then when if as twice once later ' +
    'immediately straight right just still also already security police ambulance everyone someone ' +
    'nobody anyone help'
  ).split(' '),
)
// Read backwards from each "called"/"named", which is rare, rather than from every "the" or "a".
const CALLED = /\b(?<verb>called|named|name of)\s+(?<name>\p{Ll}[\p{Ll}'’-]+)/dgu
const SOMEONE_BEFORE = regex(
  `\\b(?<article>an?|the|one|this|our|my|his|her)\\s+(?:[\\p{L}'’-]+\\s+){0,3}?${PERSON_NOUN}s?\\s*,?\\s+(?:who\\s+)?(?<copula>(?:was|is)\\s+|by the\\s+)?$`,
  'iu',
)
const LOOK_BACK = 60

function calledNames(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(CALLED)) {
    const before = SOMEONE_BEFORE.exec(text.slice(Math.max(0, m.index - LOOK_BACK), m.index))
    if (!before) continue
    const name = m.groups!.name!
    if (NOT_AFTER_CALLED.has(name) || NOT_NAMES.has(name)) continue
    const kind = kindOf(name)
    // "the nurse called security": after "called", an everyday word counts only after "a … called".
    const strongContext =
      m.groups!.verb !== 'called' ||
      before.groups!.copula !== undefined ||
      /^(?:an?|one)$/i.test(before.groups!.article!)
    if (kind === 'place' || (kind === 'common' && !strongContext)) continue
    const [start, end] = m.indices!.groups!.name!
    spans.push({ start, end })
  }
  return spans
}

// A word that is also a name, where the sentence gives it a post: "Hope on reception", "Joy on the
// front desk", "Faith from the district nursing team".
const POSTED = regex(
  `(?<![\\p{L}'’-])(?<name>${NAME_WORD})\\s+(?:on|from|in|at)\\s+(?:the\\s+)?(?:front\\s+|main\\s+)?(?:reception|desk|front desk|switchboard|nights|days|ward \\w+|bay \\w+|the ward|the night shift|the day shift|pharmacy|[\\p{Ll}-]+(?:\\s+[\\p{Ll}-]+)?\\s+(?:team|desk|clinic|shift|department|unit))\\b`,
  'duy',
)

function postedNames(text: string): Span[] {
  const spans: Span[] = []
  for (const m of matchAllFromCapitals(POSTED, text)) {
    const name = m.groups!.name!
    if (NOT_NAMES.has(name.toLowerCase()) || PLACE_WORDS.has(name.toLowerCase()) || kindOf(name) === 'place')
      continue
    const [start, end] = m.indices!.groups!.name!
    // "the Lily Suite on the maternity unit": the last word of a longer capitalised name.
    if (/\p{Lu}\p{Ll}*\s+$/u.test(text.slice(Math.max(0, start - 20), start))) continue
    spans.push({ start, end })
  }
  return spans
}

// A word unknown to the lexicon, at the start of a sentence, doing what people do: "Oluwaseun
// explained", "Ngozi held my hand".
const OPENER = regex(
  `(?:^|[.!?]\\s+|\\n\\s*)(?<name>${NAME_WORD})\\s+(?:(?:and|&)\\s+${NAME_WORD}\\s+)?(?:explained|said|told|came|helped|looked|held|stayed|sat|noticed|kept|asked|rang|listened|saved|gave|brought|sorted|treated|showed|took|made|spotted|calmed|reassured|answered|walked|talked|chatted|washed|dressed|smiled|laughed|shouted|refused|ignored|arrived|went|phoned|apologised|was|were|is)\\b`,
  'dgu',
)

function openerNames(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(OPENER)) {
    const name = m.groups!.name!
    if (kindOf(name) !== 'unknown' || BRANDS.test(name)) continue
    const [start, end] = m.indices!.groups!.name!
    spans.push({ start, end })
  }
  return spans
}

// Names that are also everyday words ("Patience the healthcare assistant").
export const WORD_NAMES = new Set(
  (
    'patience mercy precious blessing faith hope joy grace charity honor honour destiny constance prudence ' +
    'felicity harmony serenity liberty trinity unity heaven angel sunny summer autumn dawn ivy holly hazel ' +
    'rose lily daisy poppy amber ruby pearl crystal storm rain river sky star'
  ).split(' '),
)

// Websites, apps and brands that stories mention and that look like names ("Mumsnet", "WebMD").
export const BRANDS =
  /^(?:mumsnet|netmums|webmd|patient\.info|viagra|instagram|tiktok|youtube|twitter|reddit|snapchat|linkedin|trustpilot|healthwatch|ebay|asda|sainsbury|boots|lidl|aldi|vinted|deliveroo|\p{L}+(?:net|book|tube|gram|pedia|mart|soft))$/iu

/** English names that the capitalised-word reading misses. */
export function findMoreNames(text: string): Span[] {
  return [...calledNames(text), ...postedNames(text), ...openerNames(text)]
}
