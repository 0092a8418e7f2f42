import type { OutboxMail } from '../mail/outbox.ts'

export function passwordResetEmail(to: string, link: string): OutboxMail {
  return {
    template: 'password_reset',
    to,
    subject: 'Reset your Heard password',
    text: `Hello,

Someone asked to reset the password for your Heard account. If it was you, choose a new password here:

${link}

The link works once, for one hour. If you did not ask for this, you can ignore this email: your password has not changed.

Heard
`,
  }
}
