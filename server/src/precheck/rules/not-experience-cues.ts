import { groupedAlternatives, topLevelAlternatives } from '../alternation.ts'
import { LETTER, WORD_END, WORD_START } from '../letters.ts'

// Words that tell advertising, tests, bare questions and general opinions from a story about
// care, in English and Welsh (used by not-experience.ts).

export interface Cues {
  /** Selling or recruiting, whoever seems to speak ("Join our team", "10% off"). */
  advert: RegExp
  /** Offers that a story may also mention ("a discount code", "free"): adverts only when nobody tells of care. */
  weakAdvert: RegExp
  test: RegExp
  question: RegExp
  /** An enquiry about how to do something ("How do I change my address with my GP?"), whoever asks. */
  enquiry: RegExp
  /** A campaign slogan at the start of a sentence ("Scrap the tax on…"). */
  campaign: RegExp
  topic: RegExp
  opinion: RegExp
  /** The health service, politics or a whole profession in general ("the NHS", "politicians", "GPs" without "the"). */
  generic: RegExp
  /** A statement in the present tense ("is", "are", "needs"), which a general opinion is made in. */
  present: RegExp
  /** Words that tell of something that happened, which a general opinion seldom has. */
  past: RegExp
  /** A sentence about "this", something the story has just told ("This is not good enough, NHS"). */
  deictic: RegExp
  /** One place the teller knows ("on ward 10", "that hospital"): an opinion grounded in care received. */
  specific: RegExp
  /** Phrases that say "I" or "we" without telling of care ("I think", "we must"), removed before looking for the teller. */
  notTeller: RegExp
  teller: RegExp
  /** Anyone a question may be about ("were they thinking sending him home?"). */
  someone: RegExp
}

// Welsh cues are read without the u flag (letters.ts), which makes these regexes several times faster.
const B = WORD_START
const E = WORD_END

// Each list is one group of alternatives by first letter (alternation.ts); every cue regex has the i flag.
const words = (list: string) =>
  groupedAlternatives(
    topLevelAlternatives(list.trim()).map((item) => item.trim()),
    true,
  )

export const ENGLISH: Cues = {
  advert: new RegExp(
    `\\b(?:${words(`
      \\d+% off | promo code | use (?:the )?code | special offer | limited (?:offer|time|spaces) |
      offer ends | free (?:quote|delivery|consultation|trial|assessment) | call (?:now|us today|us now|us on|to book) |
      (?:book|order|apply|shop)(?: online)? (?:today|now) | book your | buy (?:one|now|cheap) | DM (?:me|us) |
      message (?:me|us) (?:for|to) | link in (?:my )?bio | follow (?:us|me) on | check out (?:my|our) | visit our |
      we (?:offer|provide|sell|specialise|specialize|are recruiting|are hiring|are looking for|cover|are accepting) |
      we're (?:hiring|recruiting|looking for) | our (?:shop|store|company|agency|products?|range|clinic|new \\w+|friendly team|team of) |
      join our | apply (?:on|via|through|at) our | get paid | earn (?:£|money|extra|up to) | make money |
      (?:work|money) from home | no experience (?:needed|necessary|required) | guaranteed (?:returns|results) |
      lifetime guarantee | money-back guarantee | crypto | bitcoin | forex | invest in | double your |
      click (?:the link|here) | cheap (?:\\w+ )?(?:loans|viagra|pills|flights|tickets) | without (?:a )?prescription |
      (?:good|great|competitive) rates of pay | half (?:the )?(?:high street )?price | try our | learn \\w+ with our |
      contact us | sign (?:the|our|this|my) petition | share if you agree | share this post | retweet | subscribe |
      my channel | wellness tips | (?:to|for) rent | bills included | get a quote | best (?:rates|prices|deals) |
      great deals | delivered to your door | ask in store | sign up to our | newsletter | your first order |
      at our (?:opticians|salon|store|shop|clinic|practice|showroom|gym|pharmacy) | check out our | our reviews |
      win (?:an? |free |£) | save our (?:\\w+ )?(?:NHS|hospital|hospitals|services|A&E|ward|GP|surgery) |
      if you need an? \\w+,? (?:ring|call|contact|message|try|text) | for sale | hardly used | barely used | collection only |
      (?:appointments )?available (?:the )?same day | same-day appointments | no waiting lists |
      lose (?:a stone|weight fast|\\d+ ?(?:lb|kg|pounds)) | slimming | sessions? from £ | from (?:only )?£\\d | only £\\d
    `)})\\b`,
    'i',
  ),
  weakAdvert:
    /\b(?:discount codes?|vouchers?|free (?:eye|hearing|sight) tests?|free (?:trial|samples?|gift)|reasonable (?:rates|prices)|(?:fully )?insured|over (?:60|65|70)s|this month only|looking for an? \w+\?)/i,
  test: /\b(?:test(?:ing)?,? (?:test|123)|just a test|test message|please ignore|ignore this|asdf\w*|qwerty|just checking (?:this|that|if|the) (?:form|site|page|thing)?\s*works?)\b/i,
  question:
    /^\s*(?:What|When|Where|Why|Does|Do|Is|Are|Can|Could|Who|Which|Has|Have|Anyone|Anybody|How)\b[^?]*\?\s*$/,
  enquiry:
    /^\s*(?:How|Where|When|Who|What|Can|Do|Does|Should)\s+(?:do|can|should|could|would|does|is|are)?\s*(?:I|we|you)\s+(?:\w+\s+){0,2}?(?:change|register|book|get|find|make|contact|update|cancel|apply|order|request|sign up|access|transfer|renew)\b[^?]*\?\s*$/i,
  campaign:
    /^\s*(?:Scrap|Ban|Abolish|Bring back|Save our|Vote (?:for|against|out)|Say no to|Sign (?:the|our|this)|Defend|Fund our|Support our|End the|Axe|Keep our)\b/,
  topic: new RegExp(
    `\\b(?:${words(`
      NHS | health service | health care | healthcare | social care | care homes | care system | government | ministers? |
      politicians | councils? | nurses | doctors | GPs | receptionists | consultants | surgeons | paramedics | pharmacists |
      dentists | hospitals | A&E | emergency departments | waiting lists? | waiting times | ambulances? | pharmacies |
      managers | staff shortages | (?:the|whole) system | vaccines? | immigrants | immigration | privatisation |
      private healthcare | taxes | taxpayers? | strikes? | junior doctors | mental health services | services |
      funding | cuts | prescriptions? | matrons | wards | the elderly | old people | people | everyone | everybody |
      patients | agency staff | big pharma | parking | (?:four|4)-hour target | targets | this country | the country |
      health boards? | trusts | hospital food | society | care workers | carers | social workers | the public |
      healthcare | health care | (?:NHS |health |ambulance |mental health |social |care |GP |dental |maternity )?services |
      (?:GP )?surgeries | practices | sanitary products | tax
    `)})\\b`,
    'i',
  ),
  opinion: new RegExp(
    `\\b(?:${words(`
      should | shouldn't | must | ought to | deserves? | (?:is|are) broken | destroy\\w* | ruin\\w* | disgrace\\w* |
      scandal\\w* | a joke | shambles | overpaid | underpaid | underworked | underfunded | rotten | corrupt | useless |
      lazy | greedy | filthy | lottery | the best thing | the worst thing | the reason | into the ground | fall apart |
      falling apart | crumbling | on its knees | needs? more | needs to | controls | meaningless | billions | vote |
      election | ban | a tax on | wasting | waste of | abolish | scrap\\w* | bring back | stop the cuts | time to |
      too many | too much | right to | wrong to | the only way | way forward | the answer | the fault | to blame |
      experiment | the truth | lies | everyone knows | everybody knows | nowadays | these days | for decades |
      always (?:has|have) been | terrible everywhere | everywhere | in this country | national treasure | save our |
      protect it | privatis\\w* | resign | gatekeepers | think they are | just businesses | making money |
      no place for | for the benefit of | like sweets | postcode | deserve better | better than this |
      on the brink | collapse | impossible to | no idea | only care about | too many managers
    `)})\\b`,
    'i',
  ),
  generic: new RegExp(
    `\\b(?:${words(`
      NHS | health service | government | politicians | ministers | health (?:minister|secretary) |
      social care | private (?:care|healthcare|hospitals|sector|medicine) | mental health(?: services)? |
      waiting (?:lists|times) | ambulance (?:response )?times | health tourism | taxpayers | immigrants |
      this country | the country | the world | health boards | hospital managers | junior doctors | agency staff |
      staff shortages | A&E departments | prescription charges | the public | big pharma | care homes | hospitals |
      GP receptionists | GPs | dentists | pharmacists | paramedics | consultants | surgeons | managers |
      (?:NHS |health |ambulance |mental health |social |GP |dental |maternity )services | GP surgeries | surgeries |
      GP practices | healthcare | health care | the UK
    `)})\\b|\\b(?:nurses|doctors|carers|care workers|midwives|porters)\\b(?<!\\b(?:the|this|that|these|those|our|my|his|her|their)(?: \\w+)? (?:nurses|doctors|carers|care workers|midwives|porters))`,
    'i',
  ),
  present:
    /\b(?:is|are|isn't|aren't|has|have|haven't|hasn't|needs?|gets?|earns?|does|doesn't|don't|can't|cannot|won't|should|must|will|keeps?|makes?|costs?|pays?|deserves?|offers?)\b/i,
  deictic: /^\s*(?:This|That|It)\b/,
  specific:
    /\b(?:(?:on|in|at) (?:the )?(?:ward|bay|room|unit) \w+|ward \d+|(?:this|that) (?:ward|unit|clinic|surgery|hospital|practice|hospice|home))\b/i,
  past: /\b(?:was|wasn't|were|weren't|had|did|didn't|went|came|got|told|said|gave|took|saw|rang|called|waited|asked|treated|seen|helped|arrived|left|died|sent)\b/i,
  notTeller: new RegExp(
    `\\b(?:${words(`
      I think | I believe | I feel | in my opinion | IMO | the rest of us | like us | our NHS | our health service |
      our country | our hospitals | our local hospital | our taxes | our money | we all | we must | we should |
      we need | we as a (?:country|society|nation) | we deserve | we pay
    `)})\\b`,
    'gi',
  ),
  teller:
    /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|we've|we’ve|our|us|mum|dad|mother|father|husband|wife|son|daughter|nan|gran|grandad|grandma|partner|baby)\b/i,
  someone: /\b(?:he|she|him|her|his|they|them|their)\b/i,
}

export const WELSH: Cues = {
  advert: new RegExp(
    `${B}(?:${words(`
      \\d+% (?:oddi ar|i ffwrdd) | cynnig (?:arbennig|cyfyngedig) | dyfynbris am ddim | ffoniwch (?:nawr|ni|am fanylion) |
      archebwch(?: ar-lein)? (?:heddiw|nawr) | prynwch | ymgeisiwch nawr | gwnewch gais | anfonwch neges (?:ataf|aton ni|am fanylion) |
      dolen yn y bio | dilynwch (?:ni|fy) | ewch i['’]n | rydym yn (?:cynnig|gwerthu|chwilio|recriwtio) |
      rydyn ni['’]n (?:cynnig|gwerthu|chwilio|recriwtio) | ennill £ | enillwch | elw wedi['’]i warantu | crypto |
      bitcoin | buddsoddwch | dyblu eich | cliciwch | gwerthu | siop \\S+ newydd | dewch draw | cyflog da | hanner pris |
      dysgwch | llofnodwch | arwyddwch | ddeiseb | rhannwch y neges | cysylltwch (?:â|a) ni | trefnwch | ymgynghoriad am ddim |
      ymunwch (?:â|a)['’]n | tîm cyfeillgar | colli pwysau | gwnewch arian | dim profiad | does dim angen profiad |
      os oes angen \\S+ arnoch(?: chi)? | prin wedi['’]i ddefnyddio | casglu yn unig |
      prisiau isel | i['’]ch drws | tanysgrifiwch | i['’]w rhentu | ar werth | mynnwch | archeb gyntaf | gwarant oes |
      ein (?:cynnyrch|siop|clinig|cwmni|asiantaeth|gwefan|fferyllfa) | ein hadolygiadau | darllenwch ein | ['’]n (?:diodydd|cynnyrch|siop|clinig|cwmni) newydd |
      o £\\d | £\\d+ y (?:sesiwn|mis|wythnos|awr)
    `)})`,
    'i',
  ),
  weakAdvert: new RegExp(
    `${B}(?:cod disgownt|codau disgownt|taleb|talebau|prisiau rhesymol|wedi['’]i yswirio|yswiriedig|chwilio am \\S+\\?|profion (?:llygaid|clyw) am ddim)${E}`,
    'i',
  ),
  test: /(?:prawf yw hwn|neges brawf|prawf prawf|prawf 123|anwybyddwch|asdf\S*|qwerty)/i,
  question: new RegExp(
    `^\\s*(?:Beth|Pryd|Ble|Lle|Oes|Ydy|Ydi|Pwy|Sut|Faint|A oes|A yw|A ydy|A all|A fydd|Pam|Pa|Sawl)${E}[^?]*\\?\\s*$`,
  ),
  enquiry: new RegExp(
    `^\\s*(?:Sut|Ble|Pryd|Pwy|Beth|A allaf|Alla i|Ga i|Oes rhaid i mi)${E}(?:\\s+(?:ydw i|alla i|dw i|mae|gallaf|dylwn i))?(?:['’]n)?\\s+(?:\\S+\\s+){0,2}?(?:newid|cofrestru|trefnu|cael|ffeindio|dod o hyd|cysylltu|diweddaru|canslo|gwneud cais|archebu)${E}[^?]*\\?\\s*$`,
    'i',
  ),
  campaign: new RegExp(
    `^\\s*(?:Diddymwch|Gwaharddwch|Achubwch|Pleidleisiwch|Dewch â|Cefnogwch|Amddiffynnwch|Stopiwch y|Diogelwch ein)${E}`,
  ),
  topic: new RegExp(
    `${B}(?:${words(`
      GIG | gwasanaeth iechyd | gwasanaethau iechyd | gwasanaethau | gofal cymdeithasol | cartrefi gofal | gofal preifat |
      llywodraeth | gweinidog | gwleidyddion | cyngor | cynghorau | nyrsys | meddygon | meddygon teulu | meddyg teulu |
      derbynyddion | fferyllwyr | fferyllfeydd | deintyddion | ysbytai | hysbytai | ysbyty | hysbyty | adran frys |
      adrannau brys | rhestrau aros | rhestr aros | amseroedd aros | ambiwlansys | rheolwyr | reolwyr | prinder staff |
      system | brechlynnau | brechlyn | ymfudwyr | mewnfudwyr | preifateiddio | trethi | streic | streicio |
      meddygon iau | iechyd meddwl | cyllid | toriadau | presgripsiynau | wardiau | hen bobl | pobl | pawb | cleifion |
      staff asiantaeth | Cymru | Gymru | Nghymru | Lloegr | byrddau iechyd | bwrdd iechyd | y cyhoedd | gofalwyr |
      gweithwyr cymdeithasol | oedi | bawb | phawb | gofal iechyd | meddygfeydd | feddygfeydd | feddygon | wleidyddion
    `)})${E}`,
    'i',
  ),
  opinion: new RegExp(
    `${B}(?:${words(`
      dylai | dylen | dylid | dylent | rhaid | haeddu | wedi torri | dinistrio | gwarth | warth | sgandal | jôc | llanast |
      peth gorau | i['’]r llawr | angen mwy | biliynau | gormod o | diddymu | dod i ben | pleidleisiwch | dyna['’]r gwir |
      cywilydd | chywilydd | gwastraffu | ym mhobman | wedi bod erioed | pydru | chwalu | danariannu |
      tanariannu | loteri | fel losin | y dyddiau hyn | ers degawdau | achubwch | rhag cau | ymddiswyddo | arbrawf |
      celwydd | mae pawb yn gwybod | trysor | gwarchod | yn iawn i | yr unig ffordd | ffordd ymlaen | bai | ar fai |
      busnesau | gwneud arian | yn waeth | gwell na hyn | fudr | does neb yn malio | mai nhw yw | mae['’]n bryd |
      heb angen | gormod o bwysau | stopiwch y toriadau | ar fin chwalu | amhosib | dim syniad | ddim syniad | dim ond am
    `)})`,
    'i',
  ),
  generic: new RegExp(
    `${B}(?:${words(`
      GIG | gwasanaeth iechyd | llywodraeth | gwleidyddion | wleidyddion | gweinidogion | y gweinidog iechyd | y system |
      gofal cymdeithasol | gofal preifat | iechyd meddwl | rhestrau aros | amseroedd (?:aros|ymateb) | trethdalwyr |
      ymfudwyr | mewnfudwyr | y wlad | y byd | byrddau iechyd | rheolwyr ysbytai | meddygon iau | staff asiantaeth |
      prinder staff | cartrefi gofal | ysbytai | hysbytai | meddygon teulu | derbynyddion | fferyllwyr | deintyddion |
      gofal iechyd | meddygfeydd | feddygfeydd | gwasanaethau (?:ambiwlans|iechyd meddwl|cymdeithasol) |
      (?:yr |y )?(?:ysgrifennydd|gweinidog) iechyd | feddygon teulu
    `)})${E}|(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’])(?:nyrsys|meddygon|gofalwyr|bydwragedd|rheolwyr|reolwyr)${E}(?<!${B}(?:y|yr|fy|ein|ei|eu)(?: ${LETTER}+)? \\S+)`,
    'i',
  ),
  present: new RegExp(
    `${B}(?:mae|does|dyw|dydy|dydi|dylai|dylid|dylen|bydd|gall|gallai|rhaid|yw|ydy|ydyn|sy['’]n|sydd)${E}`,
    'i',
  ),
  deictic: new RegExp(`^\\s*(?:Mae hyn|Mae hynny|Dyma|Dyna|Mae hwn|Mae hon)${E}`, 'i'),
  specific: new RegExp(
    `${B}(?:ward \\d+|ar (?:y )?ward|(?:y|yr) (?:ward|uned|clinig|feddygfa|ysbyty|hosbis|cartref) (?:hon|hwn|yna|yma))${E}`,
    'i',
  ),
  past: new RegExp(
    `${B}(?:roedd|doedd|oedd|roeddwn|cafodd|gafodd|chafodd|ces|ges|aeth|daeth|wnaeth|bu|buodd|arhosodd|ffoniodd|(?![td]rwodd)${LETTER}{3,}(?:odd|ais|ason))${E}`,
    'i',
  ),
  notTeller: new RegExp(
    `(?:${words(`
      rwy['’]n credu | rwy['’]n meddwl | yn fy marn i | ein GIG | ein gwasanaeth iechyd | rhaid i ni | dylen ni |
      mae angen i ni | rydyn ni i gyd | ni i gyd | ein trethi | ein gwlad | ein hysbytai | ein hysbyty lleol | i['’]n hysbytai
    `)})`,
    'gi',
  ),
  teller: new RegExp(
    `${B}(?:fi|fy|ni|ein|rydw|rwy|dw|roeddwn|oeddwn|roedden|oedden|wnes|es i|gen i|i mi|wrtha i|arna i|wrthon ni|cefais|ces|gawson|cawson|Mam|Dad|Nain|Taid|mab|merch|ngŵr|ngwraig|mhartner|i['’]n)${E}`,
    'i',
  ),
  someone: new RegExp(`${B}(?:fe|fo|e|hi|nhw|ei|eu)${E}`, 'i'),
}
