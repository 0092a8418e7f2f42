import type { PhraseSpec } from '../phrases.ts'

// English phrases that suggest someone may be at risk now. Deliberately broad: a moderator reads
// every hit. Figures of speech ("this queue is killing me", "I could have died of boredom", "it
// hit me how ill he was") are left out by asking for a person doing something to someone, or for
// intent in the first person. Each phrase is [first words, rest, look-behind?] (see phrases.ts).

// A part of the body, not a person: "hit my dad", not "hit her head".
const BODY =
  '(?:head|heads|arm|arms|leg|legs|hand|hands|knee|knees|foot|feet|face|back|elbow|hip|shoulder|toe|toes|finger|fingers|chin|nose|eye|eyes|mouth|lip|lips|teeth|tooth|ankle|wrist|wrists|neck|side|bottom|funny bone|hair|feelings|pride)\\b'
const KIN =
  '(?:mum|mother|mam|mom|dad|father|nan|nana|gran|granny|grandma|grandad|granddad|grandpa|grandmother|grandfather|husband|wife|partner|son|daughter|baby|child|children|kids?|boy|girl|brother|sister|friend|aunt|auntie|uncle|nephew|niece|grandson|granddaughter|twin|patients?|residents?|relative|man|woman|lady|gentleman|stepson|stepdaughter|stepmum|stepmother|stepdad|stepfather|grandchild|grandchildren|grandkids|boyfriend|girlfriend|fianc[ée]e?|neighbour|toddler|newborn|little one|cousin|carer|flatmate|housemate|client|service user)'
// "her" as the one something is done to ("hit her hard"), not as "her coat": what follows says.
const HER =
  'her(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:by|with|in|on|to|and|so|too|until|when|while|again|every|across|around|about|over|against|into|onto|out|off|down|up|back|hard|harder|twice|once|because|as|for|repeatedly|several|at|if|then|but|or|till|after|before|badly|roughly|really|just|all|a few|along|through|across|from|towards|toward|outside|inside|round|past|there|here|home|away|aside|forward|backwards)\\b)'
/** Someone, not something: "me", "her" (not "her head" or "her coat"), "my dad", "the old man", "Mum". */
export const PERSON = `(?:me|him|them|us|${HER}|mum|mam|mom|dad|nan|nana|gran|granny|grandma|grandad|grandpa|(?:my|our|his|her|their|the|a|an|another|one of the|other|this|that)\\s+(?:[\\w-]+\\s+)?${KIN}(?:s|['’]s)?)`
/** Someone, where the words that follow are fixed by the phrase ("held her down"). */
export const OBJ = `(?:me|him|her|them|us|${PERSON})`
/** Someone a threat or a thrown thing is aimed at, staff included. */
export const TARGET = `(?:${PERSON}|(?:the|a|one of the|another) (?:[\\w-]+ )?(?:nurses?|receptionists?|doctors?|staff|carers?|porters?|paramedics?|midwife|midwives|care workers?|healthcare assistants?|HCAs?|security guards?|members? of staff))`
const SELF = '(?:myself|himself|herself|themselves|themself|yourself|ourselves)'
const PILLS =
  '(?:pills|tablets|meds|medication|medicines|painkillers|paracetamol|sleeping pills|sleeping tablets|antidepressants|co-codamol|codeine|aspirin|ibuprofen|insulin|tramadol|morphine|diazepam)'
// Not before an operation or a scan: "nil by mouth" is care, not neglect.
const FLUIDS =
  '(?:a drink|drinks|anything to (?:eat|drink)|food|water|fluids?|a meal|meals|breakfast|lunch|dinner|tea)(?! before (?:surgery|the|my|an|his|her|theatre|a))'
const MEDS =
  '(?:insulin|medication|meds|tablets|medicine|medicines|pain relief|painkillers|inhalers?|antibiotics|oxygen)'
const WEAPON = '(?:knife|knives|gun|blade|machete|hammer|baseball bat|bat|bottle|screwdriver|weapon|scissors)'
const HARM =
  '(?:kill|hurt|stab|harm|hit|batter|beat|strangle|shoot|burn|smash|attack|murder|punch|kick|slap|get|do (?:me|her|him|us) in)'
const KILL_NOT_PAIN =
  '(?!\\s+(?:the |any |off the |my |her |his )?(?:pain|bacteria|infection|germs|bugs|cancer|tumour|virus|cells|time))'
// "I'd rather die than go back to that dentist" is a figure of speech; "than go back to that care home" is not.
const THAN_ERRAND =
  '(?! than (?:wait|waiting|queue|queuing|sit|sitting|eat|eating|use|using|see|seeing|ring|call|phone|be seen)\\b| than go(?:ing)? back to (?:that|the) (?:dentist|surgery|car park|GP|queue|waiting room|canteen|café|cafe|restaurant|parking)\\b)'

// "I'd rather", "he would prefer": looked for behind "rather", a rarer word than "I".
const RATHER = "(?<=\\b(?:I['’]d|he['’]d|she['’]d|I would|he would|she would|would) )"

const SUICIDE_AND_SELF_HARM: PhraseSpec[] = [
  [
    'want wants wanted wanting going plan planning tried trying try ready decided about',
    ` (?:to )?(?:end(?:ing)? (?:it all|it|things|everything|my life|his life|her life|their life|my own life)|kill(?:ing)? ${SELF}|tak(?:e|ing) (?:my|his|her|their) (?:own )?life)`,
  ],
  [
    'feel felt feeling',
    ` like (?:ending (?:it|it all|things|everything|my life)|killing ${SELF}|dying|I want to die|taking my (?:own )?life|giving up on life)`,
  ],
  ['want wants wanted wanting ready plan planning tried trying decided', ' to die'],
  [
    'thinking thought thoughts think',
    ` (?:about|of) (?:ending (?:it all|it|things|everything|my life)|killing ${SELF}|suicide|taking my (?:own )?life|dying|death|not being here)`,
  ],
  [
    'thinking thought thinks planned planning worked know knew',
    " (?:out |about )?how (?:I|I'd|I would|I'm going to|to|she'd|he'd) (?:do it|end it|kill)",
  ],
  ['kill killing killed', ` ${SELF}(?! laughing| with laughter)`],
  ['end ending', ' (?:it all|my (?:own )?life)'],
  ['took take taken taking', ' (?:my|his|her|their) own life'],
  ['suicide suicidal suicides suicidally', ''],
  ['been started', ' (?:cutting|hurting|harming|burning)(?: myself| herself| himself)? again'],
  ['self', '[- ]?harm(?:s|ed|ing)?'],
  ['selfharm selfharming', ''],
  [
    'cut cuts cutting',
    ` ${SELF}(?! (?:shaving|on|while|when|cooking|accidentally|by accident|opening|with a knife while))`,
  ],
  ['burn burns burning burnt starving hang hanging hanged strangle strangling drown drowning', ` ${SELF}`],
  [
    'hurt hurts hurting harm harms harming harmed',
    ` ${SELF}(?! (?:when|while|falling|in (?:a|the) fall|on the|getting|trying to (?:get|stand|lift|move)|lifting|badly|playing|at work|at the gym|by accident|accidentally|moving))`,
  ],
  ['cut cuts cutting', ' (?:my|her|his|their) (?:wrists?|arms|thighs|legs)(?! (?:on|when|while|falling))'],
  ['top topped topping', ` ${SELF}`],
  ['do doing did', ` ${SELF} in`],
  ['overdose overdosed overdoses overdosing od', '(?! on (?:caffeine|sugar|chocolate))'],
  [
    'took take taking swallowed swallow swallowing downed necked',
    ` (?:a |an |the )?(?:whole |entire |full )?(?:box|boxes|packet|packets|pack|packs|bottle|bottles|load|loads|handful|handfuls|strip|strips|lot|stash|tub) of (?:(?:my|her|his|the|all|\\w+['’]s) ){0,2}(?:\\w+ )?${PILLS}`,
  ],
  ['take taking swallow swallowing', ` (?:all|every one|the lot) (?:of )?(?:my|the|her|his) ${PILLS}`],
  [
    'pills tablets meds medication painkillers paracetamol',
    ' (?:saved up|saved|stashed|stockpiled|hoarded|squirrelled away|hidden(?! from (?:the )?(?:grand)?(?:children|kids|dog|grandkids))|put away(?! safely))',
  ],
  [
    'save saved saving stockpile stockpiled stockpiling hoard hoarded hoarding stash stashed stashing squirrel squirrelled squirrelling',
    ` (?:away )?(?:up )?(?:all )?(?:my |some |enough |a lot of |loads of |her |his )?${PILLS}`,
  ],
  [
    'collect collected collecting',
    ` (?:up )?(?:enough|loads of|a lot of|lots of|a pile of|dozens of|hundreds of) ${PILLS}`,
  ],
  ['stash stockpile hoard', ` of ${PILLS}`],
  ['goodbye', ' (?:letters?|notes?)'],
  ['suicide', ' notes?'],
  ['letter letters note notes', ' to say goodbye'],
  [
    'jump jumping jumped throw throwing threw step stepping stepped walk walking walked lie lying lay',
    ` (?:${SELF} )?(?:in front of|under) (?:a|the|that) (?:train|bus|lorry|car|truck|tram|traffic)`,
  ],
  [
    'jump jumping jumped throw throwing threw',
    ` (?:${SELF} )?(?:off|from) (?:a|the|that) (?:bridge|cliff|building|roof|multi-storey|car park|balcony|tower|motorway bridge|block of flats)`,
  ],
  ['jump jumping jumped walk walking walked', ' into (?:the|a) (?:sea|river|canal|traffic|water|reservoir)'],
  ['edge', ' of (?:the|a) (?:bridge|cliff|roof|platform|building|balcony)'],
  ["don't dont can't cant cannot", ' see (?:the|any) point (?:in|of) (?:living|going on|carrying on|life)'],
  [
    'no',
    ' (?:point|reason) (?:in |for )?(?:me )?(?:to )?(?:living|live|going on|go on|carrying on|carry on|being alive|being here|be here)',
  ],
  ['nothing anything', ' (?:left )?to live for'],
  [
    "don't dont didn't didnt not",
    ' (?:really )?want to (?:live(?! (?:in|with|at|on|there|here|near|alone|by|somewhere|anywhere|so far))|be alive|be here any ?more|exist|wake up|carry on|go on)',
  ],
  ["can't cant cannot couldn't", ' (?:go on|carry on|keep going) (?:like this|any ?more)'],
  ["can't cant cannot", ' (?:take|do|bear|stand) (?:it|this|life) any ?more'],
  [
    'better',
    " off (?:dead|without me|not (?:being )?(?:here|alive|around)|gone|if I (?:was|were)n't (?:here|around))",
  ],
  [
    'nobody no noone',
    "(?:-one| one)?(?: would| will|'d)? (?:miss me|care if I (?:died|was gone|wasn't here))",
  ],
  ["wouldn't won't", ' be missed'],
  ['if', " I (?:just )?(?:wasn't|weren't|was not|were not) (?:here|around|alive)(?: any ?more)?"],
  ['how', ` many ${PILLS} (?:it )?(?:would|will|to) (?:take|kill)`],
  ['engine', ' running in the garage'],
  ['exhaust', ' (?:pipe|fumes)', '(?<=(?:the|a|car) )'],
  ['had tired sick fed done', ' (?:enough of|of|up of|up with|with) (?:living|life|being alive)'],
  ['longer', ' (?:I|she|he) can (?:keep going|go on|carry on|cope|take (?:it|this))', '(?<=how much )'],
  ['took taken take taking swallowed', ` too many (?:of (?:my|her|his|the) )?(?:\\w+ )?${PILLS}`],
  ['ways', ' to (?:die|kill myself|end it|end my life|do it)'],
  ['sleep', ' forever'],
  ['rope', '', '(?<=(?:bought|got|have|found|hold of|buy|get) (?:a |some |the )?)'],
  [
    'taking take swallow swallowing',
    ' (?:them|it) all',
    '(?<=(?:tablets|pills|meds|paracetamol|medication|painkillers)[^.!?]{0,60})',
  ],
  [
    'scratch scratching scratched pick picking picked bang banging banged',
    ' (?:my|her|his|their) (?:arms|skin|legs|head|wrists|face)[^.!?]{0,25}?(?:until|till|so hard|and make) (?:they|it|I|she|he)? ?(?:bleed|bled|bleeds|hurt|hurts|bruised)',
  ],
  ['bang banging banged', ' (?:my|her|his|their) head (?:against|on) the wall'],
  [
    'make makes making made',
    ' (?:myself|herself|himself) (?:be )?sick(?! with (?:worry|nerves|stress|fear))',
  ],
  ['rather', ` (?:be dead|die|not be here|not wake up)${THAN_ERRAND}`, RATHER],
  ['prefer', ` to (?:be dead|die|not be here|not wake up)${THAN_ERRAND}`, RATHER],
  [
    'want wanted wish wished just',
    ' to (?:disappear(?: and (?:never|not) wake up(?: again)?)?|never wake up|not wake up)',
  ],
  ['wake', ' up(?: again)?', '(?<=\\band (?:never|not) )'],
  ['just', ' (?:want|wanted) to (?:disappear|go to sleep and (?:never|not) wake up)'],
  [
    'want wanted wish wished wanting',
    ' (?:it all|everything|all of it|all this|life) to (?:stop|end|be over)',
  ],
  [
    'wish wished',
    " (?:I|he|she)(?:'d| had| could| would)? (?:never woken up|not woken up|just die|die|died|been dead|not be here|never been born|never wake up|not wake up)",
  ],
  ['wish wished', ' (?:I|he|she) (?:was|were) dead'],
  ['life living', " (?:isn't|is not|wasn't|was not|is no longer|isn't really) worth (?:living|it)"],
  ['worth', ' living', "(?<=(?:not|n't|no longer|never) )"],
  ['dark', ' (?:thoughts|place)'],
  ['suicidal', ' (?:thoughts|feelings)'],
  [
    'keep',
    ` ${SELF} safe`,
    "(?<=(?:can't|cannot|couldn't|unable to|not able to|don't think I can|don't know if I can|not sure I can|won't be able to|struggling to|can’t|couldn’t|don’t think I can) )",
  ],
  ['attempt attempted attempts', ' (?:on my life|to end (?:my|his|her) life)'],
]

export const ENGLISH_SELF_HARM = SUICIDE_AND_SELF_HARM
export { BODY, FLUIDS, HARM, KILL_NOT_PAIN, KIN, MEDS, PILLS, SELF, WEAPON }
