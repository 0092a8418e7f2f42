import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import type { SqlPool } from '../db.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { listInvitations, listMembers } from '../members/queries.ts'
import { InvitationView, MemberView } from '../members/schemas.ts'
import { getCoverage, normaliseCoverage } from '../tenancy/coverage.ts'
import { coverageOutside, getEntitlement, listInWords, saveEntitlement } from '../tenancy/entitlement.ts'
import { Coverage } from '../tenancy/schemas.ts'
import { createSubscriber } from './create.ts'
import { getSubscriberName, listSubscribers } from './queries.ts'
import { EntitlementInput, NewSubscriber, SubscriberSummary } from './schemas.ts'

const tags = ['Portal: platform admin']

const ListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z
    .string()
    .max(400)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor from this API')
    .optional(),
})

const SubscriberDetail = z
  .object({
    id: z.uuid(),
    name: z.string(),
    coverage: Coverage,
    entitlement: Coverage.openapi({ description: 'What it may cover: its admins choose coverage within it' }),
    members: z.array(MemberView),
    invitations: z.array(InvitationView),
  })
  .openapi('SubscriberDetail')

const list = createRoute({
  method: 'get',
  path: '/api/portal/admin/subscribers',
  tags,
  summary: 'Subscribers by name',
  request: { query: ListQuery },
  responses: {
    200: jsonAnswer(
      'Subscribers',
      z.object({ subscribers: z.array(SubscriberSummary), nextCursor: z.string().nullable() }),
    ),
    ...errorResponses(401, 403, 422),
  },
})

const create = createRoute({
  method: 'post',
  path: '/api/portal/admin/subscribers',
  tags,
  summary: 'Create a subscriber with its coverage and first admin',
  description:
    'The coverage chosen is also its entitlement (what its admins may cover). An address that already has an account becomes the admin at once (and is told by email); any ' +
    'other address is sent an invitation.',
  request: { body: jsonRequest(NewSubscriber) },
  responses: {
    201: jsonAnswer(
      'Created',
      z.object({
        id: z.uuid(),
        name: z.string(),
        coverage: Coverage,
        admin: z.object({ outcome: z.enum(['member', 'invited']) }),
      }),
    ),
    ...errorResponses(400, 401, 403, 415, 422),
  },
})

const detail = createRoute({
  method: 'get',
  path: '/api/portal/admin/subscribers/{id}',
  tags,
  summary: 'A subscriber with its coverage, members and open invitations',
  request: { params: UuidParam },
  responses: { 200: jsonAnswer('The subscriber', SubscriberDetail), ...errorResponses(401, 403, 404, 422) },
})

const entitlement = createRoute({
  method: 'get',
  path: '/api/portal/admin/subscribers/{id}/entitlement',
  tags,
  summary: 'What a subscriber may cover',
  request: { params: UuidParam },
  responses: { 200: jsonAnswer('Entitlement', Coverage), ...errorResponses(401, 403, 404, 422) },
})

const setEntitlement = createRoute({
  method: 'put',
  path: '/api/portal/admin/subscribers/{id}/entitlement',
  tags,
  summary: 'Set what a subscriber may cover',
  description:
    'Its admins choose coverage within these services (each with its subtree). A node inside the ' +
    'subtree of another chosen node is dropped. Narrowing it below what the subscriber covers now ' +
    'answers 409 naming the covered services that would lie outside: include them, or have the ' +
    'subscriber’s admins change its coverage first.',
  request: { params: UuidParam, body: jsonRequest(EntitlementInput) },
  responses: {
    200: jsonAnswer('Saved', z.object({ entitlement: Coverage, coverage: Coverage })),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

/** Replaces the subscriber's entitlement unless some of its coverage would lie outside it (409). */
async function changeEntitlement(sql: SqlPool, id: string, nodeIds: readonly string[]): Promise<void> {
  await sql.begin(async (tx) => {
    const [row] = await tx`select id from subscribers where id = ${id} for update`
    if (!row) throw notFound('That subscriber')
    const normal = await normaliseCoverage(tx, nodeIds)
    const outside = await coverageOutside(tx, id, normal)
    if (outside.length) {
      const names = outside.map((n) => n.name)
      throw new AppError(
        'conflict',
        `${listInWords(names)} ${names.length === 1 ? 'is' : 'are'} covered now and would lie outside ` +
          'what it may cover. Include them, or have its admins change its coverage first.',
        outside.map((n) => ({ path: `coverage.${n.id}`, message: `${n.name} is covered now` })),
      )
    }
    await saveEntitlement(tx, id, normal)
  })
}

const encodeCursor = (name: string, id: string) => Buffer.from(`${id}|${name}`).toString('base64url')
function decodeCursor(cursor: string) {
  const text = Buffer.from(cursor, 'base64url').toString()
  const at = text.indexOf('|')
  const id = text.slice(0, at)
  if (at < 0 || !z.uuid().safeParse(id).success) {
    throw new AppError('validation_failed', 'That cursor is not one this API gave out.', [
      { path: 'cursor', message: 'is not a cursor from this API' },
    ])
  }
  return { id, name: text.slice(at + 1) }
}

/** Platform admins create and look after subscribers. */
export function platformSubscriberRoutes({ sql, config }: Deps) {
  const auth = createAuth({ sql })
  const platformAdmin = [auth.requirePlatformRole('platform_admin')]

  return createRouter()
    .openapi({ ...list, middleware: platformAdmin }, async (c) => {
      const { q, limit, cursor } = c.req.valid('query')
      const rows = await listSubscribers(sql, {
        q,
        limit: limit + 1,
        after: cursor ? decodeCursor(cursor) : undefined,
      })
      const page = rows.slice(0, limit)
      const last = page[page.length - 1]
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          subscribers: page,
          nextCursor: rows.length > limit && last ? encodeCursor(last.name, last.id) : null,
        },
        200,
      )
    })
    .openapi({ ...create, middleware: [...platformAdmin, jsonBody] }, async (c) => {
      const input = c.req.valid('json')
      const created = await createSubscriber(sql, {
        name: input.name,
        coverage: input.coverage,
        adminEmail: input.adminEmail,
        adminName: input.adminName,
        kind: input.kind,
        publicInterestType: input.publicInterestType,
        createdBy: currentUser(c).id,
        publicUrl: config.PUBLIC_URL,
      })
      log.info('subscriber_created', {
        requestId: c.get('requestId'),
        subscriberId: created.id,
        admin: created.admin.outcome,
      })
      return c.json(
        {
          id: created.id,
          name: input.name,
          coverage: await getCoverage(sql, created.id),
          admin: {
            outcome: created.admin.outcome === 'invited' ? ('invited' as const) : ('member' as const),
          },
        },
        201,
      )
    })
    .openapi({ ...detail, middleware: platformAdmin }, async (c) => {
      const { id } = c.req.valid('param')
      const name = await getSubscriberName(sql, id)
      if (!name) throw notFound('That subscriber')
      const [coverage, entitlement, members, invitations] = await Promise.all([
        getCoverage(sql, id),
        getEntitlement(sql, id),
        listMembers(sql, id),
        listInvitations(sql, id),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({ id, name, coverage, entitlement, members, invitations }, 200)
    })
    .openapi({ ...entitlement, middleware: platformAdmin }, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await getSubscriberName(sql, id))) throw notFound('That subscriber')
      c.header('Cache-Control', 'no-store')
      return c.json(await getEntitlement(sql, id), 200)
    })
    .openapi({ ...setEntitlement, middleware: [...platformAdmin, jsonBody] }, async (c) => {
      const { id } = c.req.valid('param')
      await changeEntitlement(sql, id, c.req.valid('json').nodeIds)
      log.info('entitlement_changed', { requestId: c.get('requestId'), subscriberId: id })
      const [entitlement, coverage] = await Promise.all([getEntitlement(sql, id), getCoverage(sql, id)])
      return c.json({ entitlement, coverage }, 200)
    })
}
