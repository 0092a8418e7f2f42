/**
 * The shapes of the subscriber areas (`portal/API.md`, "Subscribers and members", coverage, widgets, API keys). Types
 * only, from the server's zod schemas, as in `shared/types.ts`.
 */
import type { z } from '@hono/zod-openapi'
import type { ApiKeyView, CreatedApiKey } from '../../../server/src/api-keys/schemas.ts'
import type {
  InvitationPreview as InvitationPreviewSchema,
  InvitationView,
  MemberList as MemberListSchema,
  MemberView,
} from '../../../server/src/members/schemas.ts'
import type { CoverageChange as CoverageChangeSchema } from '../../../server/src/subscribers/schemas.ts'
import type { Coverage as CoverageSchema } from '../../../server/src/tenancy/schemas.ts'
import type { WidgetView } from '../../../server/src/widgets/schemas.ts'

export type Coverage = z.infer<typeof CoverageSchema>
export type CoverageChange = z.infer<typeof CoverageChangeSchema>
export type Member = z.infer<typeof MemberView>
export type Invitation = z.infer<typeof InvitationView>
export type MemberList = z.infer<typeof MemberListSchema>
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>
export type Widget = z.infer<typeof WidgetView>
export type ApiKey = z.infer<typeof ApiKeyView>
export type NewApiKeyAnswer = z.infer<typeof CreatedApiKey>
