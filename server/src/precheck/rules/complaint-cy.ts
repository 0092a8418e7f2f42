import { groupedAlternatives } from '../alternation.ts'
import { WORD_END } from '../letters.ts'
import { matchSpans } from '../spans.ts'
import type { Span } from '../types.ts'
import { regex } from '../regex.ts'

// "Cwyn" (a complaint) mutates: "gŵyn", "nghwyn", "chwyn". Complaining of a symptom ("cwyno am
// boen") or in passing is not a formal complaint; these phrases ask for a process.
const COMPLAINT_NOUN = '(?:cwyn|gŵyn|gwyn|nghwyn|chwyn|cwynion)'
const PHRASES = [
  `${COMPLAINT_NOUN} (?:ffurfiol|swyddogol|ysgrifenedig)`,
  `(?:gwneud|wneud|gwnes i|gwnes|wnes i|cyflwyno|gyflwyno|codi|godi|godais i|godais|ysgrifennu|ysgrifennais|anfon|rhoi) (?:\\S+ )?${COMPLAINT_NOUN}`,
  "(?:cwyno|gwyno|chwyno)['’]?n (?:ffurfiol|swyddogol)",
  '(?:hoffwn|hoffwn i|dw i eisiau|rydw i eisiau|rwyf am|rydw i am) (?:gwyno|cwyno)',
  `(?:fy|ein) ${COMPLAINT_NOUN}`,
  '(?:tîm|adran|proses|swyddog|rheolwr) (?:cwynion|gwynion)',
  'Gweithio i Wella',
  '(?:cyfreithiwr|gyfreithiwr|nghyfreithiwr|chyfreithiwr|cyfreithwyr|gyfreithwyr|nghyfreithwyr)(?! a helpodd| o Gyngor| yn y gwely)',
  '(?:camau|achos|achosion|cyngor|gamau) cyfreithiol',
  "(?:mynd i'r|yn mynd i'r|i'r) llys",
  '(?:siwio|siwo)',
  'esgeulustod (?:clinigol|meddygol|proffesiynol)|hawliad esgeulustod',
  '(?:iawndal|digollediad|nigolledu|digolledu|iawn ariannol|hawlio iawn)',
  'dim ennill dim ffi',
  '(?:mynnu|gofyn am|eisiau) (?:ymchwiliad|ymddiheuriad)',
  'ymddiheuriad ysgrifenedig',
  '(?:cael ei ddisgyblu|cael ei disgyblu|ddisgyblu|disgyblu)',
  'Ombwdsmon(?: Gwasanaethau Cyhoeddus Cymru)?',
  "(?:adrodd|riportio|cwyno|mynd â hyn|mynd â nhw)(?: \\S+){0,3} (?:i|at|wrth)(?: yr | |['’]r )(?:GMC|NMC|AGC|AGIC|Arolygiaeth Gofal Iechyd Cymru|Arolygiaeth Gofal Cymru|Ombwdsmon|AS)",
]

// Read without the u flag (letters.ts): several times faster.
const COMPLAINT = regex(`(?<![a-zA-ZÀ-ÖØ-öø-ÿĀ-ž'’])${groupedAlternatives(PHRASES, true)}${WORD_END}`, 'gi')

/** Welsh language that asks for a formal complaint or legal process. */
export function findWelshComplaint(text: string): Span[] {
  return matchSpans(COMPLAINT, text)
}
