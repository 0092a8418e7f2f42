import { createRoute } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { deleteRoutingRule, listRoutingRules, saveRoutingRule } from './routing-queries.ts'
import { getResponseDays, requireAssignable, setResponseDays } from './workflow-queries.ts'
import { InboxSettings, RoutingRule, RoutingRuleInput, RoutingRules, RuleParam } from './workflow-schemas.ts'

const tags = ['Portal: inbox']
const base = '/api/portal/subscribers/{subscriberId}'

const list = createRoute({
  method: 'get',
  path: `${base}/routing-rules`,
  tags,
  summary: 'Routing rules (admins): a service and its subtree → who new stories go to',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Rules', RoutingRules), ...errorResponses(401, 403, 404, 422) },
})

const create = createRoute({
  method: 'post',
  path: `${base}/routing-rules`,
  tags,
  summary: 'Send stories about a service (and its subtree) to a responder or admin when published',
  description:
    'Admins. A service within coverage; one rule per service (a second replaces the first). The most ' +
    'specific rule wins; a frozen member or a viewer is skipped.',
  request: { params: SubscriberIdParam, body: jsonRequest(RoutingRuleInput) },
  responses: { 201: jsonAnswer('Saved', RoutingRule), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const remove = createRoute({
  method: 'delete',
  path: `${base}/routing-rules/{id}`,
  tags,
  summary: 'Delete a routing rule (admins)',
  request: { params: RuleParam },
  responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 422) },
})

const getSettings = createRoute({
  method: 'get',
  path: `${base}/inbox/settings`,
  tags,
  summary: 'The inbox settings: working days to respond',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Settings', InboxSettings), ...errorResponses(401, 403, 404, 422) },
})

const putSettings = createRoute({
  method: 'put',
  path: `${base}/inbox/settings`,
  tags,
  summary: 'Change the working days to respond (admins); open stories’ due times move with it',
  request: { params: SubscriberIdParam, body: jsonRequest(InboxSettings) },
  responses: { 200: jsonAnswer('Saved', InboxSettings), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

/** Admins route new stories by service and set the response clock. */
export function inboxRoutingRoutes({ sql }: Deps) {
  const guard = createMemberGuard({ sql })
  const admin = guard('admin')

  return createRouter()
    .openapi({ ...list, middleware: admin }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ rules: await listRoutingRules(sql, currentMember(c).subscriberId) }, 200)
    })
    .openapi({ ...create, middleware: [...admin, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const input = c.req.valid('json')
      await requireWithinCoverage(sql, member.subscriberId, [input.serviceId], 'serviceId')
      await requireAssignable(sql, member.subscriberId, input.userId, 'userId')
      const id = await saveRoutingRule(sql, member.subscriberId, input, member.userId)
      log.info('routing_rule_saved', { requestId: c.get('requestId'), subscriberId: member.subscriberId, id })
      const rule = (await listRoutingRules(sql, member.subscriberId)).find((r) => r.id === id)!
      return c.json(rule, 201)
    })
    .openapi({ ...remove, middleware: admin }, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await deleteRoutingRule(sql, currentMember(c).subscriberId, id))) throw notFound('That rule')
      return c.body(null, 204)
    })
    .openapi({ ...getSettings, middleware: guard('viewer') }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ responseDays: await getResponseDays(sql, currentMember(c).subscriberId) }, 200)
    })
    .openapi({ ...putSettings, middleware: [...admin, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { responseDays } = c.req.valid('json')
      await sql.begin((tx) => setResponseDays(tx, member.subscriberId, responseDays))
      log.info('inbox_settings_saved', { requestId: c.get('requestId'), subscriberId: member.subscriberId })
      return c.json({ responseDays }, 200)
    })
}
