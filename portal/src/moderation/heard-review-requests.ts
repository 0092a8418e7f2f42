import { msg, str } from '@lit/localize'
import { Task } from '@lit/task'
import { css, html, LitElement, nothing } from 'lit'
import { api } from '../shared/api.ts'
import { formatDateTime } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import { workbenchHref } from './moderation.ts'
import { PROVIDER_MESSAGES } from './heard-provider-review.ts'

interface RequestItem {
  reviewId: string
  storyId: string
  title: string
  providerName: string
  reason: keyof typeof PROVIDER_MESSAGES.reasons
  details: string | null
  answeredAt: string
}

/**
 * `<heard-review-requests>`: above the queue, the stories whose private provider asked for a
 * review, waiting for a senior moderator. Shows nothing when there are none.
 */
export class HeardReviewRequests extends LitElement {
  static override styles = [
    ...shared,
    css`
      section {
        border-left: 6px solid #ffb81c;
        background: #fff8e6;
        padding: 0.75rem 1.25rem;
        margin: 0 0 1.5rem;
      }
      ul {
        padding-left: 1.25rem;
      }
    `,
  ]
  private readonly requests = new Task(this, {
    task: (_args, { signal }) =>
      api.get<{ items: RequestItem[] }>('/api/portal/moderation/review-requests', { signal }),
    args: () => [] as const,
  })

  override render() {
    const items = this.requests.value?.items ?? []
    if (!items.length) return nothing
    return html`<section aria-labelledby="review-requests-title">
      <h2 id="review-requests-title">${msg(str`Providers’ review requests (${items.length})`)}</h2>
      <p>${msg('Only a senior moderator decides these: publish, edit then publish, or restrict.')}</p>
      <ul>
        ${items.map(
          (r) =>
            html`<li>
              <a href=${workbenchHref('story', r.storyId)}>${r.title}</a> — ${r.providerName}:
              ${PROVIDER_MESSAGES.reasons[r.reason]}
              <span class="secondary">(${msg(str`asked ${formatDateTime(r.answeredAt)}`)})</span>
            </li>`,
        )}
      </ul>
    </section>`
  }
}

if (!customElements.get('heard-review-requests'))
  customElements.define('heard-review-requests', HeardReviewRequests)

declare global {
  interface HTMLElementTagNameMap {
    'heard-review-requests': HeardReviewRequests
  }
}
