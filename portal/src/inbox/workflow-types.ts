/** The inbox workflow's shapes (`portal/API.md`, "Inbox"). Types only, from the server's zod schemas. */
import type { z } from '@hono/zod-openapi'
import type {
  AssignableMembers as AssignableMembersSchema,
  Note as NoteSchema,
  RoutingRule as RoutingRuleSchema,
  Workflow as WorkflowSchema,
} from '../../../server/src/inbox/workflow-schemas.ts'

export type Workflow = z.infer<typeof WorkflowSchema>
export type Note = z.infer<typeof NoteSchema>
export type RoutingRule = z.infer<typeof RoutingRuleSchema>
export type AssignableMember = z.infer<typeof AssignableMembersSchema>['members'][number]
export type InboxState = Workflow['state']

/** What members read, in one place (so that Welsh can be added beside it). */
export const WORKFLOW_MESSAGES = {
  states: {
    new: 'New',
    assigned: 'Assigned',
    responded: 'Responded',
    no_response_needed: 'No response needed',
  } satisfies Record<InboxState, string>,
  stateTags: { new: 'blue', assigned: 'yellow', responded: 'green', no_response_needed: '' } satisfies Record<
    InboxState,
    string
  >,
  overdue: 'Overdue',
  unread: 'Unread',
  nobody: 'Nobody',
  due: 'Due',
  workflowTitle: 'Who answers it',
  assignLabel: 'Assigned to',
  assignButton: 'Assign',
  takeButton: 'Take it',
  noResponseTitle: 'No response needed?',
  reasonLabel: 'Why no response is needed',
  reasonHint: 'For example: answered by another organisation. Only your organisation’s members see this.',
  noResponseButton: 'Mark as no response needed',
  reopenButton: 'Open it again',
  notesTitle: 'Internal notes',
  notesHint: 'Private to your organisation’s members: never public, never sent to the author.',
  noteLabel: 'Add a note',
  noteButton: 'Add note',
  noNotes: 'No notes yet.',
  saved: 'Saved.',
} as const
