import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { inInbox } from './queries.ts'
import { StoryParam } from './schemas.ts'
import {
  addNote,
  assignStory,
  getWorkflow,
  listAssignableMembers,
  listNotes,
  requireAssignable,
  setStoryState,
} from './workflow-queries.ts'
import {
  AssignableMembers,
  AssignmentInput,
  Note,
  NoteInput,
  Notes,
  StateInput,
  Workflow,
} from './workflow-schemas.ts'

const tags = ['Portal: inbox']
const story = '/api/portal/subscribers/{subscriberId}/stories/{storyId}'
const WorkflowAnswer = z.object({ workflow: Workflow })
const sameNotFound = 'A story that does not exist and one outside coverage get the same 404.'

const assignment = createRoute({
  method: 'put',
  path: `${story}/assignment`,
  tags,
  summary: 'Give the story to a responder or admin, take it (your own id), or give it to nobody',
  description: `Responders and admins. The member given it is emailed. ${sameNotFound}`,
  request: { params: StoryParam, body: jsonRequest(AssignmentInput) },
  responses: { 200: jsonAnswer('Assigned', WorkflowAnswer), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const state = createRoute({
  method: 'put',
  path: `${story}/state`,
  tags,
  summary: 'Mark the story as needing no response (with a reason), or open it again',
  description: `Responders and admins. A published response of yours later moves it to \`responded\`. ${sameNotFound}`,
  request: { params: StoryParam, body: jsonRequest(StateInput) },
  responses: { 200: jsonAnswer('Saved', WorkflowAnswer), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const notesList = createRoute({
  method: 'get',
  path: `${story}/notes`,
  tags,
  summary: 'Internal notes on the story: private to your organisation’s members, oldest first',
  description: sameNotFound,
  request: { params: StoryParam },
  responses: { 200: jsonAnswer('Notes', Notes), ...errorResponses(401, 403, 404, 422) },
})

const noteCreate = createRoute({
  method: 'post',
  path: `${story}/notes`,
  tags,
  summary: 'Add an internal note (responders and admins): never public, never sent to the author',
  description: `Notes cannot be edited or deleted: they are part of the story’s audit trail. ${sameNotFound}`,
  request: { params: StoryParam, body: jsonRequest(NoteInput) },
  responses: { 201: jsonAnswer('Added', Note), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const assignees = createRoute({
  method: 'get',
  path: '/api/portal/subscribers/{subscriberId}/inbox/assignees',
  tags,
  summary: 'Who may be given stories: responders and admins who are not frozen',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Members', AssignableMembers), ...errorResponses(401, 403, 404, 422) },
})

/** The inbox workflow of one story: assignment, state and internal notes. */
export function inboxWorkflowRoutes({ sql }: Deps) {
  const guard = createMemberGuard({ sql })
  const viewer = guard('viewer')
  const responder = guard('responder')

  async function requireInInbox(subscriberId: string, storyId: string) {
    if (!(await inInbox(sql, subscriberId, storyId))) throw notFound('That story')
  }
  const workflowOf = async (subscriberId: string, storyId: string) => ({
    workflow: (await getWorkflow(sql, subscriberId, storyId))!,
  })

  return createRouter()
    .openapi({ ...assignment, middleware: [...responder, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { storyId } = c.req.valid('param')
      const { userId } = c.req.valid('json')
      await requireInInbox(member.subscriberId, storyId)
      if (userId) await requireAssignable(sql, member.subscriberId, userId, 'userId')
      if (!(await sql.begin((tx) => assignStory(tx, member, storyId, userId)))) throw notFound('That story')
      log.info('inbox_assigned', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        storyId,
      })
      return c.json(await workflowOf(member.subscriberId, storyId), 200)
    })
    .openapi({ ...state, middleware: [...responder, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { storyId } = c.req.valid('param')
      await requireInInbox(member.subscriberId, storyId)
      const input = c.req.valid('json')
      if (!(await sql.begin((tx) => setStoryState(tx, member, storyId, input)))) throw notFound('That story')
      log.info('inbox_state_set', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        storyId,
      })
      return c.json(await workflowOf(member.subscriberId, storyId), 200)
    })
    .openapi({ ...notesList, middleware: viewer }, async (c) => {
      const member = currentMember(c)
      const { storyId } = c.req.valid('param')
      await requireInInbox(member.subscriberId, storyId)
      c.header('Cache-Control', 'no-store')
      return c.json({ notes: await listNotes(sql, member.subscriberId, storyId) }, 200)
    })
    .openapi({ ...noteCreate, middleware: [...responder, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { storyId } = c.req.valid('param')
      await requireInInbox(member.subscriberId, storyId)
      const note = await sql.begin((tx) => addNote(tx, member, storyId, c.req.valid('json').body))
      log.info('inbox_note_added', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        storyId,
      })
      return c.json(note, 201)
    })
    .openapi({ ...assignees, middleware: viewer }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ members: await listAssignableMembers(sql, currentMember(c).subscriberId) }, 200)
    })
}
