import { createRoute, z } from '@hono/zod-openapi'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { Email } from '../users/schemas.ts'
import type { Sql } from '../db.ts'

const tags = ['Portal: subscribers']
const path = '/api/portal/subscribers/{subscriberId}/safeguarding-contact'

export const SafeguardingContact = z
  .object({
    email: Email.nullable().openapi({
      description: 'Told at once when a story about a covered service is escalated; null: nobody',
    }),
  })
  .openapi('SafeguardingContact')

const getContact = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'Who is told of safeguarding concerns about the services covered (admins)',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('The contact', SafeguardingContact), ...errorResponses(401, 403, 404, 422) },
})

const setContact = createRoute({
  method: 'put',
  path,
  tags,
  summary: 'Set or clear the safeguarding contact (admins)',
  middleware: [jsonBody] as const,
  request: { params: SubscriberIdParam, body: jsonRequest(SafeguardingContact) },
  responses: {
    200: jsonAnswer('Saved', SafeguardingContact),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

async function readContact(sql: Sql, subscriberId: string) {
  const [row] = await sql<{ email: string | null }[]>`
    select safeguarding_email as email from subscribers where id = ${subscriberId}`
  return { email: row?.email ?? null }
}

/** A subscriber's safeguarding contact: read and set by its admins. */
export function safeguardingContactRoutes({ sql }: Deps) {
  const router = createRouter()
  const guard = createMemberGuard({ sql })
  router.openapi({ ...getContact, middleware: guard('admin') }, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await readContact(sql, currentMember(c).subscriberId), 200)
  })
  router.openapi({ ...setContact, middleware: [...guard('admin'), jsonBody] }, async (c) => {
    const member = currentMember(c)
    const { email } = c.req.valid('json')
    await sql`update subscribers set safeguarding_email = ${email}, updated_at = now()
      where id = ${member.subscriberId}`
    log.info('safeguarding_contact_set', { subscriberId: member.subscriberId, userId: member.userId })
    return c.json(await readContact(sql, member.subscriberId), 200)
  })
  return router
}
