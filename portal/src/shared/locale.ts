import { configureLocalization, msg, str } from '@lit/localize'
import { sourceLocale, targetLocales } from '../locales/locale-codes.ts'

export type Lang = 'en' | 'cy'

const STORAGE_KEY = 'heard-lang'

/**
 * The portal's language, through @lit/localize in runtime mode. English is in the code; the
 * Welsh catalogue (`locales/cy.ts`, built by `lit-localize build` from `portal/xliff/cy.xlf`) is
 * its own chunk, fetched only when Welsh is chosen, so the sign-in page stays within its budget.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: () => import('../locales/cy.ts'),
})

export const currentLang = (): Lang => (getLocale() === 'cy' ? 'cy' : 'en')

/** The language last chosen in this browser: the signed-out pages open in it. */
export function rememberedLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'cy' ? 'cy' : 'en'
  } catch {
    return 'en'
  }
}

/** Switches the portal (and the document's `lang`) to `lang`, and remembers it in this browser. */
export async function useLanguage(lang: Lang): Promise<void> {
  try {
    localStorage.setItem(STORAGE_KEY, lang)
  } catch {
    // Private browsing without storage: the choice lasts as long as the page.
  }
  if (getLocale() !== lang) await setLocale(lang)
  document.documentElement.lang = lang
}

/** Intl's locale for the current language (dates, numbers). */
export const intlLocale = () => (currentLang() === 'cy' ? 'cy-GB' : 'en-GB')

/** A service's name in the portal's language: its Welsh name where the directory has one. */
export const serviceName = (s: { name: string; nameCy?: string | null }) =>
  (currentLang() === 'cy' && s.nameCy) || s.name

/** A service's path (its ancestors' names and its own) in the portal's language. */
export const servicePath = (s: { path: string; pathCy?: string | null }) =>
  (currentLang() === 'cy' && s.pathCy) || s.path

/** A tag's label in the portal's language. */
export const tagLabel = (t: { label: string; labelCy?: string | null }) =>
  (currentLang() === 'cy' && t.labelCy) || t.label

/** A public page's address in the portal's language (`?lang=cy` for Welsh). */
export function publicPageUrl(url: string): string {
  if (currentLang() !== 'cy') return url
  const u = new URL(url, location.href)
  u.searchParams.set('lang', 'cy')
  return u.href
}

/** The months' names, for browsers without Welsh data (read through msg(): the Welsh catalogue has them). */
const monthNames = () => [
  msg('January'),
  msg('February'),
  msg('March'),
  msg('April'),
  msg('May'),
  msg('June'),
  msg('July'),
  msg('August'),
  msg('September'),
  msg('October'),
  msg('November'),
  msg('December'),
]
const shortMonthNames = () => [
  msg('Jan'),
  msg('Feb'),
  msg('Mar'),
  msg('Apr'),
  msg('May', { id: 'month-short-may' }),
  msg('Jun'),
  msg('Jul'),
  msg('Aug'),
  msg('Sep'),
  msg('Oct'),
  msg('Nov'),
  msg('Dec'),
]

/** What a date shows: the day or not, the month's long or short name, the time; in UTC or here. */
export type DateShape = { day?: boolean; month: 'long' | 'short'; time?: boolean; utc?: boolean }

const dateFormats = new Map<string, (d: Date) => string>()

/**
 * A date in the portal's language: "7 December 2026", "7 Rhagfyr 2026 am 14:30", "Dec 2026".
 * Through Intl where the browser knows Welsh; some browsers carry no Welsh data and would write
 * Welsh pages' dates in American English, so then the Welsh names are put together here.
 */
export function formatDateIn(date: Date, shape: DateShape): string {
  const key = `${intlLocale()}|${shape.day}|${shape.month}|${shape.time}|${shape.utc}`
  let format = dateFormats.get(key)
  if (!format) {
    format =
      currentLang() === 'cy' && !Intl.DateTimeFormat.supportedLocalesOf(['cy']).length
        ? welshDate(shape)
        : intlDate(shape)
    dateFormats.set(key, format)
  }
  return format(date)
}

function intlDate(shape: DateShape) {
  const f = new Intl.DateTimeFormat(intlLocale(), {
    ...(shape.day ? { day: 'numeric' } : {}),
    month: shape.month,
    year: 'numeric',
    ...(shape.time ? { hour: '2-digit', minute: '2-digit' } : {}),
    ...(shape.utc ? { timeZone: 'UTC' } : {}),
  })
  return (d: Date) => f.format(d)
}

/** Welsh dates put together by hand (month names from the catalogue): "7 Rhagfyr 2026 am 14:30", "Rhag 2026". */
export function welshDate(shape: DateShape) {
  const names = shape.month === 'long' ? monthNames() : shortMonthNames()
  return (d: Date) => {
    const [day, month, year] = shape.utc
      ? [d.getUTCDate(), d.getUTCMonth(), d.getUTCFullYear()]
      : [d.getDate(), d.getMonth(), d.getFullYear()]
    const date = `${shape.day ? `${day} ` : ''}${names[month]} ${year}`
    return shape.time ? msg(str`${date} at ${clock(d)}`) : date
  }
}

/** "14:05", here. */
export const clock = (d: Date) =>
  `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`
