import { html, nothing } from 'lit'
import { CHANGE_TEXT as T, changeHeading } from './change-words.ts'
import './heard-change-form.ts'
import type { MemberResponse } from './types.ts'

/**
 * A response's change on the member's story page: the published change with its dates, a claim
 * waiting for a moderator, and (for its writer or an admin) the form to record a change or mark a
 * planned one made, at any time.
 */
export function responseChange(r: MemberResponse, base: string, onSaved: () => void) {
  const published = r.change
  const pending = r.pendingChange
  const onlyMade = published?.status === 'planned'
  const offer = r.mayClaimChange && published?.status !== 'made' && !pending
  return html`${
    published
      ? html`<p class="change-note">
          <strong>${changeHeading(published)}</strong
          >${published.summary ? html`: ${published.summary}` : nothing}
        </p>`
      : nothing
  }
  ${
    pending
      ? html`<p class="change-note">
          <span class="tag yellow">${T.waiting}</span>
          <strong>${changeHeading({ ...pending, madeAt: null })}</strong>: ${pending.summary}
        </p>`
      : nothing
  }
  ${
    offer
      ? html`<details class="change-details">
          <summary>${onlyMade ? T.markMadeTitle : T.recordTitle}</summary>
          <heard-change-form
            idPrefix="change-${r.id}"
            .action=${`${base}/responses/${r.id}/change`}
            ?onlyMade=${onlyMade}
            @heard-change-saved=${onSaved}
          ></heard-change-form>
        </details>`
      : nothing
  }`
}
