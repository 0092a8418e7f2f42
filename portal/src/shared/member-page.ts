import { msg } from '@lit/localize'
import { html, nothing } from 'lit'
import { property } from 'lit/decorators.js'
import { api } from './api.ts'
import { href } from './router.ts'
import { session } from './session.ts'
import type { MemberRole, Membership, ServiceSummary, User } from './types.ts'
import type { MySubscriber } from './types.ts'
import { PageElement } from './page.ts'

const STORAGE_KEY = 'heard-subscriber'
/** The same choice, for browsers that refuse storage (private browsing). */
let remembered: string | null = null

function storedId(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY) ?? remembered
  } catch {
    return remembered
  }
}

/** Fires `change` when the organisation the pages work for changes (the shell's switcher follows). */
export const subscriberChanges = new EventTarget()

/** Remembers which organisation a member of several last worked for. */
export function rememberSubscriber(id: string) {
  const changed = id !== storedId()
  remembered = id
  try {
    localStorage.setItem(STORAGE_KEY, id)
  } catch {
    // Private browsing without storage: kept for this visit only.
  }
  if (changed) subscriberChanges.dispatchEvent(new Event('change'))
}

/**
 * The membership a subscriber page works for: `preferred` (from the URL), else the one last used,
 * else the first one — each only when it has one of `roles` (any role when none are given).
 */
export function chooseMembership(user: User | null, roles: MemberRole[] = [], preferred?: string | null) {
  const fits = (user?.memberships ?? []).filter((m) => roles.length === 0 || roles.includes(m.role))
  return (
    fits.find((m) => m.subscriberId === preferred) ??
    fits.find((m) => m.subscriberId === storedId()) ??
    fits[0]
  )
}

/**
 * What every subscriber page shares: the membership it works for (`roles` say which will do) and
 * the subscriber's own record (`mayAct`, coverage), loaded once the page connects.
 */
export abstract class MemberPageElement extends PageElement {
  /** The roles that may use the page; a member of several organisations works for one with such a role. */
  protected roles: MemberRole[] = []
  /** An organisation named by the URL (`/subscribers/:subscriberId/…`). */
  @property({ attribute: false }) subscriberId?: string
  protected membership?: Membership
  protected subscriber?: MySubscriber

  protected get base() {
    return `/api/portal/subscribers/${encodeURIComponent(this.membership?.subscriberId ?? '')}`
  }

  protected async loadSubscriber(signal?: AbortSignal): Promise<MySubscriber | undefined> {
    this.membership = chooseMembership(session.user, this.roles, this.subscriberId)
    if (!this.membership) return undefined
    rememberSubscriber(this.membership.subscriberId)
    if (this.subscriber?.id !== this.membership.subscriberId) {
      this.subscriber = await api.get<MySubscriber>(this.base, { signal })
    }
    return this.subscriber
  }

  /** While billing allows reading only, says so on the page; admins get a link to Billing. */
  protected renderReadOnlyNotice() {
    if (this.subscriber?.mayAct !== false) return nothing
    return html`<div class="warning-callout" id="read-only-notice">
      <p>
        ${msg(
          html`<strong>Read-only:</strong> your organisation’s subscription allows reading stories only, so no
            one can respond and alert emails are paused. Published stories and your widgets stay public.`,
        )}
        ${
          this.membership?.role === 'admin'
            ? html`<a href=${href(`/subscribers/${encodeURIComponent(this.subscriber.id)}/billing`)}
                >${msg('See billing and what to do')}</a
              >`
            : msg('Ask one of your organisation’s Heard admins to look at billing.')
        }
      </p>
    </div>`
  }
}

/** Every service within the organisation's coverage, in tree order (for choosing among them). */
export async function coveredServices(
  subscriber: MySubscriber,
  signal?: AbortSignal,
): Promise<ServiceSummary[]> {
  const lists = await Promise.all(
    subscriber.coverage.nodes.map(async (node) => {
      const within = await api.get<{ services: ServiceSummary[] }>('/api/v1/services', {
        query: { within: node.id, limit: 500 },
        signal,
      })
      const self: ServiceSummary = {
        id: node.id,
        name: node.name,
        nameCy: node.nameCy,
        kind: node.kind,
        depth: 0,
        path: node.path,
        pathCy: node.pathCy,
      }
      return [self, ...within.services.filter((s) => s.id !== node.id)]
    }),
  )
  return lists.flat()
}
