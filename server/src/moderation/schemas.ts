import { z } from '@hono/zod-openapi'
import { CursorQuery } from '../stories/cursor.ts'
import { PRECHECK_RULES } from '../precheck/index.ts'
import { NamedServicePath } from '../services/schemas.ts'
import {
  AGE_GROUPS,
  AUTHOR_ROLES,
  BODY_MAX,
  ROUTES,
  STORY_STATUSES,
  TAG_GROUPS,
  TITLE_MAX,
} from '../stories/schemas.ts'

export const ITEM_KINDS = ['story', 'response', 'reply'] as const
export type ItemKind = (typeof ITEM_KINDS)[number]
/** The path segment of each kind: `/moderation/stories/:id`, `/responses/:id`, `/replies/:id`. */
export const COLLECTIONS = { story: 'stories', response: 'responses', reply: 'replies' } as const

/** A claim lasts this long; claiming again renews it. */
export const CLAIM_MINUTES = 15
export const HOLD_MAX_DAYS = 90

export const Claim = z
  .object({ moderatorId: z.uuid(), moderatorName: z.string(), expiresAt: z.iso.datetime() })
  .openapi('ModerationClaim')
export type Claim = z.infer<typeof Claim>

export const QueueQuery = z.object({
  kind: z.enum(ITEM_KINDS).optional(),
  rule: z.enum(PRECHECK_RULES).optional(),
  serviceId: z.uuid({ message: 'must be a service id' }).optional(),
  route: z.enum(ROUTES).optional(),
  q: z.string().trim().max(100).optional().openapi({ description: 'Words in the title or text' }),
  criticality: z.coerce.number().int().min(0).max(5).optional(),
  flagged: z
    .enum(['yes', 'no'])
    .optional()
    .openapi({ description: 'Only items with (yes) or without (no) pre-check flags' }),
  minWaitHours: z.coerce
    .number()
    .min(0)
    .max(24 * 365)
    .optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: CursorQuery(300),
})
export type QueueQuery = z.infer<typeof QueueQuery>

const ServiceLink = z.object({ id: z.uuid(), name: z.string() })

export const QueueItem = z
  .object({
    kind: z.enum(ITEM_KINDS),
    id: z.uuid(),
    storyId: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    submittedAt: z.iso.datetime(),
    waitingSeconds: z.number().int(),
    route: z.enum(ROUTES),
    services: z.array(ServiceLink),
    flagCount: z.number().int(),
    flagCounts: z.record(z.string(), z.number().int()),
    criticality: z.number().int().min(0).max(5).nullable(),
    escalated: z.boolean().openapi({ description: 'An open safeguarding escalation' }),
    overdue: z.boolean().openapi({ description: 'Waiting more than 2 working days' }),
    claim: Claim.nullable(),
  })
  .openapi('QueueItem')
export type QueueItem = z.infer<typeof QueueItem>

export const Queue = z
  .object({
    items: z.array(QueueItem),
    counts: z
      .object({ story: z.number().int(), response: z.number().int(), reply: z.number().int() })
      .openapi({ description: 'Everything waiting, by kind, whatever the filters' }),
    nextCursor: z.string().nullable(),
  })
  .openapi('Queue')

export const Flag = z.object({
  rule: z.enum(PRECHECK_RULES),
  field: z.enum(['title', 'body']),
  start: z.number().int(),
  end: z.number().int(),
  message: z.string(),
})

export const AuditEvent = z.object({
  fromStatus: z.string().nullable(),
  toStatus: z.string(),
  actorType: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  createdAt: z.iso.datetime(),
})

export const Activity = z.object({
  action: z.string(),
  actorName: z.string().nullable(),
  reason: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
  createdAt: z.iso.datetime(),
})

const TagSlugs = z.object({
  good: z.array(z.string()),
  improve: z.array(z.string()),
  feelings: z.array(z.string()),
})

export const WorkbenchStory = z
  .object({
    id: z.uuid(),
    status: z.enum(STORY_STATUSES),
    title: z.string(),
    body: z.string(),
    originalTitle: z.string(),
    originalBody: z.string(),
    flags: z.array(Flag),
    redactions: z.array(
      z.object({
        id: z.string(),
        field: z.enum(['title', 'body']),
        before: z.string(),
        after: z.string(),
        reason: z.string(),
        moderatorName: z.string().nullable(),
        createdAt: z.iso.datetime(),
      }),
    ),
    services: z.array(NamedServicePath),
    criticality: z.number().int().min(0).max(5).nullable(),
    tags: TagSlugs,
    authorRole: z.enum(AUTHOR_ROLES),
    ageGroup: z.enum(AGE_GROUPS).nullable(),
    nickname: z.string(),
    route: z.enum(ROUTES),
    lang: z.enum(['en', 'cy']).openapi({ description: 'The language the story was told in' }),
    hasEmail: z.boolean(),
    submittedAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    heldUntil: z.iso.datetime().nullable(),
    escalated: z.boolean(),
    escalation: z
      .object({
        reason: z.string().nullable(),
        createdAt: z.iso.datetime(),
        notified: z.number().int(),
        outcome: z.enum(['referred', 'no_action', 'contacted_author']).nullable(),
        outcomeNote: z.string().nullable(),
        outcomeAt: z.iso.datetime().nullable(),
      })
      .nullable()
      .openapi({ description: 'The latest safeguarding escalation, open (outcome null) or closed' }),
    events: z.array(AuditEvent),
    activity: z
      .array(Activity)
      .openapi({ description: 'Claims, edits and other actions that are not status changes' }),
    claim: Claim.nullable(),
  })
  .openapi('WorkbenchStory')
export type WorkbenchStory = z.infer<typeof WorkbenchStory>

const Reason = z
  .string()
  .trim()
  .min(1, 'Enter a reason')
  .max(2000, 'The reason must be 2,000 characters or fewer')

export const StoryPatch = z
  .object({
    title: z
      .string()
      .trim()
      .min(1, 'Enter a title')
      .max(TITLE_MAX, `Title must be ${TITLE_MAX} characters or fewer`)
      .optional(),
    body: z
      .string()
      .trim()
      .min(1, 'Enter the story')
      .max(BODY_MAX, `Story must be ${BODY_MAX} characters or fewer`)
      .optional(),
    reason: Reason.optional(),
    serviceIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .min(1, 'Choose at least one service')
      .max(5)
      .optional(),
    criticality: z.number().int().min(0).max(5).optional(),
    removed: z
      .array(z.enum(PRECHECK_RULES))
      .max(50)
      .optional()
      .openapi({ description: 'The kinds of detail this edit removed, told to the author in plain words' }),
    tags: z
      .object({
        good: z.array(z.string().max(40)).max(12).default([]),
        improve: z.array(z.string().max(40)).max(12).default([]),
        feelings: z.array(z.string().max(40)).max(12).default([]),
      })
      .optional(),
  })
  .openapi('WorkbenchStoryPatch')
export type StoryPatch = z.infer<typeof StoryPatch>

export const StoryDecision = z
  .object({
    decision: z.enum(['publish', 'reject', 'hold', 'escalate']),
    reason: Reason.optional(),
    heldUntil: z.iso.datetime({ offset: true, message: 'must be a date and time' }).optional(),
  })
  .openapi('StoryDecision')
export type StoryDecision = z.infer<typeof StoryDecision>

export const TextItem = z
  .object({
    id: z.uuid(),
    kind: z.enum(['response', 'reply']),
    status: z.string(),
    body: z.string(),
    originalBody: z.string(),
    flags: z.array(Flag.omit({ field: true })),
    story: z.object({ id: z.uuid(), title: z.string() }),
    responderTitle: z.string().nullable().optional(),
    organisationName: z.string().nullable().optional(),
    changeMarker: z.enum(['planned', 'made']).nullable().optional(),
    change: z
      .object({ status: z.enum(['planned', 'made']), summary: z.string(), expectedBy: z.string().nullable() })
      .nullable()
      .optional()
      .openapi({
        description: 'A response: the change claim waiting with it, published or rejected with it',
      }),
    claim: Claim.nullable(),
    events: z.array(AuditEvent),
  })
  .openapi('ModerationText')
export type TextItem = z.infer<typeof TextItem>

export const TextPatch = z
  .object({ body: z.string().trim().min(1, 'Enter the text').max(5000), reason: Reason })
  .openapi('ModerationTextPatch')

export const TextDecision = z
  .object({ decision: z.enum(['publish', 'reject']), reason: Reason.optional() })
  .openapi('ModerationTextDecision')

export const RejectReason = z
  .object({
    id: z.uuid(),
    label: z.string(),
    text: z.string(),
    position: z.number().int(),
    retired: z.boolean(),
  })
  .openapi('RejectReason')

const ReasonLabel = z
  .string()
  .trim()
  .min(1, 'Enter a label')
  .max(80, 'The label must be 80 characters or fewer')
const ReasonText = z
  .string()
  .trim()
  .min(1, 'Enter the text the author is sent')
  .max(2000, 'The text must be 2,000 characters or fewer')

export const RejectReasonCreate = z
  .object({ label: ReasonLabel, text: ReasonText })
  .openapi('RejectReasonCreate')

export const RejectReasonPatch = z
  .object({
    label: ReasonLabel.optional(),
    text: ReasonText.optional(),
    position: z.number().int().min(0).max(1000).optional(),
    retired: z.boolean().optional(),
  })
  .openapi('RejectReasonPatch')

export const ModerationTag = z
  .object({
    slug: z.string(),
    group: z.enum(TAG_GROUPS),
    label: z.string(),
    labelCy: z.string(),
    polarity: z.enum(['positive', 'negative', 'neutral']),
    retired: z.boolean(),
  })
  .openapi('ModerationTag')
export type ModerationTag = z.infer<typeof ModerationTag>

export const TagCreate = z
  .object({
    slug: z.string().regex(/^[a-z0-9-]{2,40}$/, 'must be 2–40 lower-case letters, digits or hyphens'),
    group: z.enum(TAG_GROUPS),
    label: z.string().trim().min(1).max(60),
    labelCy: z.string().trim().min(1).max(60),
    polarity: z.enum(['positive', 'negative', 'neutral']),
  })
  .openapi('TagCreate')

export const TagPatch = z
  .object({
    label: z.string().trim().min(1).max(60).optional(),
    labelCy: z.string().trim().min(1).max(60).optional(),
    polarity: z.enum(['positive', 'negative', 'neutral']).optional(),
    retired: z.boolean().optional(),
  })
  .openapi('TagPatch')
