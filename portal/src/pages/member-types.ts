/**
 * The shapes of the subscriber areas (`portal/API.md`, "Subscribers and members" onwards). Types
 * only, from the server's zod schemas, as in `types.ts`.
 */
import type { z } from '@hono/zod-openapi'
import type { AlertPreferences as AlertPreferencesSchema } from '../../../server/src/alerts/schemas.ts'
import type { ApiKeyView, CreatedApiKey } from '../../../server/src/api-keys/schemas.ts'
import type {
  BillingPage as BillingPageSchema,
  QuantityPreview as QuantityPreviewSchema,
} from '../../../server/src/billing/schemas.ts'
import type { Dashboard as DashboardSchema } from '../../../server/src/dashboards/schemas.ts'
import type {
  Inbox as InboxSchema,
  InboxStory as InboxStorySchema,
  MemberResponse as MemberResponseSchema,
  MemberStory as MemberStorySchema,
} from '../../../server/src/inbox/schemas.ts'
import type {
  InvitationPreview as InvitationPreviewSchema,
  InvitationView,
  MemberList as MemberListSchema,
  MemberView,
} from '../../../server/src/members/schemas.ts'
import type { ResponseSaved as ResponseSavedSchema } from '../../../server/src/responses/schemas.ts'
import type {
  CoverageChange as CoverageChangeSchema,
  MembershipInfo as MembershipInfoSchema,
  MySubscriber as MySubscriberSchema,
} from '../../../server/src/subscribers/schemas.ts'
import type { Coverage as CoverageSchema } from '../../../server/src/tenancy/schemas.ts'
import type { WidgetView } from '../../../server/src/widgets/schemas.ts'

export type MySubscriber = z.infer<typeof MySubscriberSchema>
export type Coverage = z.infer<typeof CoverageSchema>
export type CoverageChange = z.infer<typeof CoverageChangeSchema>
export type Inbox = z.infer<typeof InboxSchema>
export type InboxStory = z.infer<typeof InboxStorySchema>
export type MemberStory = z.infer<typeof MemberStorySchema>
export type MemberResponse = z.infer<typeof MemberResponseSchema>
export type ResponseSaved = z.infer<typeof ResponseSavedSchema>
export type Member = z.infer<typeof MemberView>
export type Invitation = z.infer<typeof InvitationView>
export type MemberList = z.infer<typeof MemberListSchema>
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>
export type Widget = z.infer<typeof WidgetView>
export type Dashboard = z.infer<typeof DashboardSchema>
export type ApiKey = z.infer<typeof ApiKeyView>
export type NewApiKeyAnswer = z.infer<typeof CreatedApiKey>
export type AlertPreferences = z.infer<typeof AlertPreferencesSchema>
/** One organisation of the user's, frozen ones included (the organisation switcher). */
export type MembershipInfo = z.infer<typeof MembershipInfoSchema>

export type BillingPage = z.infer<typeof BillingPageSchema>
export type QuantityPreview = z.infer<typeof QuantityPreviewSchema>

/** 1234 pence, 'gbp' → '£12.34'. */
export function money(amount: number, currency: string | null) {
  return new Intl.NumberFormat('en-GB', {
    style: 'currency',
    currency: (currency ?? 'gbp').toUpperCase(),
  }).format(amount / 100)
}

export const CHANGE_MARKER_LABELS = { planned: 'Change planned', made: 'Change made' } as const
export const ROLE_LABELS = { admin: 'Admin', responder: 'Responder', viewer: 'Viewer' } as const
export const ROLE_HINTS = {
  admin: 'Reads stories, responds, and manages members, coverage, widgets, API keys and billing',
  responder: 'Reads stories and writes public responses',
  viewer: 'Reads stories and dashboards',
} as const
