/**
 * The shapes of the platform admin area (`portal/API.md`, "Platform admin" and the admin rows of
 * "Billing"). Types only, from the server's zod schemas where it exports them, as in `types.ts`.
 */
import type { z } from '@hono/zod-openapi'
import type { ManualSubscriptionView } from '../../../server/src/billing/schemas.ts'
import type { SubscriberSummary as SubscriberSummarySchema } from '../../../server/src/subscribers/schemas.ts'
import type { Coverage, Invitation, Member } from '../organisation/types.ts'

export type SubscriberSummary = z.infer<typeof SubscriberSummarySchema>
export type SubscriberList = { subscribers: SubscriberSummary[]; nextCursor: string | null }
export type SubscriberDetail = {
  id: string
  name: string
  coverage: Coverage
  /** What it may cover; its admins choose coverage within it. */
  entitlement: Coverage
  members: Member[]
  invitations: Invitation[]
}
export type CreatedSubscriber = {
  id: string
  name: string
  coverage: Coverage
  admin: { outcome: 'member' | 'invited' }
}
export type ManualSubscription = z.infer<typeof ManualSubscriptionView>

export type RowError = { line: number; message: string }
/** What checking or importing a directory file says (`DirectoryImportPlan`). */
export type ImportPlan =
  | { ok: true; created: number; updated: number; total: number }
  | { ok: false; errors: RowError[]; errorCount: number }
