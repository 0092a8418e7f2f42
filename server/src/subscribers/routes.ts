import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { subscriberMayAct } from '../billing/access.ts'
import { onCoverageChanged } from '../billing/quantity.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { listMemberships } from '../members/queries.ts'
import {
  coverageNodeIds,
  describeCoverage,
  getCoverage,
  normaliseCoverage,
  saveCoverage,
} from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { Coverage, SubscriberIdParam } from '../tenancy/schemas.ts'
import { CoverageChange, CoverageInput, MembershipInfo, MySubscriber } from './schemas.ts'

const tags = ['Portal: subscribers']
const base = '/api/portal/subscribers/{subscriberId}'

const memberships = createRoute({
  method: 'get',
  path: '/api/portal/memberships',
  tags,
  summary: 'The organisations the signed-in user belongs to',
  responses: {
    200: jsonAnswer('Memberships', z.object({ memberships: z.array(MembershipInfo) })),
    ...errorResponses(401),
  },
})

const overview = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'The organisation, your role in it and what it covers',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('The organisation', MySubscriber), ...errorResponses(401, 403, 404, 422) },
})

const coverage = createRoute({
  method: 'get',
  path: `${base}/coverage`,
  tags,
  summary: 'The services covered (each with its subtree)',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Coverage', Coverage), ...errorResponses(401, 403, 404, 422) },
})

const previewCoverage = createRoute({
  method: 'post',
  path: `${base}/coverage/preview`,
  tags,
  summary: 'What a change of coverage would mean, without saving it (admins)',
  description:
    'Answers the covered units before and after; billing’s quantity preview prices `after.coveredUnits`.',
  request: { params: SubscriberIdParam, body: jsonRequest(CoverageInput) },
  responses: {
    200: jsonAnswer('Before and after', z.object({ before: Coverage, after: Coverage })),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

const setCoverage = createRoute({
  method: 'put',
  path: `${base}/coverage`,
  tags,
  summary: 'Set the services covered (admins)',
  description:
    'A node inside the subtree of another chosen node is dropped (it is covered already). Alert and ' +
    'widget services that leave coverage are removed. The billed quantity follows.',
  request: { params: SubscriberIdParam, body: jsonRequest(CoverageInput) },
  responses: {
    200: jsonAnswer('Saved', CoverageChange),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

/** What members see of their organisation, and how admins change its coverage. */
export function subscriberRoutes(deps: Deps) {
  const { sql } = deps
  const auth = createAuth({ sql })
  const guard = createMemberGuard({ sql })

  return createRouter()
    .openapi({ ...memberships, middleware: [auth.requireSession] as const }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ memberships: await listMemberships(sql, currentUser(c).id) }, 200)
    })
    .openapi({ ...overview, middleware: guard('viewer') }, async (c) => {
      const member = currentMember(c)
      const [covered, mayAct] = await Promise.all([
        getCoverage(sql, member.subscriberId),
        subscriberMayAct(sql, member.subscriberId),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          id: member.subscriberId,
          name: member.subscriberName,
          role: member.role,
          coverage: covered,
          mayAct,
        },
        200,
      )
    })
    .openapi({ ...coverage, middleware: guard('viewer') }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await getCoverage(sql, currentMember(c).subscriberId), 200)
    })
    .openapi({ ...previewCoverage, middleware: [...guard('admin'), jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const nodeIds = await normaliseCoverage(sql, c.req.valid('json').nodeIds)
      const [before, after] = await Promise.all([
        getCoverage(sql, subscriberId),
        describeCoverage(sql, nodeIds),
      ])
      return c.json({ before, after }, 200)
    })
    .openapi({ ...setCoverage, middleware: [...guard('admin'), jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { before, saved } = await sql.begin(async (tx) => {
        const nodeIds = await normaliseCoverage(tx, c.req.valid('json').nodeIds)
        const before = await describeCoverage(tx, await coverageNodeIds(tx, subscriberId))
        return { before, saved: await saveCoverage(tx, subscriberId, nodeIds) }
      })
      const billing = await onCoverageChanged(deps, subscriberId)
      log.info('coverage_changed', {
        requestId: c.get('requestId'),
        subscriberId,
        units: before.coveredUnits,
        billing: billing.status,
      })
      return c.json(
        {
          before,
          after: await getCoverage(sql, subscriberId),
          removed: { alertServices: saved.removedAlertServices, widgetServices: saved.removedWidgetServices },
        },
        200,
      )
    })
}
