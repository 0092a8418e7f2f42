import type { Span } from './types.ts'
import { regex } from './regex.ts'

// Phrase lists matched word by word. One big alternation run over the whole text tries every
// phrase at every word, which grows with the list; here each phrase is filed under the words it can
// begin with, the text is split into words once (shared by every rule that asks), and a phrase's
// regex runs, anchored, only where one of its first words stands.

export interface Token {
  start: number
  end: number
  /** The word in lower case, with ’ written '. */
  key: string
  /** The part before an apostrophe ("he" of "he'd", "llosgi" of "llosgi'r"), when there is one. */
  head: string | undefined
}

const LETTER = /[\p{L}\p{N}]/u
const APOSTROPHE = 39
const RIGHT_QUOTE = 0x2019

/** Whether the character at `i` belongs in a word: ASCII letters and digits quickly, others by class. */
function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)
  return LETTER.test(text[i]!)
}

let lastText: string | undefined
let lastTokens: Token[] = []

/**
 * The words of a text (letters and digits, joined by an apostrophe: "didn't", "wedi'i"). The last
 * text's words are kept, since each rule asks for them in turn. A loop over character codes: about
 * three times faster than matchAll with a Unicode regex.
 */
export function tokens(text: string): Token[] {
  if (text === lastText) return lastTokens
  let lower = text.toLowerCase()
  // A few characters change length in lower case ("İ"); then each word is lowered on its own.
  const sameLength = lower.length === text.length
  if (lower.includes('’')) lower = lower.replaceAll('’', "'")
  const found: Token[] = []
  const n = text.length
  let i = 0
  while (i < n) {
    if (!isWordChar(text, i)) {
      i++
      continue
    }
    const start = i
    let apostrophe = -1
    for (;;) {
      while (i < n && isWordChar(text, i)) i++
      const c = text.charCodeAt(i)
      if ((c === APOSTROPHE || c === RIGHT_QUOTE) && i + 1 < n && isWordChar(text, i + 1)) {
        if (apostrophe < 0) apostrophe = i - start
        i++
      } else break
    }
    const key = sameLength ? lower.slice(start, i) : text.slice(start, i).toLowerCase().replaceAll('’', "'")
    found.push({ start, end: i, key, head: apostrophe > 0 ? key.slice(0, apostrophe) : undefined })
  }
  lastText = text
  lastTokens = found
  return found
}

/**
 * One phrase: the words it may begin with (lower case, space-separated, ' for either apostrophe),
 * the regex source of the rest (from just after the first word), and an optional look-behind.
 */
export type PhraseSpec = readonly [first: string, rest: string, before?: string]

// A first word must be one whole word as tokens() reads it, in lower case.
const WORD = /^[\p{Ll}\p{N}]+(?:'[\p{Ll}\p{N}]+)*$/u
const escapeWord = (word: string) => word.replaceAll("'", "['’]")

export class PhraseMatcher {
  /** For each first word, one sticky regex: the phrases that begin with it, as alternatives. */
  private readonly byWord = new Map<string, RegExp>()

  /** `end` is what may not follow a match (a look-ahead), so that a phrase ends at a word's end. */
  constructor(specs: readonly PhraseSpec[], end: string) {
    const sources = new Map<string, string[]>()
    for (const [first, rest, before = ''] of specs) {
      const words = first.trim().split(/\s+/)
      const odd = words.find((word) => !WORD.test(word))
      if (odd !== undefined) throw new Error(`"${odd}" is not one lower-case word`)
      // Read without the u flag (several times faster), \p{…} would silently mean "p{…}".
      if (/\\p\{/.test(rest + before + end)) throw new Error(`use letters.ts, not \\p{…}, in: ${rest}`)
      for (const word of words) {
        const source = `${before}${escapeWord(word)}${rest}${end}`
        const list = sources.get(word)
        if (list) list.push(source)
        else sources.set(word, [source])
      }
    }
    for (const [word, list] of sources) this.byWord.set(word, regex(list.join('|'), 'iy'))
  }

  /** One matcher that finds what each of these finds, in one pass over the words. */
  static union(...matchers: PhraseMatcher[]): PhraseMatcher {
    const union = new PhraseMatcher([], '')
    for (const matcher of matchers) {
      for (const [word, pattern] of matcher.byWord) {
        const mine = union.byWord.get(word)
        union.byWord.set(word, mine ? new RegExp(`${mine.source}|${pattern.source}`, 'iy') : pattern)
      }
    }
    return union
  }

  /** Every match, as spans (they may overlap: callers merge them). */
  find(text: string): Span[] {
    const spans: Span[] = []
    for (const token of tokens(text)) {
      const own = this.byWord.get(token.key)
      if (own !== undefined) matchAt(text, token.start, own, spans)
      if (token.head === undefined) continue
      const head = this.byWord.get(token.head)
      if (head !== undefined) matchAt(text, token.start, head, spans)
    }
    return spans
  }
}

function matchAt(text: string, start: number, pattern: RegExp, spans: Span[]): void {
  pattern.lastIndex = start
  if (pattern.test(text)) spans.push({ start, end: pattern.lastIndex })
}

/**
 * What `text.matchAll(pattern)` gives, for a pattern whose every match starts at a whole word that is
 * one of `words` (lower case): the pattern, sticky, is tried only at those words, in order, and a
 * match is skipped past as matchAll does. The words come from tokens(), shared with other rules;
 * `among`, when given, is a part of them known to hold every word of `words` there is.
 */
export function matchAllAtWords(
  sticky: RegExp,
  text: string,
  words: ReadonlySet<string>,
  among: readonly Token[] = tokens(text),
): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global) throw new Error('matchAllAtWords needs a sticky, non-global regex')
  const found: RegExpExecArray[] = []
  let from = 0
  for (const token of among) {
    if (token.start < from || !(words.has(token.key) || (token.head !== undefined && words.has(token.head))))
      continue
    sticky.lastIndex = token.start
    const m = sticky.exec(text)
    if (!m) continue
    found.push(m)
    from = Math.max(token.start + 1, token.start + m[0].length)
  }
  return found
}

/** The words of a text that are one of `words` (or start with one before an apostrophe). */
export function tokensAmong(text: string, words: ReadonlySet<string>): Token[] {
  return tokens(text).filter((t) => words.has(t.key) || (t.head !== undefined && words.has(t.head)))
}
