import { msg, str } from '@lit/localize'
import { css, html, LitElement, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { CRITICALITY_LABELS, formatDateTime, statusLabel } from '../shared/format.ts'
import { shared } from '../shared/styles/shared.ts'
import type { Activity, AuditEvent } from './types.ts'

const ACTORS: Record<string, string> = {
  get author() {
    return msg('the author')
  },
  get responder() {
    return msg('the responder')
  },
  get system() {
    return msg('Heard (automatic)')
  },
  get moderator() {
    return msg('a moderator')
  },
}

const ACTIONS: Record<string, string> = {
  get claim() {
    return msg('Claimed')
  },
  get release() {
    return msg('Released')
  },
  get edit() {
    return msg('Edited the text')
  },
  get services() {
    return msg('Changed the services')
  },
  get criticality() {
    return msg('Set the criticality')
  },
  get tags() {
    return msg('Changed the tags')
  },
  get escalate() {
    return msg('Escalated as a safeguarding concern')
  },
  get publish() {
    return msg('Published')
  },
  get reject() {
    return msg('Rejected')
  },
  get hold() {
    return msg('Held')
  },
}

type Entry = { what: string; who: string; reason: string | null; at: string }

const who = (name: string | null, type?: string) => name ?? (type && ACTORS[type]) ?? type ?? msg('someone')

function activityText(a: Activity) {
  const to = a.detail.to
  if (a.action === 'criticality' && typeof to === 'number') {
    return msg(str`Set the criticality to ${to} ${CRITICALITY_LABELS[to] ?? ''}`).trim()
  }
  return ACTIONS[a.action] ?? a.action
}

/** Status changes and other actions in one timeline, oldest first; repeated claims show once. */
export function timeline(events: AuditEvent[], activity: Activity[] = []): Entry[] {
  const entries: Entry[] = [
    ...events.map((e) => ({
      what:
        e.toStatus === 'edited'
          ? msg('Edited the text')
          : `${e.fromStatus && e.fromStatus !== e.toStatus ? `${statusLabel(e.fromStatus)} → ` : ''}${statusLabel(e.toStatus)}`,
      who: who(e.actorName, e.actorType),
      reason: e.reason,
      at: e.createdAt,
    })),
    ...activity.map((a) => ({
      what: activityText(a),
      who: who(a.actorName),
      reason: a.reason,
      at: a.createdAt,
    })),
  ].sort((a, b) => a.at.localeCompare(b.at))
  // A claim renewed while the moderator works is one claim to a reader of the history.
  return entries.filter(
    (e, i) => !(e.what === 'Claimed' && entries[i - 1]?.what === 'Claimed' && entries[i - 1].who === e.who),
  )
}

/** `<heard-audit-trail>`: what happened to an item — who, when and why — oldest first. */
export class HeardAuditTrail extends LitElement {
  static override styles = [
    ...shared,
    css`
      ol {
        list-style: none;
        margin: 0;
        padding: 0;
        border-left: 3px solid #d8dde0;
      }
      li {
        position: relative;
        padding: 0 0 1rem 1.25rem;
      }
      li::before {
        content: '';
        position: absolute;
        left: -0.5625rem;
        top: 0.375rem;
        width: 0.75rem;
        height: 0.75rem;
        border-radius: 50%;
        background: #005eb8;
        border: 2px solid #fff;
      }
      .what {
        font-weight: 600;
      }
      .reason {
        margin: 0.25rem 0 0;
        white-space: pre-wrap;
      }
    `,
  ]
  @property({ attribute: false }) events: AuditEvent[] = []
  @property({ attribute: false }) activity: Activity[] = []

  override render() {
    const entries = timeline(this.events, this.activity)
    if (entries.length === 0) return html`<p class="secondary">${msg('Nothing has happened yet.')}</p>`
    return html`<ol>
      ${entries.map(
        (e) =>
          html`<li>
            <span class="what">${e.what}</span>
            <span class="secondary small"> ${msg(str`by ${e.who}, ${formatDateTime(e.at)}`)}</span>
            ${e.reason ? html`<p class="reason">${e.reason}</p>` : nothing}
          </li>`,
      )}
    </ol>`
  }
}

if (!customElements.get('heard-audit-trail')) customElements.define('heard-audit-trail', HeardAuditTrail)

declare global {
  interface HTMLElementTagNameMap {
    'heard-audit-trail': HeardAuditTrail
  }
}
