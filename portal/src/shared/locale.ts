import { configureLocalization } from '@lit/localize'
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
