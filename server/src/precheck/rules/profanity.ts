import { groupedAlternatives } from '../alternation.ts'
import {
  DataSet,
  RegExpMatcher,
  SyntaxKind,
  englishDataset,
  englishRecommendedTransformers,
  pattern,
} from 'obscenity'
import type { ParsedPattern } from 'obscenity'
import type { Check, Lang, Span } from '../types.ts'
import { findDisguisedProfanity } from './profanity-extra.ts'
import { regex } from '../regex.ts'

// Words that obscenity lists but that are ordinary in stories about care: anatomy, sexual health,
// and words that belong to the safeguarding rule instead ("rape", "incest"). "Fag" is British for
// a cigarette, and "boob" is how many mothers talk about breastfeeding.
const CLINICAL_OR_OTHER_RULE = new Set([
  'anal',
  'anus',
  'penis',
  'vagina',
  'semen',
  'sex',
  'ejaculate',
  'orgasm',
  'masturbate',
  'incest',
  'rape',
  'boob',
  'fag',
])

// Milder words that a moderator also removes or softens.
const SOFT_WORDS: [string, ReturnType<typeof pattern>[]][] = [
  ['crap', [pattern`|crap`]],
  ['damn', [pattern`|damn|`, pattern`|damned|`, pattern`|dammit|`]],
  ['bugger', [pattern`|bugger`]],
  ['sod', [pattern`|sod off|`, pattern`|sod all|`, pattern`|sodding|`]],
  ['tosser', [pattern`|tosser`]],
  ['feck', [pattern`|feck`]],
  ['frigging', [pattern`|frigging|`, pattern`|effing|`]],
]

const dataset = new DataSet<{ originalWord: string }>()
  .addAll(englishDataset)
  .removePhrasesIf((phrase) => CLINICAL_OR_OTHER_RULE.has(phrase.metadata?.originalWord ?? ''))
for (const [word, patterns] of SOFT_WORDS) {
  dataset.addPhrase((phrase) =>
    patterns.reduce((p, pt) => p.addPattern(pt), phrase.setMetadata({ originalWord: word })),
  )
}

const built = dataset.build()
const matcher = new RegExpMatcher({
  ...built,
  // Everyday words and names that contain a listed word.
  whitelistedTerms: [
    ...(built.whitelistedTerms ?? []),
    'finger prick',
    'pin prick',
    'prick test',
    'skin prick',
    'dickinson',
    'dickson',
    'scrapped',
    'scrape',
    'cockpit',
    'peacock',
    'hancock',
  ],
  ...englishRecommendedTransformers,
})

// "Bloody" as an intensifier; "bloody diarrhoea" or "a bloody nose" is a symptom.
const BLOODY =
  /\bbloody\b(?!\s+(?:diarrhoea|diarrhea|stools?|poo|discharge|urine|wee|vomit|sick|sputum|mucus|nose|noses|show|tissue|fluid|bandages?|dressings?|mess|lip|gums?|cough|phlegm|nappy|nappies|sheets?|pads?)\b)/gi
// Words written with symbols for letters, which obscenity does not read: "sh*t", "f**k", "b*stard".
const MASKED =
  /(?<![\p{L}*#])(?:f[*#]{1,3}(?:c?k)?|f[*#]ck|f[*#]{1,2}k(?:ing|ed|er|ers|in)?|sh[*#]{1,2}t|s[*#]{2,3}t|b[*#]{1,2}st[*#a]rds?|c[*#]{2,3}t|c[*#]nt|tw[*#]t|a[*#]{1,2}e?hole|b[*#]tch(?:es)?|p[*#]ss(?:ed)?|cr[*#]p|w[*#]nk(?:er)?|d[*#]ck|bulls[*#]{1,3}t)(?![\p{L}*#])/giu
const WORD_CHAR = /[\p{L}'’]/u

/** Widens a match to the whole word it sits in, so "fucking" is flagged rather than "fuck". */
function wholeWord(text: string, start: number, end: number): Span {
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++
  while (end > start && /['’]/.test(text[end - 1]!)) end--
  return { start, end }
}

// obscenity's matcher costs about 2 ms per 1,000 words, so it only reads sentences that a cheap
// test says may match. The test is the matcher without its whitelist: the same patterns as one
// regular expression, over the sentence transformed as obscenity's English transformers do it
// (leetspeak, lower case, repeated characters collapsed). Sentences with non-ASCII look-alike
// letters always go to the matcher, which resolves them.
const TRANSFORM = new Uint16Array(128).map((_, code) => (code >= 65 && code <= 90 ? code + 32 : code))
// obscenity's leetspeak table.
const LEET = '@a 4a (c 3e 6g 1i |i !i /l 0o $s 5s 7t 2z'
for (const [from, to] of LEET.split(' ')) TRANSFORM[from!.charCodeAt(0)] = to!.charCodeAt(0)
// obscenity keeps up to two of b, e, g, l, o, s in a row and one of anything else.
const KEEP_TWO = new Set([...'beglos'].map((c) => c.charCodeAt(0)))
const CHUNK = 4096

/**
 * Text as obscenity's English transformers see it (lower case, leetspeak read as letters, repeated
 * letters collapsed), and where a transformed index stands in the text. Built from slices of the
 * lower-cased text: only leetspeak characters and dropped repeats cost anything.
 */
function transform(text: string): { out: string; at: (index: number) => number } {
  const lower = text.toLowerCase()
  if (lower.length !== text.length) return transformEachCharacter(text)
  let out = ''
  let from = 0
  // Indices in `out` where a character of the text was dropped.
  const drops: number[] = []
  let previous = -1
  let repeats = 0
  for (let i = 0; i < lower.length; i++) {
    const raw = lower.charCodeAt(i)
    const code = raw < 128 ? TRANSFORM[raw]! : raw
    if (code === previous) {
      repeats++
      if (repeats >= (KEEP_TWO.has(code) ? 2 : 1)) {
        out += lower.slice(from, i)
        from = i + 1
        drops.push(out.length)
        continue
      }
    } else {
      previous = code
      repeats = 0
    }
    if (code !== raw) {
      out += lower.slice(from, i) + String.fromCharCode(code)
      from = i + 1
    }
  }
  out += lower.slice(from)
  return { out, at: (index) => index + countAtOrBefore(drops, index) }
}

/** How many of the sorted numbers are at most `value`. */
function countAtOrBefore(sorted: number[], value: number): number {
  let low = 0
  let high = sorted.length
  while (low < high) {
    const mid = (low + high) >>> 1
    if (sorted[mid]! <= value) low = mid + 1
    else high = mid
  }
  return low
}

/** The same, one character at a time: for the rare text whose lower case changes its length ("İ"). */
function transformEachCharacter(text: string): { out: string; at: (index: number) => number } {
  const codes: number[] = []
  const from: number[] = []
  let previous = -1
  let repeats = 0
  for (let i = 0; i < text.length; i++) {
    const raw = text.charCodeAt(i)
    const code = raw < 128 ? TRANSFORM[raw]! : raw
    if (code === previous) {
      repeats++
      if (repeats >= (KEEP_TWO.has(code) ? 2 : 1)) continue
    } else {
      previous = code
      repeats = 0
    }
    codes.push(code)
    from.push(i)
  }
  let out = ''
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode(...codes.slice(i, i + CHUNK))
  return { out, at: (index) => from[index]! }
}
const escape = (chars: number[]) => String.fromCodePoint(...chars).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const nodeSource = (node: ParsedPattern['nodes'][number]): string => {
  if (node.kind === SyntaxKind.Wildcard) return '.'
  if (node.kind === SyntaxKind.Literal) return escape(node.chars)
  return `(?:${nodeSource(node.childNode)})?`
}
// Grouped by first letter (alternation.ts): the text is lower case here, so case needs no thought.
const MAYBE_PROFANE_ANYWHERE = regex(
  groupedAlternatives(
    built.blacklistedTerms.map(({ pattern: p }) => {
      const body = p.nodes.map(nodeSource).join('')
      return `${p.requireWordBoundaryAtStart ? '\\b' : ''}${body}${p.requireWordBoundaryAtEnd ? '\\b' : ''}`
    }),
    false,
  ),
  'gs',
)
// Accented letters of Welsh and other languages are ordinary, not look-alikes.
const UNUSUAL_CHARACTER = /[^\s\u0020-\u007E‘’“”–—…£€À-ÖØ-öø-ſŴŵŶŷ]/
const SENTENCE = /[^.!?\n]+(?:[.!?]+(?!\s)[^.!?\n]*)*/g

/**
 * The sentences obscenity's matcher must read: those where the cheap test matches, and those with
 * non-ASCII look-alike letters. The text is transformed and searched once, not sentence by sentence.
 */
function sentencesToRead(text: string): RegExpExecArray[] {
  const places: number[] = []
  // Printable ASCII is never unusual: only other characters go to the regex.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 || code > 0x7e) && UNUSUAL_CHARACTER.test(text[i]!)) places.push(i)
  }
  const { out, at } = transform(text)
  MAYBE_PROFANE_ANYWHERE.lastIndex = 0
  for (let m = MAYBE_PROFANE_ANYWHERE.exec(out); m; m = MAYBE_PROFANE_ANYWHERE.exec(out)) {
    places.push(at(m.index))
    // Every start is tried, so that a match running into the next sentence hides nothing there.
    MAYBE_PROFANE_ANYWHERE.lastIndex = m.index + 1
  }
  if (places.length === 0) return []
  places.sort((a, b) => a - b)
  const chosen: RegExpExecArray[] = []
  let next = 0
  for (const sentence of text.matchAll(SENTENCE)) {
    const end = sentence.index + sentence[0].length
    while (next < places.length && places[next]! < sentence.index) next++
    if (next < places.length && places[next]! < end) chosen.push(sentence)
  }
  return chosen
}

// Capitals with digits are codes ("4SS" in a postcode), and a few short Welsh words look like
// English swearing to the word list ("fu" is "was").
const WELSH_WORDS = new Set(['fu', 'ffwrdd', 'cant'])
function notAnEnglishSwearWord(word: string, lang: Lang): boolean {
  if (/\d/.test(word) && word === word.toUpperCase()) return true
  // "fu'n" is "fu" with a clitic.
  return lang === 'cy' && WELSH_WORDS.has(word.toLowerCase().replace(/['’](?:n|r|i|w|m)$/, ''))
}

function findProfanity(text: string, lang: Lang): Span[] {
  const spans: Span[] = findDisguisedProfanity(text, lang)
  const patterns = /[*#]/.test(text) ? [BLOODY, MASKED] : [BLOODY]
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  for (const sentence of sentencesToRead(text)) {
    for (const m of matcher.getAllMatches(sentence[0])) {
      const span = wholeWord(text, sentence.index + m.startIndex, sentence.index + m.endIndex + 1)
      if (!notAnEnglishSwearWord(text.slice(span.start, span.end), lang)) spans.push(span)
    }
  }
  return spans
}

export const profanity: Check = {
  rule: 'profanity',
  message:
    'This word may upset some readers. Some words may be removed before publishing, so you may want to reword it.',
  find: findProfanity,
}
