import { defineMessages } from '../i18n/index.ts'

/** The words every public form shares: its error summary, inline errors, counts and honeypot. */
export const formMessages = defineMessages(
  {
    problem: 'There is a problem',
    errorPrefix: 'Error:',
    count: 'You can use up to # characters.',
    honeypot: 'Leave this field empty',
  },
  {
    problem: 'Mae problem',
    errorPrefix: 'Gwall:',
    count: 'Gallwch ddefnyddio hyd at # nod.',
    honeypot: 'Gadewch y maes hwn yn wag',
  },
)
