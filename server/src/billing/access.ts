import type { Sql } from '../db.ts'
import { hasFullAccess } from './entitlements.ts'

/**
 * Whether a subscriber's members may act — write responses and receive alerts — rather than only
 * read. Every such check goes through here, so that billing decides it in one place: full use
 * while the subscription is active, trialing, on invoice terms, in its grace period or recorded
 * by hand (billing/entitlements.ts). Reading never depends on it.
 */
export async function subscriberMayAct(sql: Sql, subscriberId: string): Promise<boolean> {
  return hasFullAccess(sql, subscriberId)
}
