import type { Sql } from '../db.ts'
import {
  listManualSubscriptions,
  listSubscriptions,
  type ManualSubscription,
  type MirrorSubscription,
} from './queries.ts'

/** Days of full use after a payment first fails (or an invoice passes its due date). */
export const GRACE_DAYS = 14
const DAY_MS = 86_400_000

/**
 * Why a subscriber has the access it has. `full`: members read, respond and receive alerts.
 * Anything else is read-only: members can still read; published stories and widgets stay public.
 */
export const ACCESS_REASONS = {
  active: 'full',
  trialing: 'full',
  invoice_terms: 'full',
  grace: 'full',
  manual: 'full',
  none: 'read_only',
  grace_over: 'read_only',
  canceled: 'read_only',
  incomplete: 'read_only',
  paused: 'read_only',
  manual_ended: 'read_only',
} as const
export type AccessReason = keyof typeof ACCESS_REASONS
export type AccessLevel = (typeof ACCESS_REASONS)[AccessReason]

export interface Entitlement {
  level: AccessLevel
  reason: AccessReason
  /** Full use lasts until then at least (period end, trial end, end of grace); null when unknown. */
  until: Date | null
  /** The Stripe subscription or manual subscription the decision rests on. */
  source: { kind: 'stripe'; id: string } | { kind: 'manual'; id: string } | null
}

const entitlement = (
  reason: AccessReason,
  until: Date | null,
  source: Entitlement['source'],
): Entitlement => ({
  level: ACCESS_REASONS[reason],
  reason,
  until,
  source,
})

const plusDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY_MS)

/** What one Stripe subscription, as mirrored, allows at `now`. */
export function subscriptionEntitlement(s: MirrorSubscription, now: Date): Entitlement {
  const source = { kind: 'stripe', id: s.stripeSubscriptionId } as const
  switch (s.status) {
    case 'trialing':
      return entitlement('trialing', s.trialEnd ?? s.currentPeriodEnd, source)
    case 'active': {
      // Invoice billing starts at issue; an invoice left unpaid past its terms gets the same grace
      // as a failed card payment, whether or not Stripe is set to mark the subscription past due.
      const due = s.latestInvoiceStatus === 'open' ? s.latestInvoiceDueDate : null
      if (s.collectionMethod === 'send_invoice' && due) {
        if (now <= due) return entitlement('invoice_terms', due, source)
        const end = plusDays(due, GRACE_DAYS)
        return now < end ? entitlement('grace', end, source) : entitlement('grace_over', end, source)
      }
      return entitlement('active', s.currentPeriodEnd, source)
    }
    case 'past_due': {
      const since = s.pastDueSince ?? s.latestInvoiceDueDate ?? now
      const end = plusDays(since, GRACE_DAYS)
      return now < end ? entitlement('grace', end, source) : entitlement('grace_over', end, source)
    }
    case 'unpaid':
      return entitlement('grace_over', null, source)
    case 'paused':
      return entitlement('paused', null, source)
    case 'incomplete':
    case 'incomplete_expired':
      return entitlement('incomplete', null, source)
    default:
      return entitlement('canceled', s.endedAt, source)
  }
}

/**
 * Decides a subscriber's access from its mirrored Stripe subscriptions and the subscriptions a
 * platform admin recorded. Any source of full use wins (the one lasting longest); otherwise the
 * most recent subscription explains why access is read-only.
 */
export function decideEntitlement(
  subscriptions: MirrorSubscription[],
  manual: ManualSubscription[],
  now: Date,
): Entitlement {
  const candidates: Entitlement[] = subscriptions.map((s) => subscriptionEntitlement(s, now))
  for (const m of manual) {
    const live = !m.endedAt && m.periodEnd > now
    candidates.push(
      entitlement(live ? 'manual' : 'manual_ended', m.endedAt ?? m.periodEnd, { kind: 'manual', id: m.id }),
    )
  }
  const full = candidates.filter((c) => c.level === 'full')
  if (full.length) {
    return full.reduce((best, c) =>
      (c.until?.getTime() ?? Infinity) > (best.until?.getTime() ?? Infinity) ? c : best,
    )
  }
  // Stripe subscriptions are listed newest first; a recorded one counts when nothing else is there.
  return candidates[0] ?? entitlement('none', null, null)
}

export async function getEntitlement(sql: Sql, subscriberId: string, now = new Date()): Promise<Entitlement> {
  const [subscriptions, manual] = await Promise.all([
    listSubscriptions(sql, subscriberId),
    listManualSubscriptions(sql, subscriberId),
  ])
  return decideEntitlement(subscriptions, manual, now)
}

/** Whether the subscriber's members may respond and receive alerts now. */
export async function hasFullAccess(sql: Sql, subscriberId: string, now = new Date()): Promise<boolean> {
  return (await getEntitlement(sql, subscriberId, now)).level === 'full'
}
