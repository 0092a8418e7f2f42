import { createRoute } from '@hono/zod-openapi'
import { subscriberMayAct } from '../billing/access.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { inInbox } from '../inbox/queries.ts'
import { StoryParam } from '../inbox/schemas.ts'
import { getMemberStory } from '../inbox/story.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember, type Member } from '../tenancy/membership.ts'
import { editResponse, insertResponse } from './queries.ts'
import { NewResponse, ResponseParam, ResponsePatch, ResponseSaved } from './schemas.ts'

const tags = ['Portal: responses']

const create = createRoute({
  method: 'post',
  path: '/api/portal/subscribers/{subscriberId}/stories/{storyId}/responses',
  tags,
  summary: 'Respond publicly to a story within coverage (responders and admins)',
  description:
    'Published at once for a responder whose last ten responses were published without a moderator’s ' +
    'edit, when it claims no change and trips no pre-check; otherwise it waits for a moderator. ' +
    'A story outside coverage gets the same 404 as one that does not exist.',
  request: { params: StoryParam, body: jsonRequest(NewResponse) },
  responses: {
    201: jsonAnswer('Saved', ResponseSaved),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

const edit = createRoute({
  method: 'patch',
  path: '/api/portal/subscribers/{subscriberId}/responses/{responseId}',
  tags,
  summary: 'Edit a response: while it waits for moderation, or within 30 minutes of publishing',
  description:
    'Its writer or an admin. An edit that would not be published at once (e.g. it now claims a change) ' +
    'takes the response back to moderation. 409 after the 30 minutes, or while a moderator reads it.',
  request: { params: ResponseParam, body: jsonRequest(ResponsePatch) },
  responses: {
    200: jsonAnswer('Saved', ResponseSaved),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

/** Responders and admins answer stories within their coverage. */
export function responseRoutes({ sql, config, feedCache }: Deps) {
  const responder = createMemberGuard({ sql })('responder')

  async function requireMayAct(member: Member) {
    if (!(await subscriberMayAct(sql, member.subscriberId))) {
      throw new AppError(
        'forbidden',
        `${member.subscriberName}’s subscription allows reading only, so responses cannot be written now. An admin can renew it on the billing page.`,
      )
    }
  }

  async function saved(member: Member, storyId: string, responseId: string, published: boolean) {
    const story = await getMemberStory(sql, member, storyId)
    const response = story?.responses.find((r) => r.id === responseId)
    if (!response) throw notFound('That response')
    return { response, published }
  }

  return createRouter()
    .openapi({ ...create, middleware: [...responder, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { storyId } = c.req.valid('param')
      const input = c.req.valid('json')
      if (!(await inInbox(sql, member.subscriberId, storyId))) throw notFound('That story')
      if (input.onBehalfOf && member.role !== 'admin') {
        throw new AppError('forbidden', 'Only admins can respond on behalf of a colleague.')
      }
      await requireMayAct(member)
      const { id, published } = await sql.begin((tx) =>
        insertResponse(tx, member, storyId, input, config.PUBLIC_URL),
      )
      if (published) feedCache.clear()
      log.info('response_written', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        storyId,
        responseId: id,
        published,
      })
      return c.json(await saved(member, storyId, id, published), 201)
    })
    .openapi({ ...edit, middleware: [...responder, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { responseId } = c.req.valid('param')
      await requireMayAct(member)
      const outcome = await sql.begin((tx) => editResponse(tx, member, responseId, c.req.valid('json')))
      if (outcome === 'not_found') throw notFound('That response')
      feedCache.clear()
      log.info('response_edited', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        responseId,
        published: outcome.published,
      })
      return c.json(await saved(member, outcome.storyId, responseId, outcome.published), 200)
    })
}
