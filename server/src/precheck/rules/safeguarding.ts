import { matchSpans } from '../spans.ts'
import type { Check } from '../types.ts'
import { findWelshSafeguarding } from './safeguarding-cy.ts'

// A person, not a part of the body: "hit my dad", not "hit my head".
const BODY =
  '(?:head|heads|arm|arms|leg|legs|hand|hands|knee|knees|foot|feet|face|back|elbow|hip|shoulder|toe|toes|finger|fingers|chin|nose|eye|eyes|mouth|lip|teeth|tooth|ankle|wrist|neck|side|bottom|funny bone)\\b'
const PERSON = `(?:me|him|them|us|(?:my|our|his|her)\\s+(?!${BODY})\\w+|her|mum|dad|nan|gran)`
const SELF = '(?:myself|himself|herself|themselves|themself|yourself)'
const THIRD = '(?:he|she|they|him|her|them)'
// Not before an operation: "nil by mouth" is care, not neglect.
const FLUIDS =
  '(?:a drink|drinks?|anything to (?:eat|drink)|food|water|fluids?|a meal|meals|breakfast|lunch|dinner|tea)(?! before (?:surgery|the|my|an|his|her|theatre))'
const MEDS = '(?:insulin|medication|meds|tablets|medicine|pain relief|painkillers|inhalers?|antibiotics)'
const PILLS = '(?:pills|tablets|meds|medication|painkillers|paracetamol|sleeping pills|sleeping tablets)'
const HARM_VERB = '(?:kill|hurt|stab|harm|hit|batter|beat|strangle|shoot|burn|smash|attack|get)'
const NEG =
  "(?:hadn'?t|had not|hasn'?t|has not|wasn'?t|was not|weren'?t|were not|hadn’t|hasn’t|wasn’t|never|not)"

// Phrases that suggest someone may be at risk now. Deliberately broad: a moderator reads every hit.
// Figures of speech ("this queue is killing me", "I could have died of boredom") are left out by
// asking for a person doing something to someone, or for intent in the first person.
const SUICIDE_AND_SELF_HARM = [
  `(?:want|wants|wanted|wanting|going|plan|planning|tried|trying|try|thought about|thinking about|think about|ready|feel like|felt like) (?:to )?(?:end(?:ing)? (?:it all|it|my life|his life|her life|their life|my own life)|kill(?:ing)? ${SELF}|tak(?:e|ing) my (?:own )?life)`,
  // Not "going to die": that is usually fear, not intent.
  '(?:want|wants|wanted|wanting|ready|plan|planning|tried|trying) to die',
  `(?:thinking|thought|thoughts|think) (?:about|of) (?:ending (?:it all|it|my life)|killing ${SELF}|suicide|taking my (?:own )?life)`,
  "(?:thinking|thought|thinks) about how (?:I|I'?d|I would|to) do it",
  `kill(?:ing|ed)? ${SELF}`,
  `end(?:ing)? (?:it all|my (?:own )?life)`,
  'suicid(?:e|al)',
  'self[- ]?harm(?:s|ed|ing)?',
  `(?:cut|cuts|cutting|burn|burns|burning|burnt|hurt|hurts|hurting|harm|harming|starving|hang|hanging|hanged) ${SELF}`,
  "(?:I'?ve|I have|I'?m|been|started) (?:been )?(?:cutting|hurting|harming|burning) (?:again|myself|my arms|my legs)",
  'overdos(?:e|ed|es|ing)',
  `${PILLS} (?:saved up|saved|stashed|hidden|put away|stockpiled|hoarded|collected)`,
  `(?:sav(?:e|ed|ing)|stockpil(?:e|ed|ing)|hoard(?:ed|ing)?|stash(?:ed|ing)?|collect(?:ed|ing)|squirrel(?:led|ing)? away) (?:up )?(?:all )?(?:my |some |enough |a lot of |loads of |her |his )?${PILLS}`,
  `(?:take|taking|swallow|swallowing) (?:all|every one) of (?:my|the|her|his) ${PILLS}|(?:take|taking|swallow|swallowing) all (?:my|the|her|his) ${PILLS}`,
  'goodbye (?:letters?|notes?)|suicide notes?',
  '(?:jump|jumping|throw myself|throwing myself) (?:off|from|in front of|under) (?:a|the|that) \\w+',
  "(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of) (?:living|going on|carrying on|life)",
  'no (?:point|reason) (?:in )?(?:me )?(?:living|going on|carrying on|being alive|being here)',
  "(?:don'?t|do not|didn'?t|did not) want to (?:live|be alive|be here any ?more|exist|wake up)",
  "(?:can'?t|cannot|couldn'?t) (?:go on|carry on|keep going) (?:like this|any ?more)",
  'better off (?:dead|without me)',
  "(?:rather|prefer to) be dead|(?:would|'d) rather (?:die|be dead)",
  '(?:want(?:ed)? to|wish (?:I|he|she) could|and|just) (?:disappear|never wake up|not wake up)',
  'wish (?:I|he|she) (?:was|were) dead',
]

const VIOLENCE_AND_ABUSE = [
  `(?:hit|hits|hitting|slapped|slaps|slapping|punched|punches|kicked|kicks|beat|beats|beating|strangled|strangles|throttled|choked|chokes|bit|bites|pinched|pinches|pinching) ${PERSON}`,
  `(?:pushes|pushed|pushing|shoves|shoved|shoving|throws|threw|throwing) ${PERSON} (?:back|around|about|over|against|down|into|onto|to the|out)`,
  `(?:grabbed|grabs|grabbing|yanked|yanks|yanking|dragged|drags|dragging|manhandled|manhandling|jerked|wrenched|twisted) ${PERSON}`,
  `(?:rough|too rough|very rough|so rough|really rough) (?:with|handling) ${PERSON}|(?:handled|treated) ${PERSON} roughly|roughly handled`,
  '(?:was|were|been|being|is|are|got|gets) (?:physically )?restrained',
  `(?:stole|steals|stealing|took|takes|taking|uses|used|using) (?:money )?(?:from )?(?:her|his|my|their) (?:money|bank cards?|cards?|pension|savings|cash|jewellery|PIN|purse|wallet)`,
  `called ${PERSON} an? (?:[a-z]+ ){0,3}(?:bastard|bitch|cow|idiot|pig|animal|retard|cunt|twat|moron)`,
  '(?:was|were|been|being|is|are|get|got|gets) (?:sexually |physically |emotionally |verbally |financially )?(?:abused|assaulted|raped|molested|groomed|beaten|attacked|neglected|exploited)',
  '(?:physical|sexual|emotional|domestic|financial|verbal) (?:abuse|violence)',
  'rap(?:e|ed|ist)',
  'incest',
  'forced (?:himself|herself) on',
  'sexually assaulted',
  // Threats to harm someone.
  `${THIRD}(?:'d| would|'ll| will| was going to| is going to| were going to| are going to|'s going to) (?:come back and |go and |actually )?${HARM_VERB} (?:me|him|her|them|us|you|my|his|her|the|everyone|someone|himself|herself)`,
  `threat(?:en|ened|ening|ens)? (?:to |that (?:he|she|they)(?:'d| would) )?${HARM_VERB}`,
  "(?:I'?ll|I will|I'?m going to|I am going to) (?:kill|stab|hurt) (?:him|her|them|someone|the \\w+)",
  'burn the (?:house|place|flat) down',
  // Control and fear at home.
  "controls? (?:all )?(?:my|her|his) (?:money|phone|finances|life)|won'?t let (?:me|her|him) (?:see|go|leave|talk)",
  `(?:scared|afraid|frightened|terrified) (?:of|to be left with) (?:the |her |his |my |one of the |that )?(?:carers?|nurses?|staff|care workers?|husband|wife|partner|son|daughter|boyfriend|girlfriend|ex|dad|father|stepdad|mum|mother)`,
  '(?:scared|afraid|frightened|terrified) (?:to go home|of going home|to ask for help|to speak up|to say anything|to complain)',
  `locks? (?:${PERSON} )?in\\b(?: (?:a|the|his|her|their|my) room)?|locked (?:${PERSON} )?in\\b(?: (?:a|the|his|her|their|my) room)?`,
  `tied (?:${PERSON} )?(?:to|down)`,
  'not safe at home',
]

const NEGLECT = [
  `left (?:${PERSON} )?(?:lying |sitting |sat |lay )?(?:in|on) (?:soiled|wet|dirty|filthy|urine[- ]soaked|his own|her own|their own|my own|a wet|a soiled|a dirty) \\w+(?: for (?:hours|days|\\w+ hours|\\w+ days|the whole night|the night|all night))?`,
  `(?:lying|lay|sitting|sat|found (?:him|her|them)) in (?:soiled|wet|dirty|filthy|his own|her own|their own|a wet|a soiled|a dirty) (?:urine|faeces|mess|poo|wee|sheets|pad|bed|clothes|nappy)`,
  `left (?:${PERSON} )?(?:on|in) (?:the|a) (?:commode|toilet|bedpan|floor|corridor) (?:for|all|overnight)`,
  `left (?:${PERSON} )?without (?:any )?(?:${FLUIDS}|${MEDS}|his ${MEDS}|her ${MEDS}|my ${MEDS})(?: for [\\w ]{1,20}?(?:hours|days|a day|a week))?`,
  `left (?:${PERSON} )?(?:in the same position|unturned|unwashed|unfed)`,
  `${NEG} (?:been )?(?:given|offered|brought|had) (?:any |a single )?${FLUIDS}(?: or (?:water|drink|food))?(?: (?:all day|all night|for \\w+ (?:hours|days)|since))?`,
  `${NEG} (?:been )?(?:had|given) (?:her|his|their|my|any) ${MEDS} (?:for|since|in|all)`,
  `${NEG} (?:eaten|drunk|had anything)(?: or (?:drunk|eaten))?(?: anything)? (?:for|in|since|all)`,
  `(?:nobody|no one|no-one|no body) (?:had )?(?:fed|washed|turned|changed|given \\w+ a drink|helped (?:her|him) eat)`,
  `${NEG} (?:been )?(?:fed|washed|turned|changed|repositioned) (?:for|in|since|all)`,
  `${NEG} changed (?:his|her|their) (?:dressings?|pad|sheets|catheter|nappy) (?:for|in|since)`,
  'no food or (?:water|drink)',
  '(?:lay|lying|laid|left) on the floor (?:all night|overnight|for hours|for \\w+ hours)',
  "bruis(?:es|ing|ed)[^.!?]{0,40}?(?:nobody|no one|no-one|nobody could|couldn'?t|could not) (?:could )?explain(?:ed)?",
  'unexplained (?:bruis\\w*|injur\\w*|marks|fractures?|burns?)',
  'left (?:with|covered in) (?:bruises|injuries|marks|cuts)',
  "(?:couldn'?t|could not|can'?t|cannot|wouldn'?t|would not|didn'?t|did not) (?:tell|explain to) (?:us|me|anyone|the family) how (?:it|this|that|he|she|they) (?:happened|got)",
  '(?:no one|no-one|nobody) (?:knew|knows|could (?:say|tell us|explain)) how (?:it|this|that|he|she|they) (?:happened|got)',
  '(?:pressure sores?|bed ?sores?)[^.!?]{0,30}?(?:untreated|ignored|infected|not treated|nobody noticed)|untreated (?:pressure|bed) ?sores?',
  '(?:took|taken|moved|put) (?:away )?(?:his|her|their|my) call bell(?: away| out of reach)?|call bell (?:out of reach|taken away)',
  '(?:food|tray|drink|water|jug) (?:was |were )?(?:left )?out of (?:her|his|their)? ?reach',
]

// A screening question answered no: "asked whether I felt like harming myself, and I said no".
const ANSWERED_NO = /^[^.!?]{0,6}(?:and I said no|I said no|a dywedais i na|a dywedais na)\b/iu

const PHRASES = [...SUICIDE_AND_SELF_HARM, ...VIOLENCE_AND_ABUSE, ...NEGLECT]
const SAFEGUARDING = new RegExp(`\\b(?:${PHRASES.join('|')})(?![\\w'’])`, 'gi')

export const safeguarding: Check = {
  rule: 'safeguarding',
  message:
    'If you or someone else is in danger now, please call 999. For urgent help call NHS 111, or call Samaritans free on 116 123. A moderator will read what you have written.',
  // A miss here is the worst failure, so English phrases are looked for in Welsh text too.
  find: (text, lang) =>
    [...matchSpans(SAFEGUARDING, text), ...(lang === 'cy' ? findWelshSafeguarding(text) : [])].filter(
      (span) => !ANSWERED_NO.test(text.slice(span.end, span.end + 30)),
    ),
}
