import { matchSpans } from '../spans.ts'
import type { Check } from '../types.ts'

const PERSON = '(?:me|him|her|them|us|my\\s+\\w+|our\\s+\\w+)'
const SELF = '(?:myself|himself|herself|themselves|themself|yourself)'

// Phrases that suggest someone may be at risk now. Deliberately broad: a moderator reads every hit.
const PHRASES = [
  // Suicide and self-harm.
  `(?:want|wants|wanted|wanting|going|plan|planning|tried|trying|try|thought about|thinking about|think about|ready) to (?:end (?:it all|my life|his life|her life|their life|my own life)|kill ${SELF}|take my (?:own )?life)`,
  // Not "going to die": that is usually fear, not intent.
  '(?:want|wants|wanted|wanting|ready|plan|planning|tried|trying) to die',
  `(?:thinking|thought|thoughts) (?:about|of) (?:ending (?:it all|my life)|killing ${SELF}|suicide|taking my (?:own )?life)`,
  `kill(?:ing|ed)? ${SELF}`,
  `end(?:ing)? (?:it all|my (?:own )?life)`,
  'suicid(?:e|al)',
  'self[- ]?harm(?:s|ed|ing)?',
  `cut(?:s|ting)? ${SELF}`,
  `hang(?:ing|ed)? ${SELF}`,
  'overdos(?:e|ed|es|ing)',
  "(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:in|of) (?:living|going on|carrying on|life)",
  'no (?:point|reason) (?:in )?(?:living|going on|carrying on)',
  "(?:don'?t|do not) want to (?:live|be alive|be here any ?more|wake up)",
  'better off (?:dead|without me)',
  "(?:rather|prefer to) be dead|(?:would|'d) rather die",
  '(?:want(?:ed)? to|wish (?:I|he|she) could|and|just) (?:disappear|never wake up|not wake up)',
  'wish (?:I|he|she) (?:was|were) dead',
  // Violence and abuse.
  `(?:hit|hits|hitting|slapped|slaps|slapping|punched|punches|kicked|kicks|beat|beats|beating|strangled|throttled) ${PERSON}`,
  `(?:pushes|pushed|pushing|shoves|shoved|throws|threw) ${PERSON} (?:around|about|over|against|down)`,
  `(?:shout|shouted|shouts|shouting|scream|screamed|screams|screaming|yell|yelled|yells|yelling|swear|swore|swears|swearing) at ${PERSON}`,
  '(?:was|were|been|being|is|are|got|gets) (?:physically )?restrained',
  `(?:stole|steals|stealing|took|takes|taking|uses|used|using) (?:her|his|my|their) (?:money|bank cards?|cards?|pension|savings|cash|jewellery|PIN)`,
  `called ${PERSON} an? (?:[a-z]+ ){0,3}(?:bastard|bitch|cow|idiot|pig|animal|retard|cunt|twat|moron)`,
  '(?:was|were|been|being|is|are|get|got|gets) (?:sexually |physically |emotionally |verbally |financially )?(?:abused|assaulted|raped|molested|groomed|beaten|attacked|neglected|exploited)',
  '(?:physical|sexual|emotional|domestic|financial|verbal) (?:abuse|violence)',
  'rap(?:e|ed|ist)',
  'incest',
  'sexually assaulted',
  // Neglect.
  `left (?:${PERSON} )?(?:lying |sitting )?(?:in|on) (?:soiled|wet|dirty|filthy|urine[- ]soaked|his own|her own|their own|my own) \\w+(?: for (?:hours|days|\\w+ hours|\\w+ days|the whole night|the night|all night))?`,
  `left (?:${PERSON} )?without (?:any )?(?:food|water|a drink|drinks|his tablets|her tablets|my tablets|their tablets|medication|his medication|her medication|my medication|pain relief)(?: for [\\w ]{1,20}?(?:hours|days|a day|a week))?`,
  'not (?:been )?given (?:any )?(?:food|water|drinks?|anything to (?:eat|drink))(?: or (?:water|drink|food))?',
  'no food or (?:water|drink)',
  '(?:lay|lying|laid|left) on the floor (?:all night|overnight|for hours|for \\w+ hours)',
  "bruis(?:es|ing|ed)[^.!?]{0,40}?(?:nobody|no one|no-one|nobody could|couldn'?t|could not) (?:could )?explain(?:ed)?",
  'unexplained (?:bruis\\w*|injur\\w*|marks|fractures?|burns?)',
  'left (?:with|covered in) (?:bruises|injuries|marks|cuts)',
  "(?:couldn'?t|could not|can'?t|cannot|wouldn'?t|would not|didn'?t|did not) (?:tell|explain to) (?:us|me|anyone|the family) how (?:it|this|that|he|she|they) (?:happened|got)",
  '(?:no one|no-one|nobody) (?:knew|knows|could (?:say|tell us|explain)) how (?:it|this|that|he|she|they) (?:happened|got)',
  `(?:scared|afraid|frightened|terrified) (?:of|to be left with) (?:the |her |his |my |one of the |that )?(?:carers?|nurses?|staff|care workers?|husband|wife|partner|son|daughter|boyfriend|girlfriend)`,
  '(?:scared|afraid|frightened|terrified) (?:to go home|of going home|to ask for help|to speak up|to say anything|to complain)',
  `locked (?:${PERSON} )?in\\b(?: (?:a|the|his|her|their|my) room)?`,
  `tied (?:${PERSON} )?(?:to|down)`,
  'not safe at home',
]

const SAFEGUARDING = new RegExp(`\\b(?:${PHRASES.join('|')})\\b`, 'gi')

export const safeguarding: Check = {
  rule: 'safeguarding',
  message:
    'If you or someone else is in danger now, please call 999. For urgent help call NHS 111, or call Samaritans free on 116 123. A moderator will read what you have written.',
  find: (text) => matchSpans(SAFEGUARDING, text),
}
