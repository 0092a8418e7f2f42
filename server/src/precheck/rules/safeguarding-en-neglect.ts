import type { PhraseSpec } from '../phrases.ts'
import { FLUIDS, MEDS, OBJ } from './safeguarding-en.ts'

// English phrases of neglect: left in soiled sheets, without food, drink or medicine, unwashed,
// unturned, with injuries nobody explains (see safeguarding-en.ts for the form of each phrase).

// Words that say something did not happen ("had not" is found at "not").
const NEG_WORDS =
  "hadn't hadnt hasn't hasnt wasn't wasnt weren't werent haven't havent never not didn't didnt"

export const ENGLISH_NEGLECT: PhraseSpec[] = [
  [
    'left',
    ` (?:${OBJ} )?(?:lying |sitting |sat |lay )?(?:in|on) (?:[\\w-]+ ){0,3}?(?:soaking|sopping|sodden|soiled|wet|dirty|filthy|urine[- ]soaked|soaked|mess|urine|faeces|poo|wee|excrement|vomit)\\b(?: \\w+)?(?: for (?:hours|days|\\w+ hours|\\w+ days|the whole night|the night|all night))?`,
  ],
  [
    'lying lay laid sitting sat sit lie lain left been found',
    ' (?:\\w+ )?in (?:his|her|their|my) own (?:urine|faeces|mess|poo|wee|excrement|vomit|waste|filth|dirt|sick)',
  ],
  [
    'lying lay sitting sat found',
    ' (?:him |her |them )?in (?:soiled|wet|dirty|filthy|a wet|a soiled|a dirty) (?:urine|faeces|mess|poo|wee|sheets|pad|bed|clothes|nappy)',
  ],
  [
    'soaked soaking sodden covered caked smeared drenched',
    ' (?:in|with) (?:urine|wee|faeces|poo|excrement|his own|her own|their own|my own|dried)',
  ],
  [
    'left',
    ` (?:${OBJ} )?(?:sitting |lying |sat )?(?:on|in) (?:the|a) (?:commode|toilet|bedpan|floor|corridor) (?:for|all|overnight)`,
  ],
  [
    'without',
    ' being (?:washed|fed|changed|turned|moved|checked|cleaned|given (?:a drink|anything|food|water|his|her))',
  ],
  ['urine faeces', '[- ](?:soaked|stained|covered|sodden)'],
  ['soaked', ' with (?:urine|wee|faeces)'],
  [
    'nobody no noone',
    '(?:-one| one)? (?:answered|came to|responded to) (?:her|his|the|my|our|their) (?:buzzer|call bell|bell)(?: (?:all night|for hours|for \\w+ hours|all day))',
  ],
  [
    'squeeze squeezed squeezing grip gripped gripping twist twisted twisting',
    ` (?:${OBJ}|(?:her|his|my|their) (?:wrists?|arms?|hands?|neck|face|fingers))[^.!?]{0,25}?(?:bruis\\w*|marks?|cried out|screamed)`,
  ],
  [
    'feel felt want wanted going',
    " (?:like |to )(?:smashing|smash|punching|punch|hitting|hit|hurting|hurt|stabbing|stab|killing|kill) (?:someone|somebody|him|her|them|people|(?:\\w+['’]s|his|her|their) face)",
  ],
  [
    'left',
    ` (?:${OBJ} )?(?:sitting |lying )?(?:in|on) the same (?:\\w+ )?(?:position|clothes|pad|sheets|nightie|nightdress|pyjamas|chair)`,
  ],
  [
    'same',
    ' (?:clothes|nightie|nightdress|pyjamas|pad|sheets|incontinence pad|wet pad|soiled pad|dirty pad) (?:for|all|since|overnight)',
    '(?<=\\b(?:in|wearing) the )',
  ],
  ['same', ' (?:wet|soiled|dirty) (?:pad|sheets|clothes|nappy)'],
  [
    'left',
    ` (?:${OBJ} )?without (?:any )?(?:${FLUIDS}|${MEDS}|(?:his|her|my|their) (?:${MEDS}|hearing aids?|glasses|dentures|teeth|walking frame|frame|wheelchair|call bell))(?: for [\\w ]{1,20}?(?:hours|days|a day|a week|weeks))?`,
  ],
  [
    'went go goes going gone',
    ` without (?:any )?(?:${FLUIDS}|${MEDS}|his ${MEDS}|her ${MEDS}|a wash)(?: or (?:water|drink|food|fluids))?`,
  ],
  ['without', ' (?:any )?(?:food|anything to eat) or (?:water|drink|anything to drink)'],
  ['left', ` (?:${OBJ} )?(?:in the same position|unturned|unwashed|unfed|to starve)`],
  [
    'left',
    ` (?:${OBJ} )?(?:alone|on (?:her|his|their) own)(?: in [\\w ]{1,20}?)? (?:for hours|all day|all night|overnight|for \\w+ hours|for days)`,
  ],
  [
    NEG_WORDS,
    ` (?:been )?(?:given|offered|brought|had) (?:any |a single )?${FLUIDS}(?: or (?:water|drink|food))?(?: (?:all day|all night|for \\w+ (?:hours|days)|since))?`,
  ],
  [NEG_WORDS, ` (?:been )?(?:had|given) (?:her|his|their|my|any) ${MEDS} (?:for|since|in|all)`],
  [NEG_WORDS, ' (?:eaten|drunk|had anything)(?: or (?:drunk|eaten))?(?: anything)? (?:for|in|since|all)'],
  [
    NEG_WORDS,
    ' (?:had|been given|been offered|been helped with) (?:a |any )?(?:wash|bath|shower|wash down|bed bath|shave) (?:in|for|since)',
  ],
  [NEG_WORDS, ' (?:been )?(?:fed|washed|turned|changed|repositioned|emptied) (?:for|in|since|all)'],
  ['catheter', ' (?:bag )?(?:was )?overflowing'],
  [
    'drinking drank',
    ' (?:water )?(?:from|out of) (?:the|a) (?:flower vase|vase|toilet|tap in the toilet|flowers)',
  ],
  [
    'nobody no',
    '(?: one)? (?:had )?noticed (?:that )?(?:he|she|they|dad|mum|\\w+) (?:had )?(?:been lying|was lying|had fallen|was on the floor|had been on the floor)',
  ],
  [
    'hides hid hiding hidden withholds withheld takes took',
    ' (?:away )?(?:my|her|his) (?:medication|meds|tablets|pills|insulin|inhalers?|hearing aids?|glasses|walking frame|walking stick|frame|wheelchair)(?! (?:from the (?:grand)?(?:children|kids)|to the|with (?:her|him|me)))',
  ],
  [NEG_WORDS, ' changed (?:his|her|their) (?:dressings?|pad|sheets|catheter|nappy|bag) (?:for|in|since)'],
  [
    "didn't didnt never wouldn't failed forgot forgotten",
    ` (?:to )?(?:give|gave|bring|offer) ${OBJ} (?:his |her |their |my |any )?(?:${MEDS}|${FLUIDS})`,
  ],
  [
    'nobody no noone none',
    `(?:-one| one| body| of the staff| of them)? (?:had |ever )?(?:fed|washed|turned|changed|moved|repositioned|bathed|dressed|cleaned|checked on|looked in on|came to check on) ${OBJ}`,
  ],
  [
    'nobody no noone none',
    `(?:-one| one| body| of the staff| of them)? (?:had |ever )?(?:gave|given|offered|brought|got) ${OBJ} (?:a |any |anything to )?(?:drink|drinks|water|food|eat|a meal|meals|breakfast|lunch|dinner|tea|his \\w+|her \\w+|medication|insulin|pain relief)`,
  ],
  [
    'nobody no noone none',
    `(?:-one| one| body| of the staff| of them)? (?:had |ever )?helped ${OBJ} (?:to )?(?:eat|drink|the toilet|wash|to the toilet|get to the toilet|with (?:her|his|my|their) (?:food|meal|dinner|lunch|breakfast|drink))`,
  ],
  ['no', ' food or (?:water|drink)'],
  ['nobody no noone', '(?:-one| one| body)? (?:had )?(?:fed|washed|turned|repositioned|bathed)\\b'],
  [
    'lay lying laid left',
    ' on the floor (?:all night|overnight|for hours|for \\w+ hours|until (?:the )?(?:next )?morning)',
  ],
  [
    'became become becoming got getting grew left',
    ' (?:badly |severely |very |so |really |extremely |dangerously )?(?:dehydrated|malnourished|emaciated)',
  ],
  [
    'begging begged pleading pleaded',
    ' for (?:a drink|water|some water|a drink of water|food|something to (?:eat|drink)|the toilet|a commode|a bedpan)',
  ],
  ['crying', ' out for (?:a drink|water|food|the toilet|help)'],
  [
    'bruises bruising bruised',
    "[^.!?]{0,40}?(?:nobody|no one|no-one|nobody could|couldn't|could not) (?:could )?explain(?:ed)?",
  ],
  ['unexplained', ' (?:bruis\\w*|injur\\w*|marks|fractures?|burns?)'],
  ['fingertip finger', '[- ]?(?:tip )?(?:mark|shaped)?\\s?bruis\\w*'],
  ['grip', ' marks'],
  ['left', ' (?:with|covered in) (?:bruises|injuries|marks|cuts)'],
  [
    "couldn't could can't cannot wouldn't would didn't did",
    ' (?:not )?(?:tell|explain to) (?:us|me|anyone|the family) how (?:it|this|that|he|she|they) (?:happened|got)',
  ],
  [
    'no nobody',
    '(?:-one| one)? (?:knew|knows|could (?:say|tell us|explain)) how (?:it|this|that|he|she|they) (?:happened|got)',
  ],
  [
    'pressure bed',
    ' ?(?:sores?|ulcers?)[^.!?]{0,30}?(?:untreated|ignored|infected|not treated|nobody noticed|to the bone)',
  ],
  ['bedsores bedsore', '[^.!?]{0,30}?(?:untreated|ignored|infected|not treated|nobody noticed|to the bone)'],
  ['untreated', ' (?:pressure|bed) ?(?:sores?|ulcers?)'],
  ['grade category stage', ' (?:3|4|three|four|iii|iv) (?:pressure )?(?:sores?|ulcers?)'],
  ['took taken moved put', ' (?:away )?(?:his|her|their|my) call bell(?: away| out of reach)?'],
  [
    'call',
    ' bell (?:had been |was |were )?(?:out of reach|taken away|unplugged|switched off|disconnected|removed|tied up)',
  ],
  ['food tray drink water jug', ' (?:was |were )?(?:left )?out of (?:her|his|their)? ?reach'],
  [
    'tray trays food meal meals plate',
    ' (?:was |were )?(?:taken away|removed|cleared) (?:untouched|uneaten|full|still full)',
  ],
  [
    'left put placed',
    " [\\w ]{0,25}?(?:where|somewhere) (?:he|she|they|I) (?:couldn't|could not|can't|cannot) reach",
  ],
  [
    'wet soiled messed',
    ` (?:herself|himself|myself|themselves)[^.!?]{0,20}?(?:because|as|since|when|and) (?:no one|nobody|no-one|they|staff|the staff|the carers)`,
  ],
  [
    'told',
    ` ${OBJ} to (?:just )?(?:go|wee|pee|do it|wet|soil) (?:in (?:her|his|my|the) (?:pad|bed|nappy)|(?:herself|himself|myself))`,
  ],
]
