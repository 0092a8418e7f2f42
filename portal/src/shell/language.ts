import { api } from '../shared/api.ts'
import { currentLang, useLanguage, type Lang } from '../shared/locale.ts'
import { session } from '../shared/session.ts'

/** The language the switch offers: always the other one, named in itself. */
export const otherLang = (): { lang: Lang; label: string } =>
  currentLang() === 'cy' ? { lang: 'en', label: 'English' } : { lang: 'cy', label: 'Cymraeg' }

/**
 * Switches the portal's language. A signed-in user's choice is saved with their account (so
 * their emails follow it too) before the portal changes; signed out, it is kept in this browser.
 */
export async function switchLanguage(lang: Lang): Promise<void> {
  const user = session.user
  if (user) {
    await api.put('/api/portal/session/language', { lang })
    user.lang = lang
  }
  await useLanguage(lang)
}

/** The account's language wins once the session is known. True when the language changed. */
export async function followAccountLanguage(): Promise<boolean> {
  const lang = session.user?.lang
  if (!lang || lang === currentLang()) return false
  await useLanguage(lang)
  return true
}
