import { z } from '@hono/zod-openapi'
import { NamedServicePath } from '../services/schemas.ts'
import { AUTHOR_ROLES } from '../stories/schemas.ts'
import { CursorQuery } from '../stories/cursor.ts'
import { ResponseChange } from '../stories/response-change.ts'
import { Assignee, INBOX_STATES, Workflow } from './workflow-schemas.ts'

/** Counts are exact up to this many stories; beyond it they say "at least". */
export const COUNT_LIMIT = 10_000
/** With a text search, whose every match must be read to be counted, counts stop sooner. */
export const TEXT_COUNT_LIMIT = 1_000

/** `a,b c` → `['a', 'b', 'c']`, without repeats. */
const csvItems = z
  .string()
  .max(2000)
  .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])

const day = z.iso.date({ message: 'must be a date like 2026-01-31' })

export const InboxFilters = z.object({
  serviceId: z
    .uuid({ message: 'must be a service id' })
    .optional()
    .openapi({ description: 'Only stories about this service or its subtree (within coverage)' }),
  criticality: csvItems
    .transform((items) => items.map(Number))
    .pipe(z.array(z.number().int('must be 0–5').min(0, 'must be 0–5').max(5, 'must be 0–5')).max(6))
    .optional()
    .openapi({ description: 'Comma-separated levels 0–5, e.g. `3,4,5`', type: 'string' }),
  tags: csvItems
    .pipe(z.array(z.string().regex(/^[a-z0-9-]{2,40}$/, 'must be tag slugs')).max(10, 'at most 10 tags'))
    .optional()
    .openapi({ description: 'Comma-separated tag slugs; a story must have all of them', type: 'string' }),
  responded: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({ description: 'Whether the story has a published response', type: 'string' }),
  from: day.optional().openapi({ description: 'Published on or after this day (UTC)' }),
  to: day.optional().openapi({ description: 'Published on or before this day (UTC)' }),
  q: z.string().trim().max(200).optional().openapi({
    description: 'Text search in the published title and body (web search syntax: "quoted phrase", -not)',
  }),
  assignee: z
    .union([z.enum(['me', 'none']), z.uuid()], { message: 'must be me, none or a member id' })
    .optional()
    .openapi({ description: '`me`, `none` (nobody) or a member’s id', type: 'string' }),
  state: z
    .enum(INBOX_STATES, { message: `must be one of ${INBOX_STATES.join(', ')}` })
    .optional()
    .openapi({ description: 'The story’s state in this inbox' }),
  overdue: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional()
    .openapi({
      description: 'Only stories past their due time and not answered (or, false, the others)',
      type: 'string',
    }),
})
export type InboxFilters = z.infer<typeof InboxFilters>

export const InboxQuery = InboxFilters.extend({
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: CursorQuery(),
})
export type InboxQuery = z.infer<typeof InboxQuery>

const TagRef = z.object({ slug: z.string(), label: z.string(), labelCy: z.string() })
export const StoryTags = z.object({
  good: z.array(TagRef),
  improve: z.array(TagRef),
  feelings: z.array(TagRef),
})
export type StoryTags = z.infer<typeof StoryTags>

export const InboxStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    publishedAt: z.iso.datetime(),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    services: z.array(z.object({ id: z.uuid(), name: z.string(), nameCy: z.string().nullable() })),
    criticality: z.number().int().min(0).max(5).nullable(),
    tags: StoryTags,
    responseCount: z.number().int().openapi({ description: 'Published responses, from anyone' }),
    ourResponses: z
      .object({ published: z.number().int(), pending: z.number().int() })
      .openapi({ description: 'This organisation’s responses: published, and waiting for moderation' }),
    url: z.url().openapi({ description: 'The public page' }),
    state: z.enum(INBOX_STATES),
    assignee: Assignee.nullable(),
    dueAt: z.iso.datetime().openapi({ description: 'Published + the working days to respond' }),
    overdue: z.boolean().openapi({ description: 'New or assigned, and past its due time' }),
    unread: z.boolean().openapi({ description: 'You have not opened it yet' }),
  })
  .openapi('InboxStory')
export type InboxStory = z.infer<typeof InboxStory>

export const Inbox = z
  .object({
    stories: z.array(InboxStory),
    counts: z
      .object({
        total: z.number().int(),
        unresponded: z.number().int(),
        overdue: z.number().int(),
        exact: z
          .boolean()
          .openapi({ description: `False: at least this many (counting stops at ${COUNT_LIMIT})` }),
      })
      .openapi({
        description: 'Stories matching the filters, and how many of them have no published response',
      }),
    nextCursor: z.string().nullable(),
  })
  .openapi('Inbox')

export const MemberReply = z.object({ id: z.uuid(), body: z.string(), publishedAt: z.iso.datetime() })

export const MemberResponse = z
  .object({
    id: z.uuid(),
    status: z.enum(['pending', 'published', 'rejected', 'withdrawn']),
    ours: z.boolean().openapi({ description: 'Written for this organisation' }),
    body: z.string(),
    responderTitle: z.string(),
    organisationName: z.string(),
    changeMarker: z.enum(['planned', 'made']).nullable(),
    change: ResponseChange.nullable().openapi({ description: 'The published change, as the public sees it' }),
    pendingChange: z
      .object({ status: z.enum(['planned', 'made']), summary: z.string(), expectedBy: z.string().nullable() })
      .nullable()
      .openapi({ description: 'Ours only: a change claim waiting for a moderator' }),
    mayClaimChange: z.boolean().openapi({
      description: 'You may say a change is planned or made (its writer or an admin), at any time',
    }),
    writtenBy: z.string().nullable().openapi({ description: 'Ours only: the member who wrote it' }),
    onBehalfOf: z.string().nullable().openapi({ description: 'Ours only: the colleague it was written for' }),
    statusReason: z.string().nullable().openapi({ description: 'Ours only: why moderation rejected it' }),
    createdAt: z.iso.datetime(),
    publishedAt: z.iso.datetime().nullable(),
    editableUntil: z.iso.datetime().nullable().openapi({
      description: 'Ours and published: 30 minutes after publishing',
    }),
    editable: z.boolean().openapi({
      description:
        'You may edit it now: its writer or an admin, while it waits for moderation or within 30 minutes of publishing',
    }),
    replies: z.array(MemberReply).openapi({ description: 'The author’s published replies' }),
  })
  .openapi('MemberResponse')
export type MemberResponse = z.infer<typeof MemberResponse>

export const MemberStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    publishedAt: z.iso.datetime(),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    services: z.array(NamedServicePath),
    lang: z.enum(['en', 'cy']).openapi({ description: 'The language the story was told in' }),
    criticality: z.number().int().min(0).max(5).nullable(),
    tags: StoryTags,
    responses: z.array(MemberResponse),
    workflow: Workflow.openapi({ description: 'This organisation’s state, assignee and due time' }),
    url: z.url(),
  })
  .openapi('MemberStory')
export type MemberStory = z.infer<typeof MemberStory>

export const StoryParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  storyId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'storyId', in: 'path' } }),
})
