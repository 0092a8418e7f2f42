import { z } from '@hono/zod-openapi'

export const INBOX_STATES = ['new', 'assigned', 'responded', 'no_response_needed'] as const
export type InboxState = (typeof INBOX_STATES)[number]

export const Assignee = z.object({ id: z.uuid(), name: z.string() }).openapi('InboxAssignee')

export const Workflow = z
  .object({
    state: z.enum(INBOX_STATES),
    assignee: Assignee.nullable(),
    noResponseReason: z.string().nullable().openapi({ description: 'Why no response is needed' }),
    dueAt: z.iso.datetime().openapi({ description: 'Published + the subscriber’s working days to respond' }),
    overdue: z.boolean().openapi({ description: 'Not answered (new or assigned) and past its due time' }),
  })
  .openapi('InboxWorkflow')
export type Workflow = z.infer<typeof Workflow>

export const AssignmentInput = z
  .object({
    userId: z.uuid({ message: 'must be a member id' }).nullable().openapi({
      description: 'A responder or admin of this organisation (yourself to take it); null: nobody',
    }),
  })
  .strict()
  .openapi('AssignmentInput')

export const StateInput = z
  .discriminatedUnion('state', [
    z
      .object({
        state: z.literal('no_response_needed'),
        reason: z.string().trim().min(1, 'Say why no response is needed').max(500, 'At most 500 characters'),
      })
      .strict(),
    z.object({ state: z.literal('open') }).strict(),
  ])
  .openapi('InboxStateInput', {
    description: '`no_response_needed` with a reason, or `open` to take it back into the workflow',
  })
export type StateInput = z.infer<typeof StateInput>

export const NoteInput = z
  .object({ body: z.string().trim().min(1, 'Write a note').max(5000, 'At most 5,000 characters') })
  .strict()
  .openapi('NoteInput')

export const Note = z
  .object({
    id: z.uuid(),
    body: z.string(),
    authorName: z.string().openapi({ description: '“Former member” once their account is gone' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('InboxNote')
export type Note = z.infer<typeof Note>

export const Notes = z.object({ notes: z.array(Note) })

export const AssignableMembers = z
  .object({
    members: z.array(z.object({ id: z.uuid(), name: z.string(), role: z.enum(['admin', 'responder']) })),
  })
  .openapi('AssignableMembers')

export const RoutingRuleInput = z
  .object({
    serviceId: z
      .uuid({ message: 'must be a service id' })
      .openapi({ description: 'Within coverage; its subtree too' }),
    userId: z.uuid({ message: 'must be a member id' }).openapi({ description: 'A responder or admin' }),
  })
  .strict()
  .openapi('RoutingRuleInput')

export const RoutingRule = z
  .object({
    id: z.uuid(),
    service: z.object({ id: z.uuid(), name: z.string(), path: z.string() }),
    assignee: Assignee,
    createdAt: z.iso.datetime(),
  })
  .openapi('RoutingRule')
export type RoutingRule = z.infer<typeof RoutingRule>

export const RoutingRules = z.object({ rules: z.array(RoutingRule) })

export const InboxSettings = z
  .object({
    responseDays: z
      .number()
      .int()
      .min(1, 'At least 1 working day')
      .max(30, 'At most 30 working days')
      .openapi({
        description: 'Working days (Monday–Friday) after publication within which a story should be answered',
      }),
  })
  .strict()
  .openapi('InboxSettings')
export type InboxSettings = z.infer<typeof InboxSettings>

export const RuleParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})
