import type { PhraseSpec } from '../phrases.ts'
import { BODY, HARM, KILL_NOT_PAIN, KIN, OBJ, PERSON, TARGET, WEAPON } from './safeguarding-en.ts'

// English phrases of violence, rough handling, threats and abuse at home (see
// safeguarding-en.ts for the form of each phrase).

const THIRD = 'he she they'
const MONEY = '(?:money|bank cards?|cards?|pension|savings|cash|jewellery|PIN|purse|wallet|benefits|wages)'
// "grabbed me a blanket", "dragged me to the GP", "kicked us out": errands and figures of speech.
const NOT_AN_ERRAND =
  '(?!\\s+(?:a|an|some|one|another|two|the|something|anything|along to|to see|to the (?:GP|doctor|doctors|surgery|hospital|dentist|clinic|appointment)|to A&E|to (?:an |my |his |her )?appointments?)\\b)'
const IN_A_CHAIR = '(?![^.!?]{0,40}(?:wheelchair|trolley|pram|buggy|swing))'

const VIOLENCE: PhraseSpec[] = [
  [
    'hit hits hitting slap slaps slapped slapping smack smacks smacked smacking punch punches punched punching thump thumps thumped thumping whack whacks whacked strangle strangles strangled strangling throttle throttled throttling headbutted headbutt elbowed',
    ` ${PERSON}(?! like| how| that)`,
    '(?<!\\b(?:it|that|this|reality|news|realisation|suddenly|then|finally|really|truly|tiredness) )',
  ],
  // Blows that are never an accident land on a part of the body too: "slapped her face".
  [
    'slap slaps slapped slapping smack smacks smacked smacking punch punches punched punching thump thumps thumped kick kicks kicked kicking whack whacked headbutted',
    ` (?:my|her|his|their|our|\\w+['’]s) (?:[\\w-]+ )?${BODY}`,
    '(?<!\\b(?:it|that|this|reality|news|realisation|suddenly|then|finally|really|truly|tiredness) )',
  ],
  ['beat beats beating beaten', ` (?:up )?${PERSON}(?:\\s+up)?(?!\\s+(?:to|at|in)\\b)`],
  [
    'kick kicks kicked kicking',
    ` ${PERSON}(?!\\s+(?:out|off)\\b)`,
    '(?<!\\b(?:baby|bump|twins|little one|it) )',
  ],
  [
    'bit bite bites biting bitten pinch pinches pinched pinching',
    ` ${PERSON}`,
    '(?<!\\b(?:dog|cat|baby|a) )',
  ],
  ['choke chokes choked choking', ` ${PERSON}(?! up)`],
  [
    'push pushes pushed pushing',
    ` ${PERSON} (?:back|around|about|over|against|down the stairs|down|into|onto|out of|off|aside|away)${IN_A_CHAIR}`,
  ],
  [
    'shove shoves shoved shoving throw throws threw throwing thrown',
    ` ${PERSON} (?:back|around|about|over|against|down|into|onto|to the|out|off|aside|away|across)`,
  ],
  ['shove shoves shoved shoving', ` ${PERSON}`],
  [
    'knock knocks knocked knocking',
    ` ${PERSON} (?:about|around|senseless|unconscious|to the (?:floor|ground))`,
  ],
  [
    'grab grabs grabbed grabbing yank yanks yanked yanking drag drags dragged dragging manhandle manhandled manhandling jerk jerked wrench wrenched twist twisted',
    ` (?:${PERSON}${NOT_AN_ERRAND}|(?:my|her|his|their) (?:arms?|wrists?|hair|legs?|neck))`,
  ],
  [
    'pull pulls pulled pulling',
    ` (?:(?:(?:my|her|his|their|our)\\s+(?:[\\w-]+\\s+)?(?:${KIN}['’]s\\s+)?)|${PERSON}\\s+by\\s+(?:the|her|his|my|their)\\s+)hair`,
  ],
  [
    'pull pulls pulled pulling yank yanks yanked',
    ` ${PERSON} (?:up )?by (?:the|her|his|my|their) (?:arms?|wrists?|collar|clothes|legs?|hair)`,
  ],
  ['shake shakes shook shaking', ` ${OBJ} (?:roughly|hard|violently|so hard|really hard)`],
  [
    'held hold holds holding pinned pin pins pinning',
    ` (?:${OBJ}|(?:her|his|my|their) (?:arms|legs|wrists|hands|head)) down`,
  ],
  [
    'forced forcing forces force',
    ' (?:the )?(?:food|tablets|pills|medication|medicine|spoon|meds|drinks?|liquid|fluids) (?:into|down)',
  ],
  ['force forced', '[- ]?fe(?:d|eding|ed)'],
  [
    'forced forcing forces made makes',
    ` ${OBJ} (?:to )?(?:eat|drink|have sex|do sexual|sleep with|take (?:the |her |his )?(?:tablets|pills|medication))`,
  ],
  ['hands hand fingers', ' (?:round|around) (?:my|her|his|their) (?:neck|throat)'],
  [
    'by',
    ' the (?:throat|neck)',
    '(?<=(?:grabbed|grabs|held|holds|squeezed|gripped|took) (?:me|her|him|them) )',
  ],
  ['rough', ` (?:with|handling) ${OBJ}`],
  [
    'rough',
    ' (?:when|while|as) (?:washing|changing|moving|dressing|turning|lifting|hoisting|feeding)',
    '(?<=(?:was|were|is|are|been|being) (?:really |very |so |too |quite )?)',
  ],
  [
    "won't wont doesn't doesnt never wouldn't didn't",
    ' (?:ever )?let(?:s)? (?:me|her|him) (?:see|go|leave|talk|speak|out|have|use|keep|call|phone|visit|get)',
    '(?<=(?:he|she|husband|partner|wife|boyfriend|girlfriend|son|daughter|ex|dad|father|stepdad|mum|mother) )',
  ],
  ['too very so really quite', ` rough (?:with|handling) ${OBJ}`],
  ['handled treated', ` ${OBJ} (?:roughly|like an animal|like a dog)`],
  ['roughly', ' handled'],
  // From the rarer word, with the common one looked for behind it: "was restrained", "got beaten".
  ['restrained', '', '(?<=\\b(?:was|were|been|being|is|are|got|gets) (?:physically )?)'],
  [
    'abused assaulted raped molested beaten attacked neglected exploited',
    '',
    '(?<=\\b(?:was|were|been|being|is|are|get|got|gets) (?:sexually |physically |emotionally |verbally |financially )?)',
  ],
  ['physical sexual emotional domestic financial verbal', ' (?:abuse|violence)'],
  ['rape raped rapist rapes incest', ''],
  ['forced', ' (?:himself|herself) on'],
  ['sexually', ' (?:assaulted|abused|harassed|exploited|inappropriate|explicit)'],
  ['sexual', ' (?:comments|remarks|advances|jokes|messages)'],
  ['coercive', ' control'],
  [
    'touch touched touches touching',
    ` ${OBJ} (?:inappropriately|sexually|in a sexual way|down there|between (?:my|her|his) legs|where)`,
  ],
  ['inappropriate inappropriately', ' touch\\w*'],
  ['touch', ' (?:me|her|him)', '(?<=(?:used to|would|kept|keeps|tried to) )'],
  ['exposed', ' (?:himself|herself)'],
  ['grope groped groping', ` ${OBJ}`],
  [
    'stole steals stealing took takes taking uses used using keeps kept keeping',
    ` (?:all )?(?:of )?(?:money )?(?:from )?(?:her|his|my|their|\\w+['’]s) ${MONEY}(?! to (?:the )?(?:bank|post office|shops?|building society)| for (?:her|him|them|safe ?keeping))`,
  ],
  [
    'taking took takes stealing stole stolen steals',
    ` (?:money|cash) (?:out of|from) (?:my|her|his|their|\\w+['’]s)`,
  ],
  ['stealing stole stolen steals steal', ` from ${OBJ}`],
  [
    'emptied emptying drained cleared',
    " (?:out )?(?:my|her|his|their|\\w+['’]s) (?:bank )?(?:account|savings)",
  ],
  ['spends spend spending spent', ' (?:all )?(?:of )?(?:my|her|his) (?:pension|benefits|money)'],
  [
    'called calls calling',
    ` ${OBJ} an? (?:[a-z]+ ){0,3}(?:bastard|bitch|cow|idiot|pig|animal|retard|cunt|twat|moron|slag|whore)`,
  ],
  ['calling called calls call', ` ${OBJ} names`],
  [
    'calling called calls call',
    ` ${OBJ} (?:stupid|useless|fat|disgusting|a burden|thick|pathetic|worthless|ugly|lazy|dirty)`,
  ],
  ['strap straps strapped strapping', ` ${OBJ} (?:in|into|to|down)\\b`],
  ['keep', ' (?:her|him|them|me) (?:quiet|still|out of the way)', '(?<=to )'],
  [
    'mocks mocked mocking humiliates humiliated humiliating belittles belittled belittling taunts taunted taunting ridiculed',
    ` ${PERSON}`,
  ],
  // Shouting at someone in their care ("the carers shout at my nan"), not at the teller ("shouted at me to hurry up").
  [
    'shout shouts shouted shouting scream screams screamed screaming yell yells yelled yelling swear swears swore swearing',
    ` at (?:(?:my|her|his|our|their) (?:[\\w-]+ )?${KIN}|the (?:residents|patients)|mum|dad|nan|gran|grandad|grandma)\\b(?![^.!?]{0,40}(?:deaf|hard of hearing|hearing aid))`,
    '(?<!(?:had|have|has) to )',
  ],
  ['laughed', ` at ${OBJ} when (?:she|he|I|they) (?:wet|soiled|fell|cried)`],
  // Threats to harm someone.
  [
    THIRD,
    `(?:['’]d| would|['’]ll| will| was going to| is going to| were going to| are going to|['’]s going to| had threatened to| threatened to| said (?:he|she|they)(?:['’]d| would)) (?:come back and |come round and |go and |actually |really |find (?:me|her|him|us) and )?${HARM}${KILL_NOT_PAIN} (?:me|him|her|them|us|you|everyone|someone|everybody|anyone|all of us|himself|herself|themselves|${TARGET}|(?:my|his|her|their|our) \\w+)(?![^.!?]{0,25}\\bif (?:she|he|they) (?:knew|found out|saw|heard|ever found))`,
  ],
  [
    'threaten threatened threatening threatens threats threat',
    ` (?:to |that (?:he|she|they)(?:['’]d| would| will|['’]ll) )${HARM}${KILL_NOT_PAIN}`,
  ],
  ['threaten threatened threatening threatens', ` ${OBJ} with (?:a |an |his |her |the )?${WEAPON}`],
  [
    'threaten threatened threatening threatens',
    ` ${OBJ}(?=\\s*(?:[.,;!]|$|and\\b|again\\b|every\\b|all the time|daily|constantly))`,
  ],
  ['came come comes went goes', ` (?:at|for) ${OBJ} with (?:a |an |his |her |the )?${WEAPON}`],
  [
    'pulled held waved brandished pointed',
    ` (?:a |an |his |her |the )${WEAPON} (?:on|at|to) (?:me|her|him|us|them|my|his|her)`,
  ],
  [
    'kill stab hurt harm smother shake strangle hit',
    `${KILL_NOT_PAIN} (?:him|her|them|someone|somebody|people|anyone|everyone|${TARGET})`,
    "(?<=\\b(?:I['’]ll|Ill|I['’]m|Im|I)(?:['’]m| am)? (?:(?:scared|afraid|worried|frightened) (?:that )?I(?:['’]ll|['’]m going to| will| might| am going to| could) |going to |will |might |could |want to |wanted to |feel like I could )?)",
  ],
  [
    'scared afraid frightened worried terrified',
    " (?:that )?(?:I'll|I will|I'm going to|I might|I'd|I could) (?:hurt|harm|shake|smother) (?:the|my|our) baby",
  ],
  [
    'thoughts thought thinking urges urge images',
    ` (?:of|about) (?:hurting|harming|killing|smothering|shaking|drowning|strangling|stabbing) (?:him|her|them|someone|somebody|people|other people|the baby|my \\w+|our \\w+|${PERSON})`,
  ],
  ['knows know knew', ' where (?:I|we|she|he|they|you) (?:live|lives|lived)'],
  ['come comes coming came', ' after (?:me|her|him|us|you)(?! for (?:the|money|payment))'],
  ['burn', ' the (?:house|place|flat) down'],
  [
    'throw throws threw throwing thrown',
    ` (?:a |an |the |his |her |my |hot |boiling )[\\w ]{1,20}? at ${TARGET}`,
  ],
  // Control and fear at home.
  [
    'control controls controlled controlling',
    ' (?:all )?(?:of )?(?:my|her|his) (?:money|phone|finances|life|every move|everything)',
  ],
  ['controls', ' everything (?:I|she|he) do'],
  ['controlling', ' (?:husband|partner|boyfriend|girlfriend|wife|relationship|behaviour|man|ex)'],
  [
    "won't wont doesn't doesnt never will",
    ` (?:not )?let(?:s)? (?:me|her|him) (?:have (?:my|her|his) own (?:money|bank account|account|phone|key|keys)|see (?:my|her|his|any of (?:my|her|his)) (?:friends|family|mates)|go out|out of the house|leave the house|leave|out of (?:his|her|their) sight|have (?:any|my own|her own|his own) money|use the phone|speak to anyone|talk to anyone|go anywhere)`,
  ],
  [
    'allowed',
    ' (?:to (?:have |keep )?)?(?:any|my own|her own|his own) money',
    "(?<=(?:not|isn't|wasn't|never|n't) )",
  ],
  [
    'allowed',
    ' to (?:go out|leave the house|see (?:my|her|his) (?:friends|family)|use the phone|have a phone|have a key)',
    "(?<=(?:not|isn't|wasn't|never|n't) )",
  ],
  ['checks check checked checking tracks tracked smashed', ' (?:my|her) phone'],
  ['goes went going', ' through (?:my|her|his) phone'],
  [
    'keeps kept stops stopped',
    ` (?:me|her|him) (?:from )?(?:seeing|away from) (?:my|her|his) (?:family|friends)`,
  ],
  [
    'violent abusive',
    ' (?:partner|husband|boyfriend|girlfriend|wife|ex|relationship|marriage|father|dad|stepdad|stepfather|son|home|man)',
  ],
  [
    'violent abusive',
    ` (?:towards|to|with) ${TARGET}`,
    '(?<=\\b(?:is|was|gets|got|became|becomes|been|be|turned|turns) )',
  ],
  ['gave gives given', ` ${OBJ} (?:a )?(?:black eye|split lip|bloody nose|bruises?|fat lip)`],
  [
    'he she they husband partner wife boyfriend girlfriend son daughter ex stepdad stepfather father',
    ` (?:has been |keeps |kept |was |had |still |always |often |sometimes )?(?:hurts|hurt|hurting) (?:me|her|him|us)(?! (?:when|while|taking|putting|doing|with the|a bit|a little|to|by accident|accidentally|feelings))`,
  ],
  [
    'scared afraid frightened terrified',
    ' (?:of|to be left with) (?:the |her |his |my |one of the |that )?(?:carers?|nurses?|staff|care workers?|husband|wife|partner|son|daughter|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mother)',
  ],
  ['scared afraid frightened terrified', ' of (?:him|her)\\b(?! at first)'],
  [
    'scared afraid frightened terrified',
    " of what (?:he|she|they)(?:['’]ll|['’]d| will| would| might| could| is going to| was going to) do",
  ],
  [
    'scared afraid frightened terrified',
    ' (?:to go home|of going home)(?! (?:after|in case|on my own|alone|by myself|because of the stairs|without))',
  ],
  [
    'scared afraid frightened terrified',
    ' to (?:ask for help|speak up|say anything|complain|tell anyone|report (?:him|her|it))',
  ],
  [
    'lock locks locked',
    ` (?:${PERSON} )?in\\b(?: (?:a|the|his|her|their|my) (?:room|lounge|bedroom|bathroom|flat|house|cupboard))?`,
  ],
  ['lock locks locked', ` ${OBJ} (?:in|out)\\b`],
  ['tied tie ties tying', ` (?:${PERSON} )?(?:to|down)\\b`],
  ['safe', ' at home', '(?<=\\bnot )'],
  ['stalk stalks stalked stalking stalker', ''],
]

export const ENGLISH_HARM = VIOLENCE
