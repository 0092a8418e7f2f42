import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { subscriberMayAct } from '../billing/access.ts'
import { onCoverageChanged } from '../billing/quantity.ts'
import { AppError } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { listMemberships } from '../members/queries.ts'
import { searchServicesWithin } from '../services/queries.ts'
import { ServiceSummary } from '../services/schemas.ts'
import {
  coverageNodeIds,
  describeCoverage,
  getCoverage,
  normaliseCoverage,
  saveCoverage,
} from '../tenancy/coverage.ts'
import { coverageDependents, dependentsInWords, hasDependents } from '../tenancy/dependents.ts'
import { entitlementNodeIds, getEntitlement, requireWithinEntitlement } from '../tenancy/entitlement.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { Coverage, CoverageDependents, SubscriberIdParam } from '../tenancy/schemas.ts'
import type { Sql } from '../db.ts'
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

const entitlement = createRoute({
  method: 'get',
  path: `${base}/entitlement`,
  tags,
  summary: 'What the organisation may cover, as a platform admin set it (admins)',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Entitlement', Coverage), ...errorResponses(401, 403, 404, 422) },
})

const entitledServices = createRoute({
  method: 'get',
  path: `${base}/entitlement/services`,
  tags,
  summary: 'Search the services the organisation may cover (admins)',
  description: 'By name, code or postcode, like `GET /api/v1/services`, within the entitlement only.',
  request: {
    params: SubscriberIdParam,
    query: z.object({
      q: z.string().trim().max(100).optional(),
      limit: z.coerce.number().int().min(1).max(100).default(10),
    }),
  },
  responses: {
    200: jsonAnswer('Services', z.object({ services: z.array(ServiceSummary) })),
    ...errorResponses(401, 403, 404, 422),
  },
})

const previewCoverage = createRoute({
  method: 'post',
  path: `${base}/coverage/preview`,
  tags,
  summary: 'What a change of coverage would mean, without saving it (admins)',
  description:
    'Answers the covered units before and after (billing’s quantity preview prices ' +
    '`after.coveredUnits`), and the widgets and alert rules naming services the change would drop. ' +
    'Services outside the entitlement answer 403.',
  request: { params: SubscriberIdParam, body: jsonRequest(CoverageInput) },
  responses: {
    200: jsonAnswer(
      'Before and after',
      z.object({ before: Coverage, after: Coverage, dependents: CoverageDependents }),
    ),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

const setCoverage = createRoute({
  method: 'put',
  path: `${base}/coverage`,
  tags,
  summary: 'Set the services covered (admins)',
  description:
    'A node inside the subtree of another chosen node is dropped (it is covered already). Services ' +
    'outside the entitlement answer 403 naming them; an empty choice answers 422 (ending a ' +
    'subscription is a platform admin’s act). When widgets or alert rules name services that would ' +
    'leave coverage the answer is 409 `coverage_in_use` naming them, unless ' +
    '`removeFromWidgetsAndAlerts` is true: then those services are removed from them. The billed ' +
    'quantity follows.',
  request: { params: SubscriberIdParam, body: jsonRequest(CoverageInput) },
  responses: {
    200: jsonAnswer('Saved', CoverageChange),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

/**
 * The requested coverage in normal form, once it is known to be a deliberate change within the
 * entitlement: not empty (422), nothing outside the entitlement (403), and nothing that widgets or
 * alert rules name dropped unless the request says so (409 `coverage_in_use`).
 */
async function checkCoverageChange(sql: Sql, subscriberId: string, input: CoverageInput): Promise<string[]> {
  if (!input.nodeIds.length) {
    throw new AppError(
      'validation_failed',
      'Choose at least one service. To end your subscription, ask the Heard team.',
      [{ path: 'nodeIds', message: 'must name at least one service' }],
    )
  }
  const nodeIds = await normaliseCoverage(sql, input.nodeIds)
  await requireWithinEntitlement(sql, subscriberId, nodeIds)
  await sql`select id from subscribers where id = ${subscriberId} for update`
  const dependents = await coverageDependents(sql, subscriberId, nodeIds)
  if (hasDependents(dependents) && !input.removeFromWidgetsAndAlerts) {
    throw new AppError(
      'coverage_in_use',
      `Services leaving coverage are still used by ${dependentsInWords(dependents)}. ` +
        'Confirm to remove them from these widgets and alerts, or keep covering them.',
      [
        ...dependents.widgets.map((w) => ({
          path: `widgets.${w.id}`,
          message: `uses ${w.services.map((s) => s.name).join(', ')}`,
        })),
        ...dependents.alertRules.map((a) => ({
          path: `alertRules.${a.id}`,
          message: `uses ${a.services.map((s) => s.name).join(', ')}`,
        })),
      ],
    )
  }
  return nodeIds
}

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
    .openapi({ ...entitlement, middleware: guard('admin') }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await getEntitlement(sql, currentMember(c).subscriberId), 200)
    })
    .openapi({ ...entitledServices, middleware: guard('admin') }, async (c) => {
      const entitled = await entitlementNodeIds(sql, currentMember(c).subscriberId)
      c.header('Cache-Control', 'no-store')
      return c.json({ services: await searchServicesWithin(sql, entitled, c.req.valid('query')) }, 200)
    })
    .openapi({ ...previewCoverage, middleware: [...guard('admin'), jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const nodeIds = await normaliseCoverage(sql, c.req.valid('json').nodeIds)
      await requireWithinEntitlement(sql, subscriberId, nodeIds)
      const [before, after, dependents] = await Promise.all([
        getCoverage(sql, subscriberId),
        describeCoverage(sql, nodeIds),
        coverageDependents(sql, subscriberId, nodeIds),
      ])
      return c.json({ before, after, dependents }, 200)
    })
    .openapi({ ...setCoverage, middleware: [...guard('admin'), jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const input = c.req.valid('json')
      const { before, saved } = await sql.begin(async (tx) => {
        const nodeIds = await checkCoverageChange(tx, subscriberId, input)
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
