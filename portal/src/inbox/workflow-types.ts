/** The inbox workflow's shapes (`portal/API.md`, "Inbox"). Types only, from the server's zod schemas. */
import { msg } from '@lit/localize'
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

/** What members read, in one place; getters, so each is read in the portal's language. */
export const WORKFLOW_MESSAGES = {
  states: {
    get new() {
      return msg('New')
    },
    get assigned() {
      return msg('Assigned')
    },
    get responded() {
      return msg('Responded')
    },
    get no_response_needed() {
      return msg('No response needed')
    },
  } satisfies Record<InboxState, string>,
  stateTags: { new: 'blue', assigned: 'yellow', responded: 'green', no_response_needed: '' } satisfies Record<
    InboxState,
    string
  >,
  get overdue() {
    return msg('Overdue')
  },
  get unread() {
    return msg('Unread')
  },
  get nobody() {
    return msg('Nobody')
  },
  get due() {
    return msg('Due')
  },
  get workflowTitle() {
    return msg('Who answers it')
  },
  get assignLabel() {
    return msg('Assigned to')
  },
  get assignButton() {
    return msg('Assign')
  },
  get takeButton() {
    return msg('Take it')
  },
  get noResponseTitle() {
    return msg('No response needed?')
  },
  get reasonLabel() {
    return msg('Why no response is needed')
  },
  get reasonHint() {
    return msg('For example: answered by another organisation. Only your organisation’s members see this.')
  },
  get noResponseButton() {
    return msg('Mark as no response needed')
  },
  get reopenButton() {
    return msg('Open it again')
  },
  get notesTitle() {
    return msg('Internal notes')
  },
  get notesHint() {
    return msg('Private to your organisation’s members: never public, never sent to the author.')
  },
  get noteLabel() {
    return msg('Add a note')
  },
  get noteButton() {
    return msg('Add note')
  },
  get noNotes() {
    return msg('No notes yet.')
  },
  get saved() {
    return msg('Saved.')
  },
}
