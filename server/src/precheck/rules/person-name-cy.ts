import { matchAllFromCapitals, mergeSpans, sticky } from '../spans.ts'
import type { Span } from '../types.ts'
import { NAME_WORD } from './name-words.ts'
import { WELSH_JOBS, WELSH_NOT_NAMES, WELSH_RELATIONS, isWelshName } from './name-words-cy.ts'
import { regex } from '../regex.ts'

const N = NAME_WORD
const FULL = `${N}(?:\\s+(?:ap\\s+|ab\\s+)?${N})?`
const B = "(?<![\\p{L}'’])"

const known = (name: string) => isWelshName(name.split(/\s+/)[0]!)
const always = () => true

/**
 * Welsh contexts that make a word a name, each with what the word must also be: any capitalised
 * word after a title or "o'r enw"; a known given name where the context is weaker.
 */
const CONTEXTS: {
  pattern: RegExp
  accept: (name: string, comma: boolean) => boolean
  lowerCase?: true
  /** What may not come just before the name ("o Sbaen ar y ward": from Spain). */
  notAfter?: RegExp
  /** A cheap test the text must pass before the pattern, which starts at every capital, is run. */
  needs?: RegExp
  /** The pattern starts with the name: tried only at capitals (see matchAllFromCapitals). */
  fromCapital?: true
}[] = [
  // "Dr Rhys Williams", "Nyrs Elin", "Sister Rhiannon": the title is part of the name.
  {
    pattern: regex(
      `${B}(?<name>(?:Dr|Doctor|Nyrs|Sister|Mr|Mrs|Ms|Miss|Yr Athro|Parch)\\.?\\s+(?<who>${FULL}))`,
      'dgu',
    ),
    accept: always,
  },
  // "o'r enw Catrin", "o'r enw gethin": any word after "by the name".
  { pattern: regex(`${B}o['’]r enw\\s+(?<who>\\p{L}+)`, 'dgu'), accept: always, lowerCase: true },
  // "fy merch Grace", "fy nhad, Emyr Jones,"
  {
    pattern: regex(
      `${B}(?:fy|ein|ei|eu|dy)\\s+(?:${WELSH_RELATIONS})(?:\\s+(?:fach|bach|hynaf|ieuengaf))?(?<comma>\\s*,\\s*|\\s+)(?<who>${FULL})`,
      'dgu',
    ),
    accept: always,
  },
  // "y porthor, Dafydd,", "y fydwraig Mererid"
  {
    pattern: regex(`${B}(?:y|yr)\\s+(?:${WELSH_JOBS})(?<comma>\\s*,\\s*|\\s+)(?<who>${FULL})`, 'dgu'),
    accept: (name, comma) => comma || known(name),
  },
  // "Iolo y ffisiotherapydd", "Sioned, nyrs arbenigol"
  {
    pattern: regex(
      `${B}(?<who>${N})(?<comma>\\s*,\\s*|\\s+)(?:y |yr )?(?:${WELSH_JOBS})(?![\\p{L}'’])`,
      'dgu',
    ),
    accept: (name, comma) => comma || known(name),
    needs: regex(`(?:${WELSH_JOBS})`, 'iu'),
    fromCapital: true,
  },
  // "Hope yn y dderbynfa": someone at their post.
  {
    pattern: regex(
      `${B}(?<who>${N})\\s+(?:yn y dderbynfa|wrth y ddesg|ar y ddesg|ar y ward|yn y fferyllfa|ar y shifft \\p{L}+|ar shifft \\p{L}+)`,
      'dgu',
    ),
    accept: always,
    notAfter: /(?:^|\s)(?:o|i|yn|ym|yng|o['’]r|gan|at)\s+$/u,
    needs: /dderbynfa|ddesg|y ward|fferyllfa|shifft/u,
    fromCapital: true,
  },
  // "Diolch i Siân", "gan Mr Okonkwo", "Gofynnwch am Gwenllian"
  {
    pattern: regex(
      `${B}(?:[Dd]iolch(?: yn fawr(?: iawn)?| o galon| yn arbennig)? i|gan|[Gg]ofynnwch am|gofyn am|yn enwedig)\\s+(?<who>${FULL})`,
      'dgu',
    ),
    accept: always,
  },
]

// Capitalised words after these are part of the name of a place: "Ward Rhiannon", "Heol Dewi".
const PLACE_BEFORE =
  /(?:^|[^\p{L}])(?:[Ww]ard|[Yy]sbyty|[Uu]ned|[Cc]anolfan|[Hh]osbis|Tŷ|[Hh]eol|[Ss]tryd|[Ff]fordd|[Mm]eddygfa|[Cc]apel|[Ee]glwys|[Yy]sgol|[Cc]oleg|[Pp]lant|[Cc]artref|[Ii]echyd)\s+$/u

const CAPITALISED = regex(`${B}${N}(?![\\p{L}'’-])`, 'uy')
const STICKY = new Map(CONTEXTS.filter((c) => c.fromCapital).map((c) => [c.pattern, sticky(c.pattern)]))
const LISTED_AFTER = regex(`^\\s*(?:,|\\s(?:a|ac|&))\\s+(${N})(?![\\p{L}])`, 'u')

const acceptable = (name: string, lowerCaseAllowed: boolean) =>
  name
    .split(/\s+/)
    .every((part) => !WELSH_NOT_NAMES.has(part.toLowerCase()) && (lowerCaseAllowed || /^\p{Lu}/u.test(part)))

/** People's names in Welsh text: from context, from a list of given names, and names listed with them. */
export function findWelshNames(text: string): Span[] {
  const spans: Span[] = []
  for (const { pattern, accept, lowerCase, notAfter, needs, fromCapital } of CONTEXTS) {
    if (needs && !needs.test(text)) continue
    const matches = fromCapital ? matchAllFromCapitals(STICKY.get(pattern)!, text) : text.matchAll(pattern)
    for (const m of matches) {
      const [start, end] = (m.indices!.groups!.name ?? m.indices!.groups!.who)!
      if (notAfter?.test(text.slice(Math.max(0, start - 6), start))) continue
      const who = m.groups!.who!
      const comma = m.groups!.comma?.includes(',') ?? false
      if (acceptable(who, lowerCase ?? false) && accept(who, comma)) spans.push({ start, end })
    }
  }
  for (const m of matchAllFromCapitals(CAPITALISED, text)) {
    if (!isWelshName(m[0]) || PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 12), m.index))) continue
    spans.push({ start: m.index, end: m.index + m[0].length })
  }
  const found = mergeSpans(spans)
  for (const span of found) {
    const next = LISTED_AFTER.exec(text.slice(span.end, span.end + 40))
    if (next && !WELSH_NOT_NAMES.has(next[1]!.toLowerCase())) {
      const start = span.end + next[0].length - next[1]!.length
      spans.push({ start, end: start + next[1]!.length })
    }
  }
  return spans
}
