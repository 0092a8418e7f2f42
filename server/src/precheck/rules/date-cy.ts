import type { Span } from '../types.ts'
import { regex } from '../regex.ts'

// Welsh month names with the mutated forms that follow "o" ("o Fedi"), "ym mis" and the like.
const MONTHS = [
  'Ionawr',
  'Chwefror',
  'Mawrth|Fawrth',
  'Ebrill',
  'Mai|Fai',
  'Mehefin|Fehefin',
  'Gorffennaf|Orffennaf|Ngorffennaf',
  'Awst',
  'Medi|Fedi',
  'Hydref',
  'Tachwedd|Dachwedd|Nhachwedd',
  'Rhagfyr|Ragfyr',
].join('|')
const MONTH = `(?:${MONTHS})`
const WEEKDAY = '(?:[Dd]ydd|[Dd]dydd|[Nn]os) (?:Llun|Mawrth|Fawrth|Mercher|Iau|Gwener|Sadwrn|Sul)'
const DAY = '(?:[12]\\d|3[01]|0?[1-9])'
// Welsh ordinals: 1af, 2il, 3ydd, 5ed, 7fed, 11eg, 21ain.
const ORDINAL = '(?:af|il|ail|ydd|edd|ed|fed|eg|ain)'
const YEAR = '(?:,?\\s+(?:19|20)\\d{2}(?!\\d))'
const NOT_LETTER = '(?![\\p{L}])'

// "3 Mawrth 2025", "y 5ed o Fedi", "dydd Mawrth 14 Mai", "19eg o Fehefin".
const DAY_MONTH = regex(
  `(?:${WEEKDAY},?\\s+(?:y\\s+)?)?(?<![\\d£$.,/-])\\b${DAY}(?:${ORDINAL})?\\s+(?:o\\s+)?${MONTH}${NOT_LETTER}${YEAR}?`,
  'gu',
)
// "dydd Llun y 4ydd": a weekday with an ordinal day.
const WEEKDAY_DAY = regex(`${WEEKDAY},?\\s+(?:y\\s+)?${DAY}${ORDINAL}${NOT_LETTER}`, 'giu')

// Holidays are a date: with a year ("Noswyl Nadolig 2024"), or after "ar" (on).
const HOLIDAYS = [
  'Noswyl (?:y )?Nadolig',
  '[Dd]d?ydd Nadolig',
  '[Dd]d?ydd San Steffan',
  '[Dd]d?ydd Calan',
  'Nos Galan',
  'Noswyl y Calan',
  '[Dd]d?ydd Gŵyl Dewi',
  '[Dd]d?ydd Santes Dwynwen',
  '[Dd]d?ydd Gwener y Groglith',
  '[Dd]d?ydd Llun y Pasg',
  'Sul y Pasg',
  'Sul y Mamau',
  'Sul y Cofio',
  'Noson Tân Gwyllt',
  'Calan Gaeaf',
].join('|')
// The holiday first, then "ar" looked for behind it: the look-behind is tried only at a holiday.
const HOLIDAY = regex(
  `(?:${HOLIDAYS})(?<=\\bar\\s+(?:${HOLIDAYS}))${NOT_LETTER}${YEAR}?|(?:${HOLIDAYS})${YEAR}`,
  'gu',
)

/** Exact dates written in Welsh. Numeric dates are found by the shared patterns. */
export function findWelshDates(text: string): Span[] {
  const spans: Span[] = []
  for (const pattern of [DAY_MONTH, WEEKDAY_DAY, HOLIDAY]) {
    for (const m of text.matchAll(pattern)) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}
