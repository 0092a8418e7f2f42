import type { Lang } from '../i18n/index.ts'
import type { OutboxMail } from '../mail/outbox.ts'
import { providerMailMessages } from './messages.ts'
import { PROVIDER_WAIT_HOURS } from './schemas.ts'

/**
 * The provider's email: only the link and the services, never the story's text. In `lang`: the
 * member's own, or the story's for a contact email on the directory; a Welsh link opens the page in Welsh.
 */
export function providerReviewEmail(
  to: string,
  m: { providerName: string; services: string[]; url: string },
  lang: Lang = 'en',
): OutboxMail {
  const t = providerMailMessages[lang]
  const url = lang === 'cy' ? `${m.url}?lang=cy` : m.url
  return {
    template: 'provider_review',
    to,
    subject: t.subject(m.providerName, PROVIDER_WAIT_HOURS).slice(0, 200),
    text: t.text(m.providerName, m.services.join(', '), PROVIDER_WAIT_HOURS, url),
  }
}
