import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import {
  formatDateTime,
  formatTime,
  KIND_LABELS,
  routeLabel,
  ruleLabel,
  waitingInWords,
} from '../shared/format.ts'
import { session } from '../shared/session.ts'
import { heldByOther, workbenchHref } from './moderation.ts'
import type { QueueItem } from './types.ts'
import { queueMarkers } from './queue-compact.ts'
import { serviceName } from '../shared/locale.ts'

export const queueItemStyles = css`
  ol.items {
    list-style: none;
    margin: 0 0 1.5rem;
    padding: 0;
  }
  .item {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.75rem 1.5rem;
    background: #fff;
    border: 1px solid #d8dde0;
    border-left: 6px solid #005eb8;
    padding: 1rem 1.25rem;
    margin-bottom: 0.75rem;
  }
  .item-main {
    flex: 1 1 24rem;
    min-width: 0;
  }
  .item.urgent {
    border-left-color: #d5281b;
  }
  .item.claimed {
    border-left-color: #aeb7bd;
  }
  .item-head {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-bottom: 0.5rem;
  }
  .waiting {
    font-weight: 600;
  }
  .item h3 {
    margin-bottom: 0.25rem;
  }
  .excerpt {
    margin-bottom: 0.5rem;
  }
  .item-meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0 0 0.5rem;
    padding: 0;
    list-style: none;
    color: #4c6272;
    font-size: 0.9375rem;
  }
  .item-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1.25rem;
    align-items: center;
  }
  .item-actions .button {
    margin: 0;
  }
  .item-message {
    flex-basis: 100%;
    margin: 0;
    color: #8a1a12;
    font-weight: 600;
  }
`

/** One item waiting in the queue: what it is, how long it has waited, who holds it, its flags. */
export function queueItem(item: QueueItem, message: string | undefined, claimAndOpen: () => void) {
  const userId = session.user?.id
  const other = heldByOther(item.claim, userId)
  const mine = item.claim !== null && item.claim.moderatorId === userId && !other
  const flags = Object.entries(item.flagCounts).filter(([, n]) => (n ?? 0) > 0)
  const urgent = item.escalated || (item.flagCounts['safeguarding'] ?? 0) > 0
  return html`<li class="item ${other ? 'claimed' : ''} ${urgent ? 'urgent' : ''}">
    <div class="item-main">
      <div class="item-head">
        <span class="tag blue">${KIND_LABELS[item.kind].one}</span>
        ${queueMarkers(item)}
        <span class="waiting"
          ><time datetime=${item.submittedAt} title=${formatDateTime(item.submittedAt)}
            >${waitingInWords(item.waitingSeconds)}</time
          ></span
        >
        ${
          other && item.claim
            ? html`<span class="tag yellow"
                >${msg(str`Claimed by ${item.claim.moderatorName} until ${formatTime(item.claim.expiresAt)}`)}</span
              >`
            : mine
              ? html`<span class="tag green">${msg('Claimed by you')}</span>`
              : nothing
        }
      </div>
      <h3><a href=${workbenchHref(item.kind, item.id)}>${item.title || msg('Untitled')}</a></h3>
      <p class="excerpt">${item.excerpt}</p>
      <ul class="item-meta">
        <li>
          <span class="visually-hidden">${msg('Services:')} </span
          >${item.services.map((s) => serviceName(s)).join(', ') || msg('No service')}
        </li>
        <li><span class="visually-hidden">${msg('Came in by:')} </span>${routeLabel(item.route)}</li>
      </ul>
      ${
        flags.length
          ? html`<ul class="tag-list" aria-label=${msg('Flags')}>
              ${flags.map(([rule, n]) => html`<li class="tag yellow">${ruleLabel(rule)}: ${n}</li>`)}
            </ul>`
          : html`<p class="small secondary">${msg('No pre-check flags')}</p>`
      }
    </div>
    <div class="item-actions">
      <button
        class="button small"
        type="button"
        aria-label="${mine ? msg('Continue') : msg('Claim and open')}: ${item.title}"
        ?disabled=${other}
        @click=${claimAndOpen}
      >
        ${mine ? msg('Continue') : msg('Claim and open')}
      </button>
    </div>
    ${message ? html`<p class="item-message" role="alert">${message}</p>` : nothing}
  </li>`
}
