import { html, nothing } from 'lit'
import type { ModerationText } from './types.ts'

const WORDS = {
  planned: 'Change planned',
  made: 'Change made',
  expected: 'expected by',
  checked: 'responses that claim a change are always checked',
  summary: 'What the public will read',
} as const

/** The change a response claims, with the summary and month that are published with it. */
export function changeClaimRows(item: ModerationText) {
  const marker = item.change?.status ?? item.changeMarker
  if (!marker) return nothing
  const expected = item.change?.expectedBy ? ` (${WORDS.expected} ${item.change.expectedBy})` : ''
  return html`<dt>Change</dt>
    <dd>${WORDS[marker]}${expected}: ${WORDS.checked}</dd>
    ${
      item.change
        ? html`<dt>${WORDS.summary}</dt>
            <dd class="change-summary">${item.change.summary}</dd>`
        : nothing
    }`
}
