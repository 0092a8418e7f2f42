import { msg } from '@lit/localize'
import { html } from 'lit'

/** Strings of a public-interest body's view of a story (getters: read in the portal's language). */
export const PUBLIC_INTEREST_MESSAGES = {
  get noResponse() {
    return msg(
      'Your organisation is a public-interest body: it reads stories, sets alerts and sees dashboards, but does not respond. Responses come from the providers themselves.',
    )
  },
}

/** Shown instead of the response form to members of a public-interest body. */
export const publicInterestNote = () =>
  html`<p class="secondary" id="public-interest-note">${PUBLIC_INTEREST_MESSAGES.noResponse}</p>`
