import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { listInvitations, listMembers } from '../members/queries.ts'
import { InvitationView, MemberView } from '../members/schemas.ts'
import { getCoverage } from '../tenancy/coverage.ts'
import { Coverage } from '../tenancy/schemas.ts'
import { createSubscriber } from './create.ts'
import { getSubscriberName, listSubscribers } from './queries.ts'
import { NewSubscriber, SubscriberSummary } from './schemas.ts'

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
    'An address that already has an account becomes the admin at once (and is told by email); any ' +
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
      const [coverage, members, invitations] = await Promise.all([
        getCoverage(sql, id),
        listMembers(sql, id),
        listInvitations(sql, id),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({ id, name, coverage, members, invitations }, 200)
    })
}
