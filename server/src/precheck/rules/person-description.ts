import { matchAllAtWords, tokens, type Token } from '../phrases.ts'
import type { Check, Lang, Span } from '../types.ts'
import { WELSH_JOBS } from './name-words-cy.ts'
import { regex } from '../regex.ts'

// Staff and other people a story may describe closely enough to identify them.
const PEOPLE =
  'nurse|doctor|consultant|registrar|surgeon|anaesthetist|porter|cleaner|receptionist|physio|physiotherapist|HCA|assistant|worker|carer|midwife|paramedic|pharmacist|GP|matron|sister|manager|student nurse|volunteer|chaplain|therapist|technician|radiographer|sonographer|dentist|optician|guard|officer|lady|man|woman|girl|boy|guy|lad|bloke|gentleman|one'
// One of these is enough: a tattoo, an accent, hair colour, where someone comes from.
const bounded = (words: string) => regex(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu')
const STRONG = bounded(
  [
    'tattoo\\w*',
    'pierc\\w+',
    '(?:nose|lip|eyebrow) (?:ring|stud)',
    'stud',
    'scars?',
    'birthmark',
    'dreadlocks',
    'plait',
    'pony ?tail',
    'braids',
    'beard\\w*',
    'moustache',
    'mustache',
    'bald',
    'shaved head',
    'accent',
    'limp',
    'in (?:a|the) wheelchair',
    'prosthetic',
    'hearing aid',
    'stammer',
    'lisp',
    'hijab\\S*',
    'turban',
    'in a sling',
    'sling',
    'only (?:male|female|man|woman|black|white|Asian|Spanish|Polish|Irish|Welsh|Scottish|English|Indian|Chinese|Filipino|Nigerian|African|foreign)',
    'pregnant',
    'dimples',
    'fake tan',
    '(?:hoop )?earrings',
    'streaks',
    'bow tie',
    'cowboy boots',
    'gold watch',
    'knuckles',
    '(?:ginger|red|pink|blue|purple|green|grey|gray|white|silver|blonde?|bleached|dyed|curly|frizzy|spiky)[- ](?:hair|haired|bob|curls)',
    'ginger',
    'redhead',
    'grey-haired',
    'Asian|black|Polish|Irish|Scottish|Scouse|Geordie|Glaswegian|Australian|Nigerian|Filipino|Spanish|South African|Indian|Chinese|Italian|Romanian|Ghanaian|Jamaican|American|French|German|Portuguese|Kenyan|Zimbabwean|Brummie|Welsh(?!-speaking| speaking)',
  ].join('|'),
)
// Two of these are needed: "a young doctor" describes nobody in particular.
const WEAK =
  /\b(?:tall|short|petite|skinny|thin|overweight|fat|big|huge|tiny|young|younger|older|elderly|middle-aged|male|female|glasses|specs|six-foot\S*|heavily|long)\b/gi

const NOUN_PHRASE = regex(
  `\\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\\s+(?<pre>(?:[\\p{L}'’-]+,?\\s+){0,5}?)(?:${PEOPLE})s?\\b(?<post>\\s+(?:with|who (?:has|had|wears|wore|is in)|wearing|in (?:the|a) wheelchair|sporting)\\b[^.,;!?]{0,70})?`,
  'uy',
)

const WELSH_PEOPLE = `${WELSH_JOBS}|swyddog diogelwch|dyn|ddyn|menyw|fenyw|dynes|bachgen`
const WELSH_STRONG = bounded(
  [
    't?d?atŵ\\S*',
    '(?:m|f)odrwy',
    'stwd',
    'g?c?raith',
    'nod geni',
    'dreadlocks',
    '(?:p|b)lethen',
    'g?c?ynffon ferlen',
    '(?:b|f)arf\\S*',
    'mwstas',
    'moel',
    'acen',
    'herc',
    'yn y gadair olwyn|mewn cadair olwyn',
    'cymorth clyw',
    'atal dweud',
    'lisb',
    'hijab',
    'twrban',
    '(?:b|f)eichiog',
    'unig',
    'gwallt (?:coch|pinc|glas|porffor|melyn|llwyd|gwyn|du)',
    'g?walltgoch',
    'streipiau',
    'esgidiau cowboi',
    'tei bô',
    'ewinedd ffug',
    'sbectol goch',
    'cyrliog',
    'o (?:Wlad \\S+|Sbaen|Iwerddon|Ffrainc|India|Tsieina|Nigeria|Ghana|Rwmania|Bortiwgal|Yr Alban|Awstralia|America|Affrica|Lerpwl|Lundain|Glasgow|Iwerddon)',
    '(?:G|g)?[Ww]yddelig|Albanaidd|Awstralaidd|Americanaidd|Seisnig|Pwylaidd|Sbaenaidd|Ffrengig|Almaenig|Eidalaidd|Indiaidd|Tsieineaidd|Nigeriaidd|Asiaidd|Affricanaidd|Ffilipinaidd|Rwmanaidd|Portiwgeaidd',
    'du',
  ].join('|'),
)
const WELSH_WEAK =
  /(?<![\p{L}])(?:tal|dal|byr|fer|fyr|tenau|denau|tew|dew|ifanc|hŷn|sbectol|chwe throedfedd|benywaidd|wrywaidd|mawr|fawr)(?![\p{L}])/giu
const WELSH_NOUN_PHRASE = regex(
  `(?<![\\p{L}])(?:[Yy]r? unig|[Yy]r?)\\s+(?:${WELSH_PEOPLE})(?![\\p{L}])(?<post>[^.;!?]{0,90})`,
  'uy',
)

// A noun phrase needs a person within a few words of its article ("the tall ginger nurse"), so the
// pattern is tried only at an article with such a word close after it (in the shared tokens): the
// articles are common, the people rare. The window is wider than the pattern's five words, since a
// hyphenated word is several tokens.
const lowerWords = (list: string) => list.toLowerCase().split(/[|\s]+/)
const ENGLISH_START = {
  articles: new Set(['the', 'a', 'an', 'that', 'this']),
  people: new Set(lowerWords(PEOPLE).flatMap((w) => [w, `${w}s`])),
  window: 16,
}
const WELSH_START = { articles: new Set(['y', 'yr']), people: new Set(lowerWords(WELSH_PEOPLE)), window: 3 }

function articlesBeforePeople(text: string, start: typeof ENGLISH_START): Token[] {
  const all = tokens(text)
  const found: Token[] = []
  // The index of the next person word after the article at hand.
  let person = 0
  for (let i = 0; i < all.length; i++) {
    if (!start.articles.has(all[i]!.key)) continue
    if (person <= i) person = i + 1
    while (person < all.length && !start.people.has(all[person]!.key)) person++
    if (person < all.length && person <= i + start.window) found.push(all[i]!)
  }
  return found
}
// Welsh adjectives follow the noun; the description ends where the sentence goes on ("yn", "wedi").
const WELSH_PREDICATE = /\s(?:yn(?! y gadair olwyn)|wedi|oedd|a wnaeth|ddim|mor)\s/u
// …or where a new phrase starts right after the noun: "esboniodd y llawfeddyg y graith" (the scar
// is the object), "daeth y nyrs â jwg".
const WELSH_OBJECT = /^\s+(?:y|yr|ei|ein|eu|fy|i|ni|â|ag)\s/u

const count = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].length

function identifies(strong: number, weak: number): boolean {
  return strong >= 1 || weak >= 2
}

function findDescriptions(text: string, lang: Lang): Span[] {
  const spans: Span[] = []
  if (lang === 'cy') {
    for (const m of matchAllAtWords(
      WELSH_NOUN_PHRASE,
      text,
      WELSH_START.articles,
      articlesBeforePeople(text, WELSH_START),
    )) {
      const post = m.groups!.post!
      const cut = WELSH_OBJECT.test(post) ? 0 : post.search(WELSH_PREDICATE)
      const described = cut === -1 ? post : post.slice(0, cut)
      const phrase = m[0].slice(0, m[0].length - post.length) + described
      if (identifies(count(WELSH_STRONG, phrase), count(WELSH_WEAK, described)))
        spans.push({ start: m.index, end: m.index + phrase.trimEnd().length })
    }
    return spans
  }
  for (const m of matchAllAtWords(
    NOUN_PHRASE,
    text,
    ENGLISH_START.articles,
    articlesBeforePeople(text, ENGLISH_START),
  )) {
    const described = `${m.groups!.pre ?? ''} ${m.groups!.post ?? ''}`
    if (identifies(count(STRONG, described), count(WEAK, described)))
      spans.push({ start: m.index, end: m.index + m[0].trimEnd().length })
  }
  return spans
}

export const personDescription: Check = {
  rule: 'person_description',
  message:
    "A description like this could identify someone. Please describe staff by their job, for example 'one of the nurses', rather than how they look or sound.",
  find: findDescriptions,
}
