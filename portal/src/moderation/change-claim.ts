import { msg, str } from '@lit/localize'
import { html, nothing } from 'lit'
import type { ModerationText } from './types.ts'

const WORDS = {
  get planned() {
    return msg('Change planned')
  },
  get made() {
    return msg('Change made')
  },

  get summary() {
    return msg('What the public will read')
  },
}

/** The change a response claims, with the summary and month that are published with it. */
export function changeClaimRows(item: ModerationText) {
  const marker = item.change?.status ?? item.changeMarker
  if (!marker) return nothing
  const expectedBy = item.change?.expectedBy
  return html`<dt>${msg('Change')}</dt>
    <dd>
      ${
        expectedBy
          ? msg(
              str`${WORDS[marker]} (expected by ${expectedBy}): responses that claim a change are always checked`,
            )
          : msg(str`${WORDS[marker]}: responses that claim a change are always checked`)
      }
    </dd>
    ${
      item.change
        ? html`<dt>${WORDS.summary}</dt>
            <dd class="change-summary">${item.change.summary}</dd>`
        : nothing
    }`
}
