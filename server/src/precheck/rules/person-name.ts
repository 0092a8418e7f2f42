import { matchAllAtWords, tokensAmong } from '../phrases.ts'
import { matchAllFromCapitals, mergeSpans, overlaps, sticky } from '../spans.ts'
import type { Check, Lang, Span } from '../types.ts'
import { findWelshNames } from './person-name-cy.ts'
import { BRANDS, WORD_NAMES, findMoreNames } from './person-name-more.ts'
import { email } from './email.ts'
import { url } from './url.ts'
import { NAME_WORD, NOT_NAMES, ORGANISATIONS, PLACE_WORDS, kindOf } from './name-words.ts'
import { regex } from '../regex.ts'

const N = NAME_WORD
const NAMES = `${N}(?:\\s+${N})?`
const alternation = (list: string) =>
  list
    .trim()
    .split(/\s*\|\s*/)
    .join('|')

const TITLES = alternation(`
  Staff Nurse | Charge Nurse | Student Nurse | Nurse Practitioner | Ward Sister | Sister | Nurse | Matron |
  Doctor | Dr | Professor | Prof | Mr | Mrs | Ms | Miss | Mx | Sir | Dame | Father | Reverend | Revd | Rev |
  Pastor | Imam | Rabbi | Auntie | Aunty | Aunt | Uncle | Nanny | Nana | Grandma | Grandad | Granny | Baby
`)
const RELATIONS = alternation(`
  husband | wife | partner | son | daughter | mum | mom | mam | mother | dad | father | brother | sister |
  grandson | granddaughter | grandmother | grandfather | grandma | grandad | granddad | gran | nan | nana |
  grandchild | aunt | auntie | uncle | nephew | niece | cousin | friend | neighbour | boyfriend | girlfriend |
  fianc[ée]e? | stepson | stepdaughter | stepmum | stepdad | child | baby | boy | girl | twin
`)
const JOBS = alternation(`
  nurse | doctor | consultant | registrar | surgeon | anaesthetist | porter | cleaner | receptionist | physio |
  physiotherapist | OT | HCA | assistant | care worker | carer | midwife | paramedic | pharmacist | GP | matron |
  sister | manager | social worker | dentist | optician | therapist | student | volunteer | chaplain |
  housekeeper | technician | phlebotomist | dietitian | dietician | psychiatrist | psychologist | counsellor |
  health visitor | secretary | clerk | SHO | radiographer | sonographer | podiatrist | specialist |
  practitioner | lady | man | woman | gentleman | chap | lad | guy
`)
// Capitalised words that follow a title but are part of a job, not a name.
const TITLE_STOP = new Set(
  'practitioner specialist associate assistant manager lead team unit station led bank agency ward clinic in on at and the of who'.split(
    ' ',
  ),
)

/**
 * Patterns where the context says a capitalised word is a person's name. Those that start with the
 * name are tried only at capitals (`fromCapital`, see matchAllFromCapitals): much cheaper.
 */
const CONTEXTS: {
  pattern: RegExp
  strict: boolean
  lowerCase?: boolean
  fromCapital?: true
  /** The pattern starts with one of these whole words: tried only there (see matchAllAtWords). */
  atWords?: string
}[] = [
  // "Dr Okafor", "Nurse Jenny", "Mr A. Khan": the title is part of the flagged span.
  {
    pattern: regex(
      `\\b(?<name>(?:${TITLES})\\.?\\s+(?:(?:${TITLES})\\.?\\s+)?(?<who>(?:\\p{Lu}\\.?\\s+)?${NAMES}))`,
      'dgu',
    ),
    strict: false,
    atWords:
      'staff charge student nurse ward sister matron doctor dr professor prof mr mrs ms miss mx sir dame father reverend revd rev pastor imam rabbi auntie aunty aunt uncle nanny nana grandma grandad granny baby',
  },
  // "my husband John", "our son, Tom,"
  {
    pattern: regex(
      `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir|[Yy]our)\\s+(?:(?:late|little|baby|eldest|oldest|youngest|older|younger|elder|big|twin|elderly|beloved|dear|lovely|poorly)\\s+)?(?:${RELATIONS})(?:\\s*,\\s*|\\s+)(?<name>${NAMES})`,
      'dgu',
    ),
    strict: false,
    atWords: 'my our his her their your',
  },
  // "my husband john": without a capital, only a first name that compromise knows.
  {
    pattern: regex(
      `\\b(?:[Mm]y|[Oo]ur|[Hh]is|[Hh]er|[Tt]heir)\\s+(?:${RELATIONS})(?:\\s*,\\s*|\\s+)(?<name>\\p{Ll}+)\\b`,
      'dgu',
    ),
    strict: true,
    lowerCase: true,
    atWords: 'my our his her their',
  },
  // "Paul, my partner,"
  {
    pattern: regex(`(?<name>${N}),\\s+(?:my|our|his|her|their)\\s+(?:${RELATIONS})\\b`, 'dgu'),
    strict: true,
    fromCapital: true,
  },
  // "the porter, Dariusz,", "the night nurse Chloe", "a lovely lady called Precious"
  {
    pattern: regex(
      // From the job, with the article looked for behind it: jobs are rarer than "the" or "a".
      `(?<=\\s)(?:${JOBS})(?<=\\b(?:[Tt]he|[Oo]ur|[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Aa]n?|[Oo]ne|[Tt]his)\\s+(?:[\\p{L}'’]+\\s+){0,2}?(?:${JOBS}))\\s*,?\\s+(?:called\\s+|named\\s+)?(?<name>${NAMES})`,
      'dgu',
    ),
    strict: false,
  },
  // "Steve the paramedic", "Ngozi, the healthcare assistant", "Olu, one of the nurses"
  {
    pattern: regex(
      `(?<name>${N})(?<comma>\\s*,)?\\s+(?:the|our|my|a|an|one of the|one of our)\\s+(?:(?<direct>(?:(?:healthcare|care|night|day|ward|student|staff|charge|senior|junior|head|district|community|specialist|lovely|kind)\\s+)?)(?=(?:${JOBS})s?\\b)|(?:[\\p{L}'’]+\\s+){0,2}?)(?:${JOBS})s?\\b`,
      'dgu',
    ),
    strict: true,
    fromCapital: true,
  },
  // "a nurse called Precious", "my name is David Thompson", "I'm Karen"
  {
    pattern: regex(`\\b(?:called|named|name (?:is|was)|known as|goes by)\\s+(?<name>${NAMES})`, 'dgu'),
    strict: false,
    atWords: 'called named name known goes',
  },
  {
    pattern: regex(`\\b(?:I'm|I’m|I am|[Tt]his is)\\s+(?<name>${NAMES})`, 'dgu'),
    strict: true,
    atWords: "i'm i this",
  },
  // "thanks to Siobhan", "seen by Priya", "especially Lewis"
  {
    pattern: regex(
      `\\b(?:[Tt]hanks|[Tt]hank you|[Tt]hank|[Ss]hout[- ]out|[Gg]rateful|[Kk]udos|[Mm]ention to|[Mm]ention for|especially|particularly|including|except|apart from|ask for|asked for|asking for|seen by|treated by|looked after by|visited by|cared for by|with)(?:\\s+(?:so much|again|also|too))?(?:\\s+to)?\\s+(?<name>${NAMES})`,
      'dgu',
    ),
    strict: true,
    atWords:
      'thanks thank shout grateful kudos mention especially particularly including except apart ask asked asking seen treated looked cared visited with',
  },
]

// First names that are also common words, where a sentence-initial capital is ambiguous.
const EVERYDAY_FIRST_NAMES = new Set(
  (
    'mark chase grace sue pat rob frank jack max art bob drew gene guy eve iris ivy lily daisy holly ' +
    'heather jasmine poppy olive violet hazel angel amber carol june april august autumn brooke chance ' +
    'clay cliff dean don earl glen lane miles norm page reed rich sage skip stone storm wade will bill ' +
    'joy hope faith dawn summer rose ruby penny crystal sunny'
  ).split(' '),
)

const PLACE_PREPOSITIONS = new Set(
  'in at near from to into outside inside around towards via through across visit visiting'.split(' '),
)
// "Her Zimmer frame", "the Macmillan nurse"; not "my" or "our", which come before names ("our Tom").
const DETERMINERS = new Set('the a an this that these those every each his her its their your'.split(' '))

interface Word {
  text: string
  start: number
  end: number
}

// Runs of capitalised words ("Sarah Jones", "Royal Victoria Infirmary"), read without tokenising
// the rest of the text.
const CAPITALISED_RUN = regex(
  `(?<![\\p{L}\\p{N}'’&-])${N}(?:['’]s)?(?: ${N}(?:['’]s)?)*(?![\\p{L}\\p{N}'’-])`,
  'uy',
)
const RUN_WORD = regex(`${N}(?:['’]s)?`, 'gu')
const ABBREVIATIONS = new Set(['dr', 'mr', 'mrs', 'ms', 'st', 'prof', 'rev', 'no', 'e.g', 'i.e', 'etc'])
const WORD_CHAR = /[\p{L}\p{N}'’.-]/u
const LOOK_BEHIND = 40

/** The word that ends before `end` and the characters between them, read backwards. */
function wordBefore(text: string, end: number): { word: string; start: number; gap: string } | undefined {
  const limit = Math.max(0, end - LOOK_BEHIND)
  let wordEnd = end
  while (wordEnd > limit && !/[\p{L}\p{N}]/u.test(text[wordEnd - 1]!)) wordEnd--
  let wordStart = wordEnd
  while (wordStart > limit && WORD_CHAR.test(text[wordStart - 1]!)) wordStart--
  if (wordStart === wordEnd) return undefined
  return { word: text.slice(wordStart, wordEnd), start: wordStart, gap: text.slice(wordEnd, end) }
}

/** The word before `start`, and whether `start` begins a sentence. */
function context(text: string, start: number): { previous: string | undefined; sentenceStart: boolean } {
  const before = wordBefore(text, start)
  if (!before) return { previous: undefined, sentenceStart: start < LOOK_BEHIND }
  const word = before.word.toLowerCase()
  const previous = word.replace(/\.$/, '')
  const gap = (word.endsWith('.') ? '.' : '') + before.gap
  const sentenceStart = /[\n\r]|["“‘(]\s*$/.test(gap) || (/[.!?]/.test(gap) && !ABBREVIATIONS.has(previous))
  return { previous, sentenceStart }
}

/** The name itself, without a possessive "'s". */
function nameEnd(word: Word): number {
  return /['’]s$/.test(word.text) ? word.end - 2 : word.end
}

function acceptable(name: string, strict: boolean): boolean {
  const parts = name.split(/\s+/)
  const first = parts[0]!.replace(/\.$/, '').toLowerCase()
  if (TITLE_STOP.has(first)) return false
  if (!strict) return parts.every((p) => !NOT_NAMES.has(p.toLowerCase()))
  const kind = kindOf(parts[0]!)
  return kind === 'first' || kind === 'last' || kind === 'unknown'
}

/** Trims words after the name that belong to a place or a job ("Dr Okafor Ward" → "Dr Okafor"). */
function trimName(text: string, start: number, end: number): Span {
  const value = text.slice(start, end)
  const parts = [...value.matchAll(/\S+/g)]
  while (parts.length > 1) {
    const lastWord = parts.at(-1)![0].toLowerCase()
    if (!PLACE_WORDS.has(lastWord) && !NOT_NAMES.has(lastWord) && !TITLE_STOP.has(lastWord)) break
    parts.pop()
  }
  const lastPart = parts.at(-1)!
  return { start, end: start + lastPart.index + lastPart[0].length }
}

const STICKY = new Map(
  CONTEXTS.filter((c) => c.fromCapital || c.atWords).map((c) => [c.pattern, sticky(c.pattern)]),
)
const WORDS = new Map(CONTEXTS.map((c) => [c.pattern, new Set(c.atWords?.split(' '))]))
const ANY_WORD = new Set(CONTEXTS.flatMap((c) => c.atWords?.split(' ') ?? []))

function findByContext(text: string): Span[] {
  const spans: Span[] = []
  // The few words any pattern starts at, found once for all of them.
  const starts = tokensAmong(text, ANY_WORD)
  for (const { pattern, strict, lowerCase, fromCapital, atWords } of CONTEXTS) {
    const matches = fromCapital
      ? matchAllFromCapitals(STICKY.get(pattern)!, text)
      : atWords
        ? matchAllAtWords(STICKY.get(pattern)!, text, WORDS.get(pattern)!, starts)
        : text.matchAll(pattern)
    for (const m of matches) {
      const [start, end] = m.indices!.groups!.name!
      const name = m.groups!.who ?? m.groups!.name!
      if (lowerCase && (kindOf(name) !== 'first' || EVERYDAY_FIRST_NAMES.has(name))) continue
      // A sentence-initial word before "the nurse" needs a comma or a known name to count.
      const isolated =
        strict &&
        m.groups!.comma === undefined &&
        m.groups!.direct === undefined &&
        kindOf(name.split(/\s+/)[0]!) === 'unknown'
      if (isolated && context(text, start).sentenceStart) continue
      // "Patience the healthcare assistant": the construction makes even an everyday word a name.
      const lower = name.toLowerCase()
      const direct =
        m.groups!.direct !== undefined &&
        !NOT_NAMES.has(lower) &&
        (kindOf(name) !== 'common' || WORD_NAMES.has(lower))
      if (direct || acceptable(name, strict)) spans.push(trimName(text, start, end))
    }
  }
  return spans
}

// After a sentence-initial word that is also an everyday word ("Grace period", "Will they…"),
// what people do: "Grace came back", "Will held my hand". Copulas are left out ("Hope is all…").
const PERSON_ACTION =
  /^[\s,]+(?:and\s+\p{Lu}\p{Ll}+\s+)?(?:explained|said|told|came|helped|held|stayed|sat|noticed|asked|rang|listened|gave|brought|sorted|took|made|looked|washed|dressed|smiled|laughed|shouted|talked|chatted|walked|reassured|calmed|answered|phoned|apologised|arrived|spotted|kept|found|showed|treated|saved|visited|cared|did)\b/u

/**
 * A capital at the start of a sentence says nothing, so the word must be a first name in
 * compromise's lexicon; if it is also an everyday word ("Mark my words"), the next words decide.
 * (compromise's tagger used to decide here; at about 5 ms a sentence it was most of the cost.)
 */
function openerIsName(text: string, word: Word): boolean {
  if (kindOf(word.text) !== 'first') return false
  if (!EVERYDAY_FIRST_NAMES.has(word.text.toLowerCase())) return true
  return PERSON_ACTION.test(text.slice(word.end, word.end + 40))
}

/** Runs of capitalised words judged by compromise's lexicon and the words around them. */
function findByLexicon(text: string, taken: Span[]): Span[] {
  const spans: Span[] = []
  for (const m of matchAllFromCapitals(CAPITALISED_RUN, text)) {
    let run: Word[] = []
    const flush = () => {
      if (run.length > 0) judgeRun(text, run, taken, spans)
      run = []
    }
    for (const w of m[0].matchAll(RUN_WORD)) {
      const start = m.index + w.index
      run.push({ text: w[0], start, end: start + w[0].length })
      // "St Mary's Hospital": a possessive ends a run.
      if (/['’]s$/.test(w[0])) flush()
    }
    flush()
  }
  return spans
}

function judgeRun(text: string, run: Word[], taken: Span[], spans: Span[]): void {
  const kinds = run.map((w) => kindOf(w.text))
  // Most runs are one ordinary word starting a sentence ("The", "When"): settled without context.
  if (!kinds.some((k) => k === 'first' || k === 'last' || k === 'unknown')) return
  const lowered = run.map((w) => w.text.toLowerCase().replace(/['’]s$/, ''))
  // "the Spanish nurse", "a Glaswegian accent", "the Macmillan team": a modifier, not a name.
  if (MODIFIES.test(text.slice(run.at(-1)!.end, run.at(-1)!.end + 30)) && !kinds.includes('first')) return
  if (lowered.some((w) => BRANDS.test(w))) return
  if (lowered.some((w) => PLACE_WORDS.has(w)) || ORGANISATIONS.has(lowered.join(' '))) return
  if (run.some((w) => taken.some((t) => overlaps(t, w)))) return
  const { previous, sentenceStart } = context(text, run[0]!.start)
  if (previous !== undefined && !sentenceStart && DETERMINERS.has(previous)) return
  const from = sentenceStart && !openerIsName(text, run[0]!) ? 1 : 0
  // "The Ombudsman", "The Royal Free": a name of an office or a place, not of a person.
  if (from === 1 && DETERMINERS.has(lowered[0]!)) return
  const candidates = run.slice(from)
  const candidateKinds = kinds.slice(from)
  if (candidates.length === 0 || candidateKinds.includes('place')) return
  const afterPlacePreposition = from === 0 && previous !== undefined && PLACE_PREPOSITIONS.has(previous)
  const known =
    candidateKinds.includes('first') || (candidateKinds.includes('last') && !afterPlacePreposition)
  const unknownName = candidateKinds.every((k) => k === 'unknown') && !afterPlacePreposition
  if (known || unknownName) spans.push({ start: candidates[0]!.start, end: nameEnd(candidates.at(-1)!) })
}

const MODIFIES = regex(`^\\s+(?:${JOBS}|accent|team|staff|lady|man|woman|people|family|food|style)s?\\b`, 'u')

const NAME_ONLY = regex(`^${N}$`, 'u')
const LISTED_AFTER = regex(`^(?:\\s*,\\s*|\\s+(?:and|&)\\s+)(${N})`, 'u')
const isListedName = (word: string) => NAME_ONLY.test(word) && !['place', 'common'].includes(kindOf(word))

/** "Siobhan and Kwame", "Gemma, Lucy and Raj": a capitalised word listed with a name is one too. */
function extendLists(text: string, spans: Span[]): Span[] {
  const extra: Span[] = []
  for (const span of spans) {
    const next = LISTED_AFTER.exec(text.slice(span.end, span.end + LOOK_BEHIND))
    if (next && isListedName(next[1]!)) {
      const start = span.end + next[0].length - next[1]!.length
      extra.push({ start, end: start + next[1]!.length })
    }
    let before = wordBefore(text, span.start)
    if (before && /^\s+$/.test(before.gap) && /^(?:and|&)$/.test(before.word)) {
      before = wordBefore(text, before.start)
      if (before && !/^\s+$/.test(before.gap)) before = undefined
    } else if (before && !/^\s*,\s*$/.test(before.gap)) before = undefined
    if (before && isListedName(before.word))
      extra.push({ start: before.start, end: before.start + before.word.length })
  }
  return extra
}

// A word just before "ward" names the ward ("moved to Willow ward"), unless a title says otherwise.
const WARD_AFTER = /^\s+[Ww]ard\b/

function findNames(text: string, lang: Lang): Span[] {
  // Words inside an email address or a link ("tom.baker@…") belong to those rules.
  const addresses = [...email.find(text, lang), ...url.find(text, lang)]
  if (lang === 'cy') return findWelshNames(text).filter((span) => !addresses.some((a) => overlaps(a, span)))
  const byContext = [...findByContext(text), ...findMoreNames(text)]
  const found = mergeSpans([...byContext, ...findByLexicon(text, [...byContext, ...addresses])])
  return mergeSpans([...found, ...extendLists(text, found)]).filter(
    (span) =>
      !addresses.some((address) => overlaps(address, span)) &&
      !(WARD_AFTER.test(text.slice(span.end, span.end + 6)) && !byContext.some((c) => overlaps(c, span))),
  )
}

export const personName: Check = {
  rule: 'person_name',
  message: "This looks like someone's name. Staff are described by their job title, for example 'the nurse'.",
  find: findNames,
}
