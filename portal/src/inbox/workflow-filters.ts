import { msg } from '@lit/localize'
import { html } from 'lit'
import { queryValue } from '../shared/list-page.ts'
import { WORKFLOW_MESSAGES as M, type AssignableMember, type InboxState } from './workflow-types.ts'

const STATES = Object.keys(M.states) as InboxState[]

/** The inbox's workflow filters: assignee (me, nobody, a member), state, overdue only. */
export function workflowFilters(query: URLSearchParams, assignees: AssignableMember[]) {
  const assignee = queryValue(query, 'assignee')
  const state = queryValue(query, 'state')
  return html`<div class="form-group">
      <label for="assignee">${M.assignLabel}</label>
      <select id="assignee" name="assignee">
        <option value="">${msg('Anyone or nobody')}</option>
        <option value="me" ?selected=${assignee === 'me'}>${msg('Me')}</option>
        <option value="none" ?selected=${assignee === 'none'}>${M.nobody}</option>
        ${assignees.map((m) => html`<option value=${m.id} ?selected=${assignee === m.id}>${m.name}</option>`)}
      </select>
    </div>
    <div class="form-group">
      <label for="state">${msg('State')}</label>
      <select id="state" name="state">
        <option value="">${msg('Any state')}</option>
        ${STATES.map((s) => html`<option value=${s} ?selected=${state === s}>${M.states[s]}</option>`)}
      </select>
    </div>
    <div class="choices form-group">
      <div class="choice">
        <input
          id="overdue"
          name="overdue"
          type="checkbox"
          value="true"
          ?checked=${queryValue(query, 'overdue') === 'true'}
        />
        <label for="overdue">${msg('Overdue only')}</label>
      </div>
    </div>`
}

/** A list item's workflow line: state, overdue, unread, assignee and due time. */
export function workflowTags(story: {
  state: InboxState
  overdue: boolean
  unread: boolean
  assignee: { name: string } | null
}) {
  return html`<ul class="tag-list" aria-label=${msg('Workflow')}>
    ${story.unread ? html`<li class="tag blue"><strong>${M.unread}</strong></li>` : ''}
    ${story.overdue ? html`<li class="tag red">${M.overdue}</li>` : ''}
    <li class="tag ${M.stateTags[story.state]}">${M.states[story.state]}</li>
    <li class="tag">${M.assignLabel}: ${story.assignee?.name ?? M.nobody}</li>
  </ul>`
}
