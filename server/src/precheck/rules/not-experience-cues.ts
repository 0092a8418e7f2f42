import { groupedAlternatives, topLevelAlternatives } from '../alternation.ts'
import { WORD_END, WORD_START } from '../letters.ts'
import { regex } from '../regex.ts'

// Words that tell advertising, tests, bare questions and general opinions from a story about
// care, in English and Welsh (used by not-experience.ts).

export interface Cues {
  /** Selling or recruiting, whoever seems to speak ("Join our team", "10% off"). */
  advert: RegExp
  /** Offers that a story may also mention ("a discount code", "free"): adverts only when nobody tells of care. */
  weakAdvert: RegExp
  test: RegExp
  /** Chain messages and calls to share ("Pass this on", "Share if you agree"), whoever writes them. */
  chain: RegExp
  /** Job and volunteer adverts in words a story does not use ("vacancy", "mileage paid", "PM me"). */
  recruit: RegExp
  /** Recruiting without a verb ("Drivers needed", "Carers wanted"): only when nobody tells of care, nothing past. */
  wanted: RegExp
  /** Jokes, greetings and chatter ("knock knock", "lol", the weather): only when nobody tells, nothing past. */
  chatter: RegExp
  /** Political parties and parliaments, as capitalised names: politics, when nobody tells of care. */
  party: RegExp
  /** Sayings of a general opinion that need no topic ("postcode lottery", "not like now"). */
  saying: RegExp
  /** Calls to campaign anywhere in a sentence ("write to your MS", "join us outside … protest"). */
  rally: RegExp
  /** Asking the provider or readers something ("I was wondering if you…", "does anyone know"), whoever asks. */
  ask: RegExp
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
export const B = WORD_START
export const E = WORD_END

// Each list is one group of alternatives by first letter (alternation.ts); every cue regex has the i flag.
export const words = (list: string) =>
  groupedAlternatives(
    topLevelAlternatives(list.trim()).map((item) => item.trim()),
    true,
  )

export const ENGLISH: Cues = {
  advert: regex(
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
      lose (?:a stone|weight fast|\\d+ ?(?:lb|kg|pounds)) | slimming | sessions? from £ | from (?:only )?£\\d | only £\\d |
      (?:one|this) (?:simple|weird) trick | (?:doctors|dentists) hate | CBD | first (?:consultation|session|visit|appointment) free |
      (?:text|ring|call|message) (?:me|us) for (?:prices|details|info|a quote) | teeth whitening | free chat | I stand with | stand with the (?:nurses|doctors|strikers|junior doctors) | strike action |
      support the strike | (?:give )?our page a follow | follow our page | walk[- ]ins welcome | any jobs going | asking for (?:my|a) \\w+ |
      please sign | sign to (?:bring|keep|save|stop) | (?:will|can) see you in minutes | enough is enough | register now | free course |
      thanks for the website | useful website | wrong page | posted this twice | buy (?:followers|likes|reviews) | five star reviews | unbeatable prices | business proposal |
      kindly reply | anyone (?:wanting|after) an? | if anyone's after | bring banners | rally (?:outside|at|in) | trusted by (?:nurses|doctors|thousands|millions) | must be good with |
      
       happy to travel | now hiring | type (?:yes|amen) |
      share to bless |  come to the (?:march|rally|protest|vigil|meeting) | whoever built | great website |
      (?:helped|trusted by) thousands | (?:rooms|places|appointments) available now | want to hear from you | applications close |
      opportunity to train | big discount | now offering | message for (?:prices|details) | \\d+ ?(?:percent|per cent|%) off |
      ever thought (?:about|of) becoming | no agency fees | all-inclusive | partner clinics? | free (?:home )?(?:demo|hearing checks?) |
      apply for (?:jobs|roles|posts) |  anyone hiring | 
      (?:do|are|r) (?:u|you) (?:take|taking|accept|accepting) | new customers | lip fillers | 
      no (?:GP )?letter needed | sign and share |  
      if (?:anyone|anybody|someone) finds | give me a shout | if any (?:new )?\\w+ fancy | (?:I|we) come to you | (?:just )?message us | inbox us | DM us |
      small (?:family )?(?:business|bakery|firm) | we (?:now )?deliver |  paid weekly | plus travel | weekly pay |
      (?:agency|company|home|we are|we're) (?:is )?looking for (?:\\w+ ){0,3}?(?:nurses|carers|staff|assistants) |
      if (?:anyone's|anyone is|anybody's|anybody is) interested | 
      ex-display | delivered (?:anywhere|free|nationwide) |  anyone (?:needing|selling) | without the wait |
      no (?:GP )?referral needed |  without a fight | not let them (?:shut|close) |
      fight for our | come along to the (?:meeting|protest|rally) | collecting signatures | (?:NHS|staff) discount | discount for (?:NHS )?staff |
      choose your (?:own )?shifts |  skip the (?:queue|wait) | (?:see|speak to) a (?:doctor|GP) in minutes |  instant cash |
      free collection | great (?:rates|prices) |  are you an? [\\w ]{0,30}?looking for |
      our campaign | needs your support | every signature | (?:signatures?|names) (?:count|needed) | physios? wanted | give us a (?:ring|call|bell) |  link below |
      seeks (?:private |part-time |full-time )?(?:work|employment|position) | references available | available for (?:work|private work|shifts) | pop in for a |
      offers? same-(?:day|week) | clinic offers | no win,? no fee | have you been (?:injured|affected|mis-sold) |
      miracle (?:cure|pill|remedy) | natural remedy | 100% natural |   boost your (?:immune|energy) |
      cures? (?:anxiety|cancer|arthritis|diabetes|everything|back pain) | affordable (?:prices|rates|private|care|cleaning) |
      competitive prices | prices from | 
      taking bookings | enquire (?:now|today) | book (?:a|your) free | visit (?:our|my) (?:website|page|shop|stall) |
      sponsor me | please sponsor | raffle tickets | donate (?:now|today|here|what you can) |
      take part in (?:our|my|this) (?:study|survey|research|trial|focus group) | 
      participants (?:needed|wanted|required) | dissertation | (?:if found|reward offered|reward for) |
      has anyone (?:found|seen|handed in) |  microchip | 5G | plandemic | sheeple | do your own research |
      they don't want you to know | population control | mainstream media | vote (?:labour|tory|tories|conservative|reform|plaid|lib dem|green|snp) |
      (?:tories|labour|reform) out | vote (?:them|\\w+) (?:all )?out | get the (?:tories|government) out | to track us | (?:don't|dont) want (?:you|u) to know |
       this site (?:is|keeps|won't|doesn't) | log(?:s|ging)? me out | submit button | fellow readers |
      to all (?:my )?(?:fellow )?readers
    `)})\\b`,
    'i',
  ),
  weakAdvert:
    /\b(?:now open|save our|\w+ wanted (?:for|at|in)|^\s*Fed up (?:waiting|of waiting)[^?]*\?|family[- ]run|recruiting (?:\w+ )?(?:assistants|staff|nurses|carers|cleaners|drivers)|spaces? (?:left|available)|results back in|adults only|we buy|(?:is|are) (?:now )?(?:hiring|recruiting)|(?:through|via|use) the link|desperate for (?:drivers|staff|carers|nurses|cleaners)|looking for work|within \d+ hours|picket line|to protest|(?:is|are) looking for an? (?:part-time |full-time |new |experienced |qualified )?(?:receptionist|nurse|carer|cleaner|driver|pharmacist|assistant|manager|porter)|looking for (?:live-in |private |part-time |full-time |agency |bank )?work|if you believe in|detox|supplements|(?:now|currently) (?:open|taking|accepting) (?:new )?(?:bookings|clients|patients|referrals)|(?:complete|fill (?:in|out)) (?:our|this|my|a short) (?:survey|questionnaire)|handed in at|this website|petition to (?:keep|save|stop|bring)|research study|(?:special|trade|fair|great|low|best) (?:prices|rates)|available for private|opening times|under threat|didn't (?:seem to )?(?:go through|post|send)|the last one didn't|get in touch|looking for a change|^\s*(?:Tired of|Fed up (?:of|with)|Sick of|Struggling with|Suffering from)[^?]*\?|(?:£\d+(?:\.\d\d)?|\d+ pounds) (?:an|per|a) (?:hour|shift|day|session)|per hour|discount codes?|vouchers?|free (?:eye|hearing|sight) tests?|free (?:trial|samples?|gift)|reasonable (?:rates|prices)|(?:fully )?insured|over (?:60|65|70)s|this month only|looking for an? \w+\?)/i,
  // A whole sentence of test words ("Testing testing one two", "test post pls delete"), or words
  // that only a test or a check of the form says.
  test: regex(
    `^\\s*(?:first|cyntaf)!*\\s*$|^\\s*(?:hello|helo|hi|hiya|hia)\\?+\\s*$|^\\s*(?:just )?testing (?:the|this|my) \\w+(?: \\w+)?(?:,? sorry|,? again)?[\\s.!]*$|^\\s*(?:just )?(?:a )?test(?:ing)?(?:[\\s,.!?]+(?:test(?:ing)?|post|story|message|one|two|three|\\d+|from \\w+|only|pls|please|do not publish|don't publish|ignore|delete|again|here|lol|does this work|is this working))*[\\s,.!?]*$|\\b(?:${words(`
      test(?:ing)?,? (?:test|123) | just a test | test message | test post | please ignore | ignore this |
      asdf\\w* | qwerty | just checking (?:this|that|if|the) (?:form|site|page|thing)?\\s*works? |
      do not publish | don't publish | (?:checking|seeing) if my (?:post|message|story) (?:goes|went|has gone) through | (?:seeing|checking|testing) (?:if|whether) (?:the|this) [\\w ]{0,30}?(?:works|is working) |
      trying again | (?:form|site|page) (?:is )?(?:working|works) | is this working | this is a test | a test of the (?:form|site|feedback) | please disregard | (?:checking|testing) (?:this|the) form | (?:pls|please|plz) delete | is this thing on | (?:just )?testing (?:if|whether|to see) |
      (?:see|check|seeing|checking) (?:if|whether) (?:it|this|the form)(?: \\w+)? (?:works|goes through|is working|posts) |
      (?:trying|testing) (?:the|this) (?:form|site|page|website|app) | trying this (?:out|from|on)
    `)})\\b`,
    'i',
  ),
  chain: regex(
    `\\b(?:${words(`
      share (?:this(?! with anyone)|if|plis|please|and|it|widely|far) | please share(?! (?:this |it )?with anyone) | pls share | (?<!please )pass (?:this|it) on(?! to (?:the|my|our|ward|staff)) | forward this |
      copy and paste | type amen | bad luck | (?:ten|10) (?:friends|people) | don't (?:break|ignore) (?:the chain|this) |
      (?:like|share) and (?:share|comment|like) | spread the word | going round (?:on )?(?:facebook|whatsapp) | share before | repost |
      scam alert | (?:warning|heads up) to (?:all|everyone) | beware of (?:a|this) scam
    `)})\\b`,
    'i',
  ),
  recruit: regex(
    `\\b(?:${words(`
      vacanc(?:y|ies) | apply (?:through|via|online|now|at|here|today|within|on) | (?:pm|inbox) (?:me|us) |
      mileage paid | (?:must have|own) (?:own )?transport | (?:car )?drivers? essential | flexible (?:shifts|hours) |
      full training (?:given|provided) | (?:looking for|seeking) (?:agency|bank|locum|part-time|full-time) (?:work|shifts|staff) |
      an hour plus |
      shifts (?:available|to suit) | to suit you | join (?:the|our) (?:team|bank) |
      (?:is|are) (?:the|your) (?:\\w+ ){0,3}?(?:hiring|recruiting|taking on) | send (?:your|us your|me your) CV | CVs? to |
      immediate start | competitive (?:salary|pay) | enhanced DBS | DBS (?:required|needed|essential|provided|paid) |
      (?:positions?|roles?|posts?) available | now hiring | we are hiring
    `)})\\b`,
    'i',
  ),
  wanted: regex(
    `\\b(?:${words(`
      \\w+s (?:wanted|required),? | (?:volunteers?|carers?|nurses?|staff|drivers?|helpers?|cleaners?|assistants?|workers?|porters?|people|someone|doctors?|locums?) (?:wanted|required|needed) |
      (?:looking for|seeking) (?:an? |some )?(?:\\w+ )?(?:volunteers?|carers?|nurses?|staff|drivers?|helpers?|cleaners?|assistants?|workers?|porters?|someone to)
    `)})\\b`,
    'i',
  ),
  chatter: regex(
    `\\b(?:${words(`
      lol+ | lmao+ | rofl | haha\\w* | as they say | as the saying goes | keep calm and | rugby | football | the match | knock knock | cheap!* | what a morning | the bins | happy retirement | good luck to everyone | doctor,? doctor | weather | hope everyone | come on (?:Wales|England|Scotland|Cymru|you|the) | get in there | doctor doctor | who's there | the weather | what even is | anyone (?:else )?(?:bored|awake|up|watching) |
      hi (?:everyone|all|guys) | hello (?:everyone|all) | hiya (?:all|everyone) | morning (?:all|everyone) | good (?:morning|evening) (?:all|everyone) |
      hope (?:you're|you are|everyone is|everyone's) (?:all )?(?:well|ok|okay|keeping) | stay safe (?:everyone|all) |
      have a (?:lovely|great|good|nice) (?:day|weekend|evening) | merry christmas | happy (?:new year|easter|christmas) |
      praying for | thoughts and prayers | sending (?:love|hugs|prayers) to (?:all|everyone) | raffle | cake sale | coffee morning |
      fundraiser | bake sale | raising money | (?:this|the) (?:website|app) (?:is|keeps|won't|doesn't|isn't) |
      (?:can't|cannot) log in | won't let me (?:post|submit|log|sign) | page (?:won't|doesn't) load | first time (?:using|on) this |
      lost (?:a|my|our) (?:\\w+ )?(?:keys|phone|purse|wallet|glasses|ring|bag|umbrella|coat) | found (?:a|some) (?:\\w+ )?(?:keys|phone|purse|wallet|glasses|ring|bag) |
      vaccines? (?:cause|causes|are poison|kill|contain) | (?:are|they're|is|it's) poison | track us | (?:don't|dont) want (?:you|u) to know |
      (?:don't|dont|never) trust (?:the )?(?:vaccines?|jabs?|pharma) | amen | the Lord | God is with | blessings |
      (?:every one|all) of you reading | everyone reading this | fellow readers | (?:good )?(?:evening|morning|afternoon) to (?:all|everyone) |
      (?:sending|send) (?:love|hugs|prayers)(?: and \\w+)? to | security desk | lost property | cake stall | (?:this|your) website | your (?:site|app) | log(?:s|ging)? me out
    `)})\\b|^\\s*(?:found|lost)\\b(?! out)`,
    'i',
  ),
  party:
    /\b(?:Labour(?! (?:ward|suite|unit|room|and|was|lasted|started|progressed))|the Tories|Tory|Conservatives|Reform UK|Plaid Cymru|Westminster|Cardiff Bay|Independence|the Senedd|Welsh Government)\b/,
  saying: regex(
    `\\b(?:${words(`
      postcode lottery | always has been and always will be | (?:ripping|tearing|torn) up | start(?:ing)? (?:again|from scratch) |
      not like (?:now|today|these days|it is now) | in my day | back in the day | mark my words | wake up,? people |
      what is the world coming to | the only way forward | angels,? (?:every|all|each) | angels on earth |
      not what it (?:was|used to be) | gone to the dogs | if the NHS (?:was|were) | the same lot | look at the state of | pay tax when | anyone see the |
      who can blame them | fewer managers | the rest of the NHS could | (?:it's )?about time this country | nobody wants to work | raining cats and dogs | heard the one about | any day of the week | an apple a day | nobody wants to be an? | what a game | did anyone (?:watch|see) |
      (?:wasn't|isn't|weren't|aren't) (?:it|they)\\W*$ | whoever wins | whoever gets in | done for | letting it rot | best thing this country | through the back door | at the next election | independence for | (?:gone|going) downhill | gone to pot | used to be (?:the best|brilliant|great|good) |
      state of the (?:NHS|country|health service) | world[- ]class | envy of the world
    `)})\\b`,
    'i',
  ),
  rally: regex(
    `\\b(?:${words(`
      write to your (?:MP|MS|AM|councillor|local|health board) | (?:your|our) (?:MP|MS|AM) and demand |
      peaceful protest | join (?:us|the|our) (?:outside|protest|march|rally|vigil|campaign) | hands off our |
      protest (?:against|outside|at) | march (?:on|to) (?:the|our) | keep our (?:\\w+ )?(?:open|local)
    `)})\\b`,
    'i',
  ),
  ask: regex(
    `\\b(?:${words(`
      I was (?:just )?wondering (?:if|whether) | I'?d like to know (?:if|whether) | I would like to know (?:if|whether) |
      (?:does|do) (?:anyone|anybody) (?:know|have|recommend) | anyone know | can (?:anyone|anybody|someone) (?:tell|recommend|help) |
      (?:do|can|could|will) (?:you|they) (?:do|offer|have|provide|take|accept|still|open|book|see) |
      do I need (?:a|an|to) | can I just (?:turn up|come|walk in|book|drop) | am I (?:meant|supposed) to | any idea (?:if|when|how|where|what) | (?:does|do) anybody |
      who do I (?:contact|speak to|ask|call|ring) | where (?:can|do) I (?:get|find|go|park|book|send|buy|drop) | what time (?:does|do|is) |
      are you open | is it possible to (?:book|get|change|see|have) | (?:does|do) (?:the|your) \\w+(?: \\w+)? (?:have|do|offer|take|accept) |
      please (?:call|ring|phone) me back | (?:call|ring|phone) me back (?:please|asap|urgently|on) | (?:can|could) (?:someone|somebody|you) (?:please )?(?:call|ring|phone|contact) me |
      get back to me (?:asap|please|urgently|as soon as) | is this where I (?:leave|report|send|post) |
      I'?d like to know how to | (?:could|can) (?:someone|somebody|anyone|you) (?:please )?(?:let me know|tell me (?:how|if|whether|when|where)|explain how) |
      how (?:do )?I go about | looking for the (?:opening|visiting) (?:times|hours) |
      need to (?:find out|know) (?:how|if|whether|when|where) | (?:just )?want(?:ed)? to check (?:if|whether) | (?:let me know|tell me) (?:if|whether) | at your earliest convenience |
      grateful if (?:you|someone|somebody) could (?:let me know|tell me|telephone|call|ring|phone|contact|advise|confirm) | telephone me | (?:is|are) (?:the|your) \\w+(?: \\w+)? open (?:on|at|over|during) | how much (?:does|do|is|are|will)
    `)})\\b`,
    'i',
  ),
  question:
    /^\s*(?:(?:hi|hello|hiya|hey|by the way|also|oh and|btw)[,!]?\s+)?(?:(?:What|When|Where|Why|Does|Do|Is|Are|Can|Could|Who|Which|Has|Have|Anyone|Anybody|How)\b[^?]*\?|(?:(?:What|When|Where|Which|How)(?: time| long| much| many)? (?:do|does|is|are|can|should|will)|(?:Is|Are|Does|Do|Can|Could|Will|Has) (?:there|the|your|you|anyone|anybody))\b[^?.!]*)\s*$/i,
  enquiry:
    /^\s*(?:(?:hi|hello|hiya|hey)[,!]?\s+)?(?:(?:How|Where|When|Who|What|Can|Do|Does|Should)\s+(?:do|can|should|could|would|does|is|are)?\s*(?:I|we|you)\s+(?:\w+\s+){0,2}?(?:change|register|book|get|find|make|contact|update|cancel|apply|order|request|sign up|access|transfer|renew)\b[^?.!]*\??|(?:Can|Could|Do|Should|Must|Am) I (?!just say|say|thank|add|mention|ask why)[^?.!]*\?|Is it (?:ok|okay|alright|possible) (?:to|if)[^?.!]*\?|(?:Can|Could|Do|Does|Is|Are|May) (?:my|our) \w+(?: \w+)? (?:bring|come|visit|have|stay|get|park|see)[^?.!]*\?)\s*$/i,
  campaign:
    /^\s*(?:Vote\b|Support the|Come to the|Discover\b|Hiring\b|Tax the|Fund the|Pay (?:nurses|doctors|carers|our|the)|Give (?:nurses|doctors|carers|the NHS|our)|Back our|Clap for|Scrap|Ban|Abolish|Bring back|Save our|Vote (?:for|against|out|them out)|Say no to|Sign (?:the|our|this)|Defend|Fund our|Support our|End the|Axe|Keep our|Hands off|Stop (?:the|privatising|privatisation|closing)|Protect our|Fight (?:for|to)|Demand|Write to your|Join (?:us|the) (?:protest|march|rally))\b/,
  topic: regex(
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
  opinion: regex(
    `\\b(?:${words(`
      should | shouldn't | must | ought to | deserves? | (?:is|are) broken | destroy\\w* | ruin\\w* | disgrace\\w* |
      scandal\\w* | a joke | shambles | (?:is|'s|are) broke | overpaid | underpaid | underworked | underfunded | rotten | corrupt | useless |
      lazy | greedy | filthy | lottery | the best thing (?!about) | the worst thing (?!about) | the reason | into the ground | fall apart |
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
  generic: regex(
    `\\b(?:${words(`
      NHS | health service | government | politicians | ministers | health (?:minister|secretary) |
      social care | private (?:care|healthcare|hospitals|sector|medicine) | mental health(?: services)? |
      waiting (?:lists|times) | ambulance (?:response )?times | health tourism | taxpayers | immigrants |
      this country | the country | the world | health boards | hospital managers | junior doctors | agency staff |
      staff shortages | the whole system | the top brass | the whole profession | nobody at the top | (?:those|the people) at the top | A&E departments | prescription charges | the public | big pharma | care homes | hospitals |
      GP receptionists | GPs | dentists | pharmacists | paramedics | consultants | surgeons | managers |
      (?:NHS |health |ambulance |mental health |social |GP |dental |maternity )services | GP surgeries | surgeries |
      GP practices | healthcare | health care | the UK
    `)})\\b|\\b(?:nurses|doctors|carers|care workers|midwives|porters)\\b(?<!\\b(?:the|this|that|these|those|our|my|his|her|their)(?: \\w+)? (?:nurses|doctors|carers|care workers|midwives|porters))`,
    'i',
  ),
  present:
    /\b(?:knows?|cares?|is|are|isn't|aren't|has|have|haven't|hasn't|needs?|gets?|earns?|does|doesn't|don't|can't|cannot|won't|should|must|will|keeps?|makes?|costs?|pays?|deserves?|offers?)\b/i,
  deictic: /^\s*(?:It|That|This(?! (?:government|country|health service|NHS)))\b/,
  specific:
    /\b(?:(?:on|in|at) (?:the )?(?:ward|bay|room|unit) \w+|ward \d+|(?:this|that) (?:ward|unit|clinic|surgery|hospital|practice|hospice|home))\b/i,
  past: /\b(?:was|wasn't|were|weren't|had|did|didn't|went|came|got|told|said|gave|took|saw|rang|called|waited|asked|treated|seen|helped|arrived|left|died|sent)\b/i,
  notTeller: regex(
    `\\b(?:${words(`
      I think | I believe | I feel | in my opinion | IMO | the rest of us | like us | our NHS | our health service |
      our country | our hospitals | our local hospital | our taxes | our money | we all | we must | we should |
      we need | we as a (?:country|society|nation) | we deserve | we pay | if you ask me | I (?:genuinely|really|honestly|truly|firmly|strongly) (?:think|believe|feel) | in my day | back in my day |
      mark my words | in my opinion | my (?:cousin|friend|mate|sister|brother|neighbour|mum|dad) (?:says|reckons|tells me) |
      why do we even | we take (?:it|them) for granted | how we fund | we fund | I don't think |
      that's (?:just )?my opinion | I just think | personally | I'd trust | it breaks my heart | I'm of the opinion |
      makes me (?:so )?(?:sad|angry|mad|cross) | those of us | I reckon | I'd say | I'd argue | as an? (?:nurse|doctor|carer|paramedic|midwife) myself |
      we're all | we are all | we're letting | look where we are | where we are now | we'll ever | we will ever | we'd ever | if I'm honest
    `)})\\b`,
    'gi',
  ),
  teller:
    /\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|me|my|we|we're|we’re|we've|we’ve|our|us|mum|dad|mother|father|husband|wife|son|daughter|nan|gran|grandad|grandma|partner|baby)\b/i,
  someone: /\b(?:he|she|him|her|his|they|them|their)\b/i,
}
