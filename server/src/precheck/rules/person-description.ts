import type { Check, Lang, Span } from '../types.ts'
import { WELSH_JOBS } from './name-words-cy.ts'

// Staff and other people a story may describe closely enough to identify them.
const PEOPLE =
  'nurse|doctor|consultant|registrar|surgeon|anaesthetist|porter|cleaner|receptionist|physio|physiotherapist|HCA|assistant|worker|carer|midwife|paramedic|pharmacist|GP|matron|sister|manager|student nurse|volunteer|chaplain|therapist|technician|radiographer|sonographer|dentist|optician|guard|officer|lady|man|woman|girl|boy|guy|lad|bloke|gentleman|one'
// One of these is enough: a tattoo, an accent, hair colour, where someone comes from.
const bounded = (words: string) => new RegExp(`(?<![\\p{L}])(?:${words})(?![\\p{L}])`, 'giu')
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
  /\b(?:tall|short|petite|skinny|thin|overweight|fat|big|huge|tiny|young|younger|older|elderly|middle-aged|male|female|glasses|specs|six-foot\S*|heavily|long)\b/giu

const NOUN_PHRASE = new RegExp(
  `\\b(?:[Tt]he|[Aa]n?|[Tt]hat|[Tt]his)\\s+(?<pre>(?:[\\p{L}'’-]+,?\\s+){0,5}?)(?:${PEOPLE})s?\\b(?<post>\\s+(?:with|who (?:has|had|wears|wore|is in)|wearing|in (?:the|a) wheelchair|sporting)\\b[^.,;!?]{0,70})?`,
  'gu',
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
const WELSH_NOUN_PHRASE = new RegExp(
  `(?<![\\p{L}])(?:[Yy]r? unig|[Yy]r?)\\s+(?:${WELSH_PEOPLE})(?![\\p{L}])(?<post>[^.;!?]{0,90})`,
  'gu',
)
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
    for (const m of text.matchAll(WELSH_NOUN_PHRASE)) {
      const post = m.groups!.post!
      const cut = WELSH_OBJECT.test(post) ? 0 : post.search(WELSH_PREDICATE)
      const described = cut === -1 ? post : post.slice(0, cut)
      const phrase = m[0].slice(0, m[0].length - post.length) + described
      if (identifies(count(WELSH_STRONG, phrase), count(WELSH_WEAK, described)))
        spans.push({ start: m.index, end: m.index + phrase.trimEnd().length })
    }
    return spans
  }
  for (const m of text.matchAll(NOUN_PHRASE)) {
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
