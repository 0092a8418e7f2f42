import { matchSpans } from '../spans.ts'
import type { Span } from '../types.ts'

// Welsh words change their first letter after some words (mutation): "lladd" (kill) is also
// "ladd"; "taro" (hit) is "daro", "tharo" or "nharo". Each verb lists the forms stories use.
const KILL = '(?:lladd|ladd|laddodd|lladdodd)'
const SELF = "(?:fy hun|ei hun|eu hunain|dy hun|ein hunain|'i hun)"
const HIT = '(?:taro|daro|tharo|nharo|tarodd|darodd|trawodd|drawodd|thrawodd)'
const HURT =
  '(?:brifo|frifo|mrifo|anafu|niweidio|trywanu|drywanu|thrywanu|llosgi|losgi|tagu|dagu|nhagu|chicio|gicio|cicio)'
const PILLS =
  '(?:tabledi|dabledi|thabledi|nhabledi|pils|moddion|foddion|meddyginiaeth|feddyginiaeth|parasetamol|barasetamol)'
const FOOD =
  "(?:diod|ddiod|bwyd|fwyd|dŵr|ddŵr|dim i(?:’|')w (?:fwyta|yfed)|hinswlin|inswlin|feddyginiaeth|meddyginiaeth|thabledi|dabledi|foddion)"
// A person, not a part of the body ("tharo ei ben": hit his head).
const BODY =
  '(?:ben|phen|mhen|pen|braich|fraich|mraich|llaw|law|nghoes|goes|choes|droed|nhroed|wyneb|gefn|nghefn|ngwddf|wddf|ysgwydd)(?![\\p{L}])'
const PEOPLE = `(?:fi|fe|fo|e|hi|nhw|ni|Mam|Dad|Nain|Taid|Mamgu|Tadcu|fy (?!${BODY})\\S+|ei (?!${BODY})\\S+|'i (?!${BODY})\\S+)`

const PHRASES = [
  // Suicide and self-harm.
  `${KILL} ${SELF}`,
  'hunanladdiad|hunanleiddiol',
  'hunan[- ]?niwei\\S*',
  `(?:torri|dorri|llosgi|losgi|brifo|frifo|niweidio|anafu) ${SELF}`,
  '(?:eisiau|isio|am) (?:marw|farw)',
  'ddim (?:eisiau|isio) (?:bod yma|byw|fyw|deffro)',
  '(?:dim|does dim) pwynt (?:i mi |iddo |iddi )?(?:byw|fyw|mynd ymlaen|bod yma)',
  '(?:yn )?well (?:eu|ei|ein) byd hebddo i|gwell hebdda i',
  `(?:cadw|gadw|casglu|gasglu|cuddio|guddio|hel|cronni|wedi cadw) (?:\\S+ ){0,2}?${PILLS}`,
  `(?:fy|ei|eu) holl ${PILLS}`,
  '(?:g)?orddos\\S*',
  '(?:p|ph|b)eidio (?:â |a )?deffro|byth (?:yn )?deffro',
  '(?:llythyr(?:au)?|nodyn|nodiadau) ffarwel',
  '(?:fedra i|alla i|methu|galla i) ddim mynd ymlaen',
  'neidio (?:oddi ar|o flaen) (?:y|yr|\\S+) \\S+',
  // Neglect.
  `heb (?:gael )?(?:dim )?${FOOD}`,
  `ddim wedi (?:cael|rhoi) (?:dim )?(?:ei |eu )?${FOOD}`,
  'ddim wedi (?:bwyta|yfed)|bwyta nac yfed|yfed na bwyta',
  `neb wedi (?:rhoi (?:bwyd|diod|dŵr)|ei bwydo|ei fwydo|ei golchi|ei olchi|ei throi|ei droi|newid)`,
  '(?:cynfasau|dillad gwely|gwely|pad) (?:budr|brwnt|gwlyb|wlyb|frwnt|fudr)',
  '(?:ei|eu) (?:wrin|hwrin|baw|carthion) (?:ei|eu) (?:hun|hunain)',
  '(?:briwiau|friwiau|mriwiau|doluriau|ddoluriau) (?:pwyso|gwasgu)[^.!?]{0,30}?(?:heb eu trin|wedi heintio|heb sylw)',
  '(?:cymryd|wedi cymryd|mynd â) (?:ei|eu) (?:g|ch)?loch (?:i ffwrdd|oddi arno|oddi arni)',
  '[cg]?[lh]?eisi\\S*[^.!?]{0,60}?(?:neb|dim un) (?:\\S+ ){0,3}?(?:h?esbonio|egluro)',
  "(?:ar|ar y) llawr (?:drwy'r nos|dros nos|am oriau)",
  // Violence, rough handling and threats.
  `${HIT} ${PEOPLE}`,
  `(?:fy|ei|eu) (?:nharo|taro|tharo|daro)`,
  `(?:fygwth|bygwth|mygwth|bygythiodd|fygythiodd) (?:\\S+ ){0,2}?(?:${KILL}|${HIT}|${HURT})`,
  `(?:byddai|bydd|fe wnaiff|yn mynd i)(?:'n| yn)? (?:ei |fy |'w )?(?:${KILL}|${HURT}|${HIT})`,
  '(?:afael|gafael|gafaelodd|cydio|gydio) (?:yn|ym|yng) [^.!?]{0,30}?(?:mor galed|yn galed|yn arw|nes)',
  `yn arw (?:gyda|efo|â|ag) ${PEOPLE}`,
  `(?:gwthio|wthio|gwthiodd|wthiodd|llusgo|lusgo|llusgodd|lusgodd|pinsio|phinsio|binsio|slapio|slapiodd|ysgwyd) ${PEOPLE}`,
  // Verb, subject, object: "Gwthiodd y gofalwr Dad".
  `(?:gwthiodd|wthiodd|llusgodd|lusgodd|tarodd|darodd|slapiodd|pinsiodd|siglodd|ysgydwodd|cydiodd|gydiodd) (?:y|yr) \\S+(?: \\S+)? ${PEOPLE}`,
  `(?:fy|ei|eu|wedi fy|wedi ei) (?:nhagu|tagu|dagu|thagu|llusgo|lusgo|phinsio|binsio|gwthio|wthio|chicio|gicio)`,
  'trywanu|drywanu|thrywanu',
  "(?:llosgi|losgi)'r tŷ",
  // Abuse and fear at home.
  '(?:cam|gam|cham|ngham)-?drin(?: domestig| rhywiol| corfforol| emosiynol| ariannol)?',
  '(?:treisio|dreisio|threisio|treisiodd)',
  'rheoli (?:fy|ei|eu) (?:arian|bywyd|ffôn)',
  '(?:ofn|ofnus) (?:mynd adre|mynd adref|fy ngŵr|fy mhartner|fy mab|fy merch|fy nhad|fy llystad|y gofalwr|y gofalwyr)',
  '(?:fy|ei|eu) (?:nghloi|cloi|chloi|gloi) (?:yn|mewn)',
  'ddim yn ddiogel (?:gartref|adref|adre)',
]

const SAFEGUARDING = new RegExp(`(?<![\\p{L}'’])(?:${PHRASES.join('|')})(?![\\p{L}])`, 'giu')

/** Welsh phrases that suggest someone may be at risk now. */
export function findWelshSafeguarding(text: string): Span[] {
  return matchSpans(SAFEGUARDING, text)
}
