/**
 * The shapes the portal exchanges with the server (`portal/API.md`). Types only: they come from the
 * server's zod schemas, so a change there that the portal does not follow fails the type check,
 * and no server code (nor zod) reaches the bundle. The constant lists are the portal's own copies.
 */
import type { z } from '@hono/zod-openapi'
import type { SessionInfo } from '../../server/src/auth/schemas.ts'
import type {
  Activity as ActivitySchema,
  AuditEvent as AuditEventSchema,
  Claim as ClaimSchema,
  Flag as FlagSchema,
  ModerationTag,
  Queue as QueueSchema,
  QueueItem as QueueItemSchema,
  RejectReason as RejectReasonSchema,
  StoryDecision as StoryDecisionSchema,
  StoryPatch as StoryPatchSchema,
  TextItem,
  WorkbenchStory as WorkbenchStorySchema,
} from '../../server/src/moderation/schemas.ts'
import type { PrecheckRule } from '../../server/src/precheck/types.ts'
import type { ServiceSummary as ServiceSummarySchema } from '../../server/src/services/schemas.ts'
import type { Membership as MembershipSchema, User as UserSchema } from '../../server/src/users/schemas.ts'

export type User = z.infer<typeof UserSchema>
export type Membership = z.infer<typeof MembershipSchema>
export type MemberRole = Membership['role']
export type PlatformRole = NonNullable<User['platformRole']>
export type Session = z.infer<typeof SessionInfo>

export type Claim = z.infer<typeof ClaimSchema>
export type QueueItem = z.infer<typeof QueueItemSchema>
export type Queue = z.infer<typeof QueueSchema>
export type Flag = z.infer<typeof FlagSchema>
export type AuditEvent = z.infer<typeof AuditEventSchema>
export type Activity = z.infer<typeof ActivitySchema>
export type WorkbenchStory = z.infer<typeof WorkbenchStorySchema>
export type Redaction = WorkbenchStory['redactions'][number]
export type StoryStatus = WorkbenchStory['status']
export type StoryPatch = z.input<typeof StoryPatchSchema>
export type StoryDecision = z.infer<typeof StoryDecisionSchema>['decision']
export type ModerationText = z.infer<typeof TextItem>
export type RejectReason = z.infer<typeof RejectReasonSchema>
export type Tag = z.infer<typeof ModerationTag>
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>

export const ITEM_KINDS = ['story', 'response', 'reply'] as const satisfies readonly QueueItem['kind'][]
export type ItemKind = (typeof ITEM_KINDS)[number]

export const ROUTES = ['widget', 'site', 'api', 'assisted'] as const satisfies readonly QueueItem['route'][]
export type StoryRoute = (typeof ROUTES)[number]

/** In the order moderators meet them most: identifying details first. */
export const FLAG_RULES = [
  'person_name',
  'email',
  'phone',
  'nhs_number',
  'postcode',
  'date',
  'url',
  'all_caps',
  'profanity',
  'safeguarding',
  'complaint',
] as const satisfies readonly PrecheckRule[]
export type FlagRule = PrecheckRule

export const TAG_GROUPS = ['good', 'improve', 'feelings'] as const satisfies readonly Tag['group'][]
export type TagGroup = (typeof TAG_GROUPS)[number]

export const POLARITIES = ['positive', 'negative', 'neutral'] as const satisfies readonly Tag['polarity'][]
export type Polarity = (typeof POLARITIES)[number]
