import { STRINGS } from './locales/strings.ts'
import type { Language, Strings } from './locales/strings.ts'

const pick = (v: object, i: number): unknown =>
  Array.isArray(v) ? v[i] : Object.fromEntries(Object.entries(v).map(([k, x]) => [k, pick(x, i)]))

/** Both languages of a strings table (English, Welsh), picked once; the form's table uses it too. */
export const languages = <T extends object>(table: T) => [0, 1].map((i) => pick(table, i)) as Language<T>[]

const LANGUAGES = languages(STRINGS)

/** Welsh for any `cy…` language tag, English otherwise. */
export const strings = (lang?: string | null): Strings => LANGUAGES[+/^cy/i.test(lang ?? '')]!

/** A service's name in the reader's language: its Welsh name where the directory has one. */
export const nameIn = (L: Strings, x: { name: string; nameCy?: string | null }) =>
  (L.code == 'cy' && x.nameCy) || x.name

export const fill = (s: string, x: unknown) => s.replace('#', `${x}`)

/** Picks the plural form for `n` by the language's own rules (Welsh has six categories). */
export const plural = (L: { code: string }, forms: Record<string, string>, n: number) =>
  fill(forms[new Intl.PluralRules(L.code).select(n)] ?? forms.other, n.toLocaleString(L.code))

/** Each unit, and how many of it make the next. */
const UNITS = ['second', 'minute', 'hour', 'day', 'week', 'month', 'year'] as const
const SIZES = [60, 60, 24, 7, 4.35, 12, 1 / 0]

/**
 * "3 days ago", "yesterday", "2 ddiwrnod yn ôl": the largest unit that fits. Chrome's ICU has no
 * Welsh relative times, so Welsh falls back to the locale's own `units` (forms for 1, 2, 3+).
 */
export const ago = (iso: string, L: Strings) => {
  let v = (Date.parse(iso) - Date.now()) / 1e3
  for (const [i, unit] of UNITS.entries()) {
    if (Math.abs(v) < SIZES[i]!) {
      if (Intl.RelativeTimeFormat.supportedLocalesOf(L.code)[0] || !L.units)
        return new Intl.RelativeTimeFormat(L.code, { numeric: 'auto' }).format(Math.round(v), unit)
      const k = Math.round(Math.abs(v))
      const forms = L.units.split(',')[i]!.split('/')
      return fill(L.ago, `${k} ${forms[Math.min(k, 3) - 1] ?? forms[0]}`)
    }
    v /= SIZES[i]!
  }
}

/**
 * "March 2027", "Mawrth 2027" from "2027-03" or an ISO date. Chrome's ICU has no Welsh month
 * names, so Welsh falls back to the locale's own `months` there.
 */
export const month = (v: string, L: Strings) => {
  const d = new Date(v)
  return Intl.DateTimeFormat.supportedLocalesOf(L.code)[0] || !L.months
    ? new Intl.DateTimeFormat(L.code, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)
    : `${L.months.split(',')[d.getUTCMonth()]} ${d.getUTCFullYear()}`
}
