import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import type { Sql } from '../db.ts'

const tags = ['Portal: admin']

export const StaffMember = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string(),
    platformRole: z.enum(['moderator', 'platform_admin']),
    safeguarding: z.boolean().openapi({ description: 'Emailed at once when a story is escalated' }),
  })
  .openapi('StaffMember')

const list = createRoute({
  method: 'get',
  path: '/api/portal/admin/staff',
  tags,
  summary: 'Platform staff and who receives safeguarding escalations (platform admins)',
  description:
    'When nobody is marked as a safeguarding moderator, every moderator is emailed about each escalation.',
  responses: {
    200: jsonAnswer('Staff', z.object({ staff: z.array(StaffMember) })),
    ...errorResponses(401, 403),
  },
})

const mark = createRoute({
  method: 'patch',
  path: '/api/portal/admin/staff/{id}',
  tags,
  summary: 'Mark or unmark a member of staff as a safeguarding moderator (platform admins)',
  middleware: [jsonBody] as const,
  request: {
    params: UuidParam,
    body: jsonRequest(z.object({ safeguarding: z.boolean() }).openapi('StaffPatch')),
  },
  responses: { 200: jsonAnswer('Changed', StaffMember), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const columns = (sql: Sql) => sql`id, name, email, platform_role, safeguarding`

/** Platform admins choose the safeguarding moderators. */
export function staffRoutes({ sql }: Deps) {
  const auth = createAuth({ sql })
  const router = createRouter()
  router.use('/api/portal/admin/staff', auth.requirePlatformRole('platform_admin'))
  router.use('/api/portal/admin/staff/*', auth.requirePlatformRole('platform_admin'))
  router.openapi(list, async (c) => {
    const staff = await sql<z.infer<typeof StaffMember>[]>`
      select ${columns(sql)} from users where platform_role is not null order by name, email`
    c.header('Cache-Control', 'no-store')
    return c.json({ staff }, 200)
  })
  router.openapi(mark, async (c) => {
    const { id } = c.req.valid('param')
    const [row] = await sql<z.infer<typeof StaffMember>[]>`
      update users set safeguarding = ${c.req.valid('json').safeguarding}, updated_at = now()
      where id = ${id} and platform_role is not null
      returning ${columns(sql)}`
    if (!row) throw notFound('That member of staff')
    log.info('safeguarding_moderator_set', { userId: currentUser(c).id, staffId: id })
    return c.json(row, 200)
  })
  return router
}
