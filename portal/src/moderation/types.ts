/** The shapes of the moderation area (`portal/API.md`, "Moderation"). Types only, from the server's zod schemas, as in `shared/types.ts`. */
import type { z } from '@hono/zod-openapi'
import type {
  Activity as ActivitySchema,
  AuditEvent as AuditEventSchema,
  Claim as ClaimSchema,
  Flag as FlagSchema,
  Queue as QueueSchema,
  QueueItem as QueueItemSchema,
  RejectReason as RejectReasonSchema,
  StoryDecision as StoryDecisionSchema,
  StoryPatch as StoryPatchSchema,
  TextItem,
  WorkbenchStory as WorkbenchStorySchema,
} from '../../../server/src/moderation/schemas.ts'

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
