import type { Check, Lang, Span } from '../types.ts'

const SENTENCE = /[^.!?\n]+[.!?]*/g

interface Cues {
  advert: RegExp
  test: RegExp
  question: RegExp
  topic: RegExp
  opinion: RegExp
  /** Phrases that say "I" without telling of care ("I think"), removed before looking for the teller. */
  notTeller: RegExp
  teller: RegExp
  /** Anyone a question may be about ("were they thinking sending him home?"). */
  someone: RegExp
}

const ENGLISH: Cues = {
  advert:
    /\b(?:\d+% off|discount codes?|promo code|special offer|limited offer|free quote|free delivery|call now|(?:book|order|apply)(?: online)? (?:today|now)|buy (?:one|now|cheap)|DM me|message me for|link in (?:my )?bio|follow (?:us|me) on|check out (?:my|our)|visit our|we (?:offer|provide|sell|are recruiting|cover|are accepting)|our (?:shop|company|agency|products?|new \w+)|earn £|win an? |guaranteed returns|crypto|click the link|cheap (?:\w+ )?(?:loans|viagra|pills|flights)|without (?:a )?prescription|(?:good|great) rates of pay|half price|try our|learn \w+ with our|call to book|call us (?:today|now|on)|contact us)\b/i,
  test: /\b(?:test(?:ing)?,? (?:test|123)|just a test|please ignore|asdf\w*|qwerty)\b/i,
  question: /^\s*(?:What|When|Where|Does|Do|Is|Are|Can|Could|Who|Which|Has|Have|Anyone|How)\b[^?]*\?\s*$/,
  topic:
    /\b(?:NHS|health service|government|politicians|nurses|doctors|GPs|hospitals|A&E departments|privatisation|immigration|big pharma|agency staff|prescription charges|(?:four|4)-hour target|parking|people who|managers|this country|the country|taxpayers?|strikes?|junior doctors)\b/i,
  opinion:
    /\b(?:should|must|ought to|deserve|is broken|are broken|destroying|ruining|disgrace|overpaid|underworked|the best thing|the worst thing|the reason|into the ground|needs more|need more|controls|meaningless|billions|vote|ban|a tax on|wasting money|abolish|scrapped)\b/i,
  notTeller:
    /\b(?:I think|I believe|I feel|in my opinion|IMO|the rest of us|like us|our NHS|our health service|our country)\b/gi,
  teller:
    /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|we've|we’ve|our|us|mum|dad|mother|father|husband|wife|son|daughter|nan|gran|grandad|grandma|partner|baby)\b/i,
  someone: /\b(?:he|she|him|her|his|they|them|their)\b/i,
}

const WELSH: Cues = {
  advert:
    /(?:\d+% (?:oddi ar|i ffwrdd)|disgownt|cynnig (?:arbennig|cyfyngedig)|dyfynbris am ddim|ffoniwch (?:nawr|am fanylion)|archebwch(?: ar-lein)? (?:heddiw|nawr)|prynwch|ymgeisiwch nawr|anfonwch neges (?:ataf|am fanylion)|dolen yn y bio|dilynwch (?:ni|fy)|ewch i['’]n|rydym yn (?:cynnig|gwerthu|chwilio)|ennill £|enillwch|elw wedi['’]i warantu|crypto|cliciwch y ddolen|gwerthu |siop \S+ newydd|dewch draw|cyflog da|hanner pris|dysgwch)/iu,
  test: /(?:prawf yw hwn|prawf prawf|anwybyddwch)/iu,
  question: /^\s*(?:Beth|Pryd|Ble|Oes|Ydy|Pwy|Sut|Faint|A oes|A yw|Pam)(?![\p{L}])[^?]*\?\s*$/u,
  topic:
    /(?:GIG|gwasanaeth iechyd|llywodraeth|gwleidyddion|nyrsys|meddygon|ymfudwyr|preifateiddio|byrddau iechyd|meddygon teulu|meddyg teulu|Cymru|Gymru|Nghymru|staff asiantaeth|rhestrau aros|presgripsiynau|pobl sy['’]n)/iu,
  opinion:
    /(?:dylai|dylen|dylid|haeddu|wedi torri|dinistrio|gwarth|warth|peth gorau|i['’]r llawr|angen mwy|biliynau|gormod o bwysau|diddymu|dod i ben|pleidleisiwch|dyna['’]r gwir|cywilydd|gwastraffu arian)/iu,
  notTeller: /(?:rwy['’]n credu|rwy['’]n meddwl|yn fy marn i|ein GIG|ein gwasanaeth iechyd)/giu,
  teller:
    /(?<![\p{L}])(?:fi|fy|ni|ein|rydw|rwy|dw|roeddwn|roedden|cefais|ces|gawson|cawson|Mam|Dad|Nain|Taid|mab|merch|ngŵr|ngwraig|mhartner)(?![\p{L}])/iu,
  someone: /(?<![\p{L}])(?:fe|fo|e|hi|nhw|ei|eu)(?![\p{L}])/iu,
}

/** Whether a sentence is advertising, a test, a bare question or a general opinion, told by nobody. */
function notAnExperience(sentence: string, cues: Cues): boolean {
  if (cues.advert.test(sentence) || cues.test.test(sentence)) return true
  const told = cues.teller.test(sentence.replace(cues.notTeller, ' '))
  if (told) return false
  if (cues.question.test(sentence)) return !cues.someone.test(sentence)
  return cues.topic.test(sentence) && cues.opinion.test(sentence)
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
