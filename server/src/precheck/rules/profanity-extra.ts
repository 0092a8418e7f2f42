import { WORD_END } from '../letters.ts'
import { matchSpans } from '../spans.ts'
import type { Lang, Span } from '../types.ts'
import { regex } from '../regex.ts'

// Words written with symbols for letters ("f***ing", "sh1t", "w@nker"): a word that holds one is
// read with each symbol standing for letters, and flagged when it can only be one of these.
const DISGUISABLE = (
  'fuck fucking fuckin fucked fucker fuckers fucks motherfucker shit shits shitty shite shithole ' +
  'shitshow shittest shitting bullshit bitch bitches bitching bastard bastards cunt cunts twat twats ' +
  'arse arsehole arseholes asshole wanker wankers piss pissed pissing prick pricks dick dickhead cock ' +
  'crap crappy bollocks tosser bloody damn slag whore'
).split(' ')
// A symbol that may stand for letters; where one touches a letter, the word around it is read whole.
const MASK = /[*#@$!1]/g
const LETTER = /\p{L}/u
const WORD_PART = /[\p{L}*#@$!1]/u
const SYMBOL_LETTERS: Record<string, string> = { '@': 'a', $: 's', '!': '[il]', '1': '[il]' }

function unmasked(word: string): boolean {
  const source = word
    .toLowerCase()
    .replace(/[*#]+|[@$!1]/g, (s) => SYMBOL_LETTERS[s] ?? `[a-z]{1,${s.length + 1}}`)
  const pattern = regex(`^(?:${source})$`)
  return DISGUISABLE.some((w) => pattern.test(w))
}

// Spelt-out and shortened forms, and insults that no word list holds.
const ENGLISH = regex(
  [
    "\\bf[-'’](?:ing|in|ed|er|ers|off)\\b",
    '\\beff(?:ing|in|ed)\\b',
    '\\b(?:FFS|WTF|STFU|ffs|wtf)\\b',
    '\\bsod(?:ding)? (?:off|all)\\b',
    '\\bsodding\\b',
    '\\b(?:a|an|right|stupid|silly|miserable|old|horrible|nasty|lazy|fat|ignorant|rude|absolute|such a) cow\\b',
  ].join('|'),
  'g',
)

// Welsh swear words with their mutated forms ("cachu" → "gachu", "bastard" → "fastard").
const WELSH = regex(
  `(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’])(?:${[
    '(?:c|g|ch|ngh)ach(?:u|fa)',
    'ffwc|ffwcio|ffycin|ffycio|ffyc',
    'blydi',
    '(?:b|f|m)ast(?:ar|a)?d(?:s|iaid)?',
    '(?:t|d|nh)wat',
    '(?:c|g|ch|ngh)oc(?: oen)?',
    'pis(?:s)?io',
    "(?<=(?:\\byn|\\bhen|['’]n) )ast",
  ].join('|')})${WORD_END}`,
  'gi',
)

export function findDisguisedProfanity(text: string, lang: Lang): Span[] {
  const spans: Span[] = matchSpans(ENGLISH, text)
  let searched = 0
  for (const m of text.matchAll(MASK)) {
    if (m.index < searched) continue
    const before = m.index > 0 && LETTER.test(text[m.index - 1]!)
    if (!before && !(m.index + 1 < text.length && LETTER.test(text[m.index + 1]!))) continue
    let start = m.index
    let end = m.index + 1
    while (start > 0 && WORD_PART.test(text[start - 1]!)) start--
    while (end < text.length && WORD_PART.test(text[end]!)) end++
    searched = end
    if (/^\p{L}/u.test(text[start]!) && unmasked(text.slice(start, end))) spans.push({ start, end })
  }
  if (lang === 'cy') spans.push(...matchSpans(WELSH, text))
  return spans
}
