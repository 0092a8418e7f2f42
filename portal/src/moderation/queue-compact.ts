import { msg, str } from '@lit/localize'
import { css, html, nothing } from 'lit'
import { formatDateTime, KIND_LABELS, plural, waitingInWords } from '../shared/format.ts'
import { session } from '../shared/session.ts'
import { heldByOther, workbenchHref } from './moderation.ts'
import type { QueueItem } from './types.ts'

/** What the queue says about an item's urgency, each read in the portal's language (getters). */
export const QUEUE_MARKERS = {
  get escalated() {
    return msg('Escalated')
  },
  get safeguarding() {
    return msg('Safeguarding flag')
  },
  get overdue() {
    return msg('Over 2 working days')
  },
  get compact() {
    return msg('Compact view')
  },
  get detailed() {
    return msg('Detailed view')
  },
  get order() {
    return msg('escalations and safeguarding first, then the longest waiting')
  },
}

/** The red and orange marks an item carries: open escalation, safeguarding flag, overdue. */
export function queueMarkers(item: QueueItem) {
  return html`${item.escalated ? html`<span class="tag red">${QUEUE_MARKERS.escalated}</span>` : nothing}
  ${
    !item.escalated && (item.flagCounts['safeguarding'] ?? 0) > 0
      ? html`<span class="tag red">${QUEUE_MARKERS.safeguarding}</span>`
      : nothing
  }
  ${item.overdue ? html`<span class="tag yellow">${QUEUE_MARKERS.overdue}</span>` : nothing}`
}

export const compactStyles = css`
  ol.compact {
    list-style: none;
    margin: 0 0 1rem;
    padding: 0;
    border-top: 1px solid #d8dde0;
  }
  .row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto auto;
    gap: 0 0.75rem;
    align-items: center;
    margin: 0;
    padding: 0.125rem 0.5rem;
    border-bottom: 1px solid #d8dde0;
    background: #fff;
    font-size: 0.875rem;
    line-height: 1.25rem;
  }
  .row > * {
    margin: 0;
  }
  .row .title {
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .row .tag {
    margin: 0 0.25rem 0 0;
    padding: 0 0.25rem;
    font-size: 0.75rem;
    line-height: 1rem;
  }
  .row .meta {
    color: #4c6272;
    white-space: nowrap;
  }
  .row button {
    padding: 0;
    line-height: inherit;
    min-height: 0;
  }
`

const meta = (item: QueueItem, other: boolean) => {
  const claimed = other && item.claim ? ` · ${msg(str`claimed by ${item.claim.moderatorName}`)}` : ''
  return html`${KIND_LABELS[item.kind].one} ·
    <time datetime=${item.submittedAt} title=${formatDateTime(item.submittedAt)}
      >${waitingInWords(item.waitingSeconds)}</time
    >
    · ${plural(item.flagCount, msg('flag'), msg('flags'))}${claimed}`
}

/** One queue item on one line: marks, title, kind, wait and flags, and the claim action. */
export function compactRow(item: QueueItem, message: string | undefined, claimAndOpen: () => void) {
  const other = heldByOther(item.claim, session.user?.id)
  const mine = item.claim !== null && item.claim.moderatorId === session.user?.id && !other
  return html`<li class="row">
    <span class="title"
      >${queueMarkers(item)}<a href=${workbenchHref(item.kind, item.id)}
        >${item.title || msg('Untitled')}</a
      ></span
    >
    <span class="meta">${meta(item, other)}</span>
    <button
      class="link-button"
      type="button"
      aria-label="${mine ? msg('Continue') : msg('Claim and open')}: ${item.title}"
      ?disabled=${other}
      @click=${claimAndOpen}
    >
      ${mine ? msg('Continue') : msg('Claim')}
    </button>
    ${message ? html`<p class="item-message" role="alert">${message}</p>` : nothing}
  </li>`
}
