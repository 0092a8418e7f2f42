import { html } from 'hono/html'
import { paragraphs, type Html } from '../html/layout.ts'
import type { FollowedStory } from './queries.ts'

/** What the follow page says while a private provider reads the story, and after a restriction. */
export const PROVIDER_WAIT_MESSAGES = {
  awaiting: [
    'Your story has been checked and is ready to publish.',
    'The service is run by a private provider, so they can read it first, for up to 72 hours. They may ask our senior moderators to look at it again, but only for set reasons, such as a detail that could identify someone — never because the story is critical. If they do not answer, your story is published automatically.',
  ],
  restricted:
    'After the provider asked for a review, a senior moderator restricted your story. Anyone can see that it exists and why it was restricted, but not what you wrote. The provider and public bodies that oversee care, such as the regulator, can still read it in full.',
  restrictedReason: 'The moderator wrote:',
} as const

export function providerWaitSays(story: Pick<FollowedStory, 'statusReason'>): {
  awaiting_provider: Html
  restricted: Html
} {
  const m = PROVIDER_WAIT_MESSAGES
  return {
    awaiting_provider: html`${m.awaiting.map((p) => html`<p>${p}</p>`)}`,
    restricted: html`<p>${m.restricted}</p>
      ${
        story.statusReason
          ? html`<p>${m.restrictedReason}</p>
              ${paragraphs(story.statusReason)}`
          : ''
      }`,
  }
}
