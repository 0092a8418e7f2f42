import type { Check, Lang, Span } from '../types.ts'
import { findWelshDates } from './date-cy.ts'
import { regex } from '../regex.ts'

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]
const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']
const WEEKDAY_SHORT = ['Mon', 'Tue', 'Tues', 'Wed', 'Thu', 'Thur', 'Thurs', 'Fri', 'Sat', 'Sun']

// Month and day names count only with a capital ("3 March", not "march 3 miles"), or in capitals.
const capitalised = (words: string[]) => words.flatMap((w) => [w, w.toUpperCase()])
const MONTH = `(?:${capitalised(MONTH_NAMES).join('|')}|(?:${capitalised(MONTH_SHORT).join('|')})\\.?)`
// With an ordinal day ("12th march") a full lower-case month name is clear enough, except may and march.
const MONTH_LOWER = `(?:${MONTH_NAMES.filter((m) => m !== 'May' && m !== 'March')
  .map((m) => m.toLowerCase())
  .join('|')})`
const WEEKDAY = `(?:${capitalised(WEEKDAYS).join('|')}|(?:${capitalised(WEEKDAY_SHORT).join('|')})\\.?)`
const DAY = '(?:[12]\\d|3[01]|0?[1-9])'
const ORDINAL = '(?:st|nd|rd|th|ST|ND|RD|TH)'
const YEAR = '(?:,?\\s+(?:19|20)\\d{2}\\b)'
const WEEKDAY_PREFIX = `(?:${WEEKDAY},?\\s+(?:the\\s+)?)`
// "May 12 patients", "June 3 weeks": a count, not a date.
const NOT_A_COUNT =
  '(?!\\s+(?:weeks?|days?|months?|years?|hours?|minutes?|times?|people|patients|of\\b|or\\b|to\\b|-))'

const DAY_MONTH = regex(
  `${WEEKDAY_PREFIX}?(?<![\\d£$.,/-])\\b${DAY}(?:${ORDINAL}\\s+(?:of\\s+)?(?:${MONTH}|${MONTH_LOWER})|\\s+(?:of\\s+)?${MONTH})\\b${YEAR}?`,
  'g',
)
const MONTH_DAY = regex(
  `${WEEKDAY_PREFIX}?\\b${MONTH}\\s+(?:the\\s+)?${DAY}(?:${ORDINAL})?\\b(?![:.]\\d)${NOT_A_COUNT}${YEAR}?`,
  'g',
)
const WEEKDAY_DAY = regex(`\\b${WEEKDAY},?\\s+(?:the\\s+)?${DAY}${ORDINAL}\\b`, 'g')
// "on the 5th," or "until the 21st." — an ordinal day standing alone, not "the 5th floor".
const ON_THE_DAY = regex(
  `\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|forward to|back to|moved to|changed to|put off to|postponed to)\\s+the\\s+(${DAY}${ORDINAL})\\b(?=\\s*(?:[.,;:!?)]|$|and\\b|when\\b))`,
  'dg',
)
const NUMERIC = /(?<![\d/.-])(\d{1,2})([/.-])(\d{1,2})\2((?:19|20)?\d{2})(?![\d/-]|\.\d)/g
const ISO = /(?<![\d-])(?:19|20)\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])/g
const NUMERIC_NO_YEAR =
  /\b(?:on|dated|from|until|since|by|ar|o|tan|erbyn)\s+((\d{1,2})\/(\d{1,2}))(?![\d/])/dgi

// A holiday is a date with a year ("Christmas Eve 2024", "Easter Sunday last year") or after "on".
const HOLIDAYS = [
  'Christmas (?:Eve|Day)',
  'Boxing Day',
  "New Year['’]s (?:Eve|Day)",
  "(?:St\\.? |Saint )?Valentine['’]s Day",
  "Hallowe[’']?en",
  'Bonfire Night',
  'Guy Fawkes Night',
  "(?:St\\.?|Saint) (?:David|Patrick|Andrew|George)['’]s Day",
  'Burns Night',
  'Easter (?:Sunday|Monday|Saturday|Day)',
  'Good Friday',
  "Mother['’]s Day",
  'Mothering Sunday',
  "Father['’]s Day",
  'Remembrance (?:Sunday|Day)',
  'Armistice Day',
  'Pancake Day',
  'Shrove Tuesday',
  'Ash Wednesday',
  'Whit Monday',
].join('|')
const HOLIDAY = regex(
  // The holiday first, then "on" looked for behind it: the look-behind is tried only at a holiday.
  `(?:${HOLIDAYS})(?<=\\b[Oo]n\\s+(?:${HOLIDAYS}))\\b(?:${YEAR}|\\s+(?:last|this|next) year)?|\\b(?:${HOLIDAYS})(?:${YEAR}|\\s+(?:last|this|next) year)`,
  'g',
)

const isDayMonth = (day: string, month: string) =>
  Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12

function findDates(text: string, lang: Lang): Span[] {
  const spans: Span[] = lang === 'cy' ? findWelshDates(text) : []
  const add = (start: number, length: number) => spans.push({ start, end: start + length })
  const patterns = lang === 'cy' ? [ISO] : [DAY_MONTH, MONTH_DAY, WEEKDAY_DAY, ISO, HOLIDAY]
  for (const pattern of patterns) {
    for (const m of text.matchAll(pattern)) add(m.index, m[0].length)
  }
  for (const m of lang === 'cy' ? [] : text.matchAll(ON_THE_DAY)) {
    const [start, end] = m.indices![1]!
    add(start, end - start)
  }
  for (const m of text.matchAll(NUMERIC)) {
    if (isDayMonth(m[1]!, m[3]!)) add(m.index, m[0].length)
  }
  for (const m of text.matchAll(NUMERIC_NO_YEAR)) {
    const [start, end] = m.indices![1]!
    if (isDayMonth(m[2]!, m[3]!)) add(start, end - start)
  }
  return spans
}

export const date: Check = {
  rule: 'date',
  message:
    "This looks like an exact date. To keep you anonymous, please give a rough time instead, for example 'last spring'.",
  find: findDates,
}
