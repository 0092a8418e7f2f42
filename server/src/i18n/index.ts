/**
 * The two languages Heard speaks, and the one way server-rendered pages and emails hold their
 * words: a catalogue per surface with an `en` and a `cy` object of the same shape. The type makes
 * a missing or extra key a compile error; `server/test/catalogues.test.ts` checks every catalogue
 * at run time too (and counts the strings).
 */
export const LANGS = ['en', 'cy'] as const
export type Lang = (typeof LANGS)[number]

export const isLang = (value: unknown): value is Lang => value === 'en' || value === 'cy'

/** `cy` only when asked for exactly; anything else (missing, unknown) reads English. */
export const langOf = (value: unknown): Lang => (value === 'cy' ? 'cy' : 'en')

/** A message is a string, or a function of its values that returns one. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Message = string | ((...values: any[]) => string)

export type Catalogue<T extends Record<string, Message>> = Readonly<Record<Lang, T>>

/**
 * One surface's words in both languages. `T` is taken from `en` alone, so `cy` must have exactly
 * the same keys (an extra key is an excess property, a missing one an error).
 */
export function defineMessages<T extends Record<string, Message>>(en: T, cy: NoInfer<T>): Catalogue<T> {
  return Object.freeze({ en, cy })
}

const LOCALES: Record<Lang, string> = { en: 'en-GB', cy: 'cy-GB' }

/** "7 December 2026" / "7 Rhagfyr 2026", in the UK's time zone. */
export const formatDate = (date: Date, lang: Lang = 'en') =>
  date.toLocaleDateString(LOCALES[lang], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/London',
  })

export const formatNumber = (n: number, lang: Lang = 'en') => n.toLocaleString(LOCALES[lang])

/** The name a reader of `lang` sees: the Welsh one where there is one. */
export const nameIn = (lang: Lang, name: string, nameCy: string | null | undefined) =>
  lang === 'cy' && nameCy ? nameCy : name

/** "87%" / "87%": a share from 0 to 1, rounded to a whole percent. */
export const formatPercent = (share: number, lang: Lang = 'en') =>
  share.toLocaleString(LOCALES[lang], { style: 'percent', maximumFractionDigits: 0 })

/** "March 2027" / "Mawrth 2027" (a month is a calendar month: no time zone shifts it). */
export const formatMonth = (date: Date, lang: Lang = 'en') =>
  date.toLocaleDateString(LOCALES[lang], { month: 'long', year: 'numeric', timeZone: 'UTC' })

const SOFT: [RegExp, string][] = [
  [/^Ll/, 'L'],
  [/^Rh/, 'R'],
  [/^P(?!h)/, 'B'],
  [/^T(?!h)/, 'D'],
  [/^C(?!h)/, 'G'],
  [/^B/, 'F'],
  [/^D(?!d)/, 'Dd'],
  [/^M/, 'F'],
]

/**
 * A Welsh name after a word that softens it ("am", "i", "o"): "Bwrdd Iechyd …" → "Fwrdd Iechyd …",
 * "Gwasanaeth …" → "Wasanaeth …", "Canolfan …" → "Ganolfan …". Only for Welsh names (English ones
 * keep their form), and never for a first word in capitals ("GIG") or one that is not a word.
 */
export function softMutation(name: string): string {
  if (!/^[A-Z][a-zâêîôûŵŷ]/.test(name)) return name
  if (name.startsWith('G')) return name.charAt(1).toUpperCase() + name.slice(2)
  for (const [from, to] of SOFT) if (from.test(name)) return name.replace(from, to)
  return name
}
