import type { OutboxMail } from '../mail/outbox.ts'
import { PROVIDER_WAIT_HOURS } from './schemas.ts'

/** The provider's email: only the link and the services, never the story's text. */
export function providerReviewEmail(
  to: string,
  m: { providerName: string; services: string[]; url: string },
): OutboxMail {
  return {
    template: 'provider_review',
    to,
    subject:
      `A story about ${m.providerName} will be published on Heard in ${PROVIDER_WAIT_HOURS} hours`.slice(
        0,
        200,
      ),
    text: `A story about ${m.providerName} (${m.services.join(', ')}) has been checked by Heard's moderators and is ready to publish.

Because ${m.providerName} is privately owned, you can read it first and either let it go ahead or ask a senior moderator to review it. If you do not answer within ${PROVIDER_WAIT_HOURS} hours, it will be published.

A review can be asked for only for these reasons: the story is about another provider, it could identify someone, or a legal concern (or another reason you explain). A story is never withheld for being critical. Every request is recorded.

Read the story and answer here (the link works once and expires when the story is published):
${m.url}

This link is private to your organisation. Please do not share it.

Heard
`,
  }
}
