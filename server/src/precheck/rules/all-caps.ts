import type { Check, Lang, Span } from '../types.ts'

// Capitalised abbreviations that are normal in care stories; they never count as shouting.
const ACRONYMS = new Set(
  (
    'NHS A&E AE GP GPS ICU ITU HDU MRI CT ENT ECG EEG CPR DNR DNACPR CQC PALS GMC NMC HCPC HCA HCAS OT SALT ' +
    'CAMHS NICU SCBU PICU AMU MAU SAU ED OPD IV UK TV BBC ADHD ASD COPD MS MND IBS UTI DVT PE TIA HIV BP BMI ' +
    'MRSA COVID PPE RSV OK ASAP PTSD OCD CEO SHO FY1 UTC RN EPR NG PEG TPN OBS SATS ST MP PIP DWP SEN SENCO ' +
    // Welsh: the NHS (GIG), health boards (BIP…), inspectorates, services and the Senedd.
    'GIG BIP BIPBC BIPAB BIPCTM AGIC AGC UGD UMT WAST CIC AS ASAU ASC S4C BBC HIW SDEC CCU MDT ICB CCG UCLH SPR'
  ).split(' '),
)
// Three shouted words or more; acronyms never count.
const MIN_RUN = 3
// A short capital word without a vowel is an abbreviation ("CKD", "FBC", "MDT"); Welsh counts w
// and y as vowels ("GWYCH", "MWY").
const MAX_ABBREVIATION = 5
const VOWEL = { en: /[AEIOUY]/, cy: /[AEIOUWYÂÊÎÔÛŴŶ]/ }
const MIN_LETTERS_FOR_WHOLE_TEXT = 20
const WHOLE_TEXT_SHARE = 0.6

// A word with no lower-case letter; whether it counts is decided below. The capital comes first, so
// that the costly look-behind is only tried at one ("after a letter" means inside a word).
const UPPER_WORD = /\p{Lu}(?<![\p{L}\p{N}'’&-]\p{Lu})[\p{Lu}\p{N}'’&-]*(?![\p{L}\p{N}'’&-])/gu
const LOWER = /\p{Ll}/gu
const LETTER = /\p{L}/u

/** Capital words that are not acronyms, not single letters ("I", "A") and carry no digits ("7B"). */
function isShouted(word: string, lang: Lang): boolean {
  return (
    word.length >= 2 &&
    (word.length > MAX_ABBREVIATION || VOWEL[lang].test(word)) &&
    !/\d/.test(word) &&
    !ACRONYMS.has(word.replace(/['’]S$/, '')) &&
    /\p{Lu}.*\p{Lu}/u.test(word)
  )
}

function countLetters(text: string): number {
  let letters = 0
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    const lower = code | 32
    if ((lower >= 97 && lower <= 122) || (code > 127 && LETTER.test(text[i]!))) letters++
  }
  return letters
}

function findAllCaps(text: string, lang: Lang): Span[] {
  const spans: Span[] = []
  let run: Span[] = []
  let lastEnd = 0
  // Where the next lower-case letter is; found once per stretch of text, so all-capital text stays linear.
  let nextLower = -2
  let shoutedLetters = 0
  // A one-letter word ("I", Welsh "O", "A") counts inside a run, between shouted words.
  let pending: Span | undefined
  const endRun = () => {
    if (run.length >= MIN_RUN) spans.push({ start: run[0]!.start, end: run.at(-1)!.end })
    run = []
    pending = undefined
  }
  for (const m of text.matchAll(UPPER_WORD)) {
    // Any lower-case letter since the last capital word ends the run; acronyms and numbers do not.
    if (nextLower !== -1 && nextLower < lastEnd) {
      LOWER.lastIndex = lastEnd
      nextLower = LOWER.exec(text)?.index ?? -1
    }
    if (nextLower !== -1 && nextLower < m.index) endRun()
    lastEnd = m.index + m[0].length
    if (m[0].length === 1) {
      if (run.length > 0) pending = { start: m.index, end: lastEnd }
      continue
    }
    if (!isShouted(m[0], lang)) continue
    shoutedLetters += m[0].length
    if (pending) run.push(pending)
    pending = undefined
    run.push({ start: m.index, end: lastEnd })
  }
  endRun()
  if (shoutedLetters >= MIN_LETTERS_FOR_WHOLE_TEXT * WHOLE_TEXT_SHARE) {
    // A text written mostly in capitals is flagged as a whole.
    const letters = countLetters(text)
    if (letters >= MIN_LETTERS_FOR_WHOLE_TEXT && shoutedLetters / letters >= WHOLE_TEXT_SHARE) {
      return [{ start: text.search(/\S/), end: text.trimEnd().length }]
    }
  }
  return spans
}

export const allCaps: Check = {
  rule: 'all_caps',
  message:
    'Writing in capitals can read as shouting. Please use normal capitals so readers can follow your story.',
  find: findAllCaps,
}
