import { defineMessages, type Lang } from '../i18n/index.ts'
import type { OutboxMail } from '../mail/outbox.ts'

export const authMailMessages = defineMessages(
  {
    resetSubject: 'Reset your Heard password',
    resetText: (link: string) => `Hello,

Someone asked to reset the password for your Heard account. If it was you, choose a new password here:

${link}

The link works once, for one hour. If you did not ask for this, you can ignore this email: your password has not changed.

Heard
`,
  },
  {
    resetSubject: 'Ailosod eich cyfrinair Heard',
    resetText: (link: string) => `Helo,

Mae rhywun wedi gofyn am ailosod y cyfrinair ar gyfer eich cyfrif Heard. Os mai chi oedd hynny, dewiswch gyfrinair newydd yma:

${link}

Mae’r ddolen yn gweithio unwaith, am awr. Os na wnaethoch chi ofyn am hyn, gallwch anwybyddu’r e-bost hwn: nid yw eich cyfrinair wedi newid.

Heard
`,
  },
)

/** In the account's language; the link opens the portal in it too. */
export function passwordResetEmail(to: string, link: string, lang: Lang = 'en'): OutboxMail {
  const t = authMailMessages[lang]
  return { template: 'password_reset', to, subject: t.resetSubject, text: t.resetText(link) }
}
