import { createRoute, z } from '@hono/zod-openapi'
import { subscriberMayAct } from '../billing/access.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { claimChange } from './queries.ts'
import { ChangeClaim, ChangeClaimed } from './schemas.ts'

const ResponseParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  responseId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'responseId', in: 'path' } }),
})

const claim = createRoute({
  method: 'post',
  path: '/api/portal/subscribers/{subscriberId}/responses/{responseId}/change',
  tags: ['Portal: responses'],
  summary: 'Say a change is planned (with the month expected) or made; a moderator checks it first',
  description:
    'Its writer or an admin, at any time (a planned change is marked made whenever it happens). The claim ' +
    'waits for a moderator: a published response stays public as it is meanwhile, and shows the change once ' +
    'a moderator publishes the claim (a rejected claim leaves it as it was); a response still waiting is ' +
    'checked with its claim. A claim still waiting is replaced. ' +
    '409 for a rejected or withdrawn response, while a moderator reads it, or "planned" after "made".',
  request: { params: ResponseParam, body: jsonRequest(ChangeClaim) },
  responses: {
    200: jsonAnswer('Queued for moderation', ChangeClaimed),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

/** Changes followed through: responders and admins claim a change planned or made. */
export function changeRoutes({ sql, feedCache }: Deps) {
  const responder = createMemberGuard({ sql })('responder')
  return createRouter().openapi({ ...claim, middleware: [...responder, jsonBody] }, async (c) => {
    const member = currentMember(c)
    const { responseId } = c.req.valid('param')
    if (!(await subscriberMayAct(sql, member.subscriberId))) {
      throw new AppError(
        'forbidden',
        `${member.subscriberName}’s subscription allows reading only, so changes cannot be recorded now. An admin can renew it on the billing page.`,
      )
    }
    const claimed = await sql.begin((tx) => claimChange(tx, member, responseId, c.req.valid('json')))
    if (!claimed) throw notFound('That response')
    feedCache.clear()
    log.info('change_claimed', {
      requestId: c.get('requestId'),
      subscriberId: member.subscriberId,
      responseId,
      status: claimed.change.status,
    })
    return c.json(claimed, 200)
  })
}
