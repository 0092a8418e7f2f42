import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { createApiKey, listApiKeys, revokeApiKey } from './queries.ts'
import { ApiKeyIdParam, ApiKeyView, CreatedApiKey, NewApiKey } from './schemas.ts'

const tags = ['Portal: API keys']
const path = '/api/portal/subscribers/{subscriberId}/api-keys'

const list = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'API keys, live ones first, without their secrets (admins)',
  request: { params: SubscriberIdParam },
  responses: {
    200: jsonAnswer('Keys', z.object({ apiKeys: z.array(ApiKeyView) })),
    ...errorResponses(401, 403, 404, 422),
  },
})

const create = createRoute({
  method: 'post',
  path,
  tags,
  summary: 'Create a read-only key for the public API (admins); the key is shown once',
  request: { params: SubscriberIdParam, body: jsonRequest(NewApiKey) },
  responses: { 201: jsonAnswer('Created', CreatedApiKey), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const revoke = createRoute({
  method: 'delete',
  path: `${path}/{id}`,
  tags,
  summary: 'Revoke a key at once (admins)',
  request: { params: ApiKeyIdParam },
  responses: { 204: { description: 'Revoked' }, ...errorResponses(401, 403, 404, 422) },
})

/** Subscriber admins create, list and revoke API keys. */
export function apiKeyRoutes({ sql }: Deps) {
  const admin = createMemberGuard({ sql })('admin')
  return createRouter()
    .openapi({ ...list, middleware: admin }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ apiKeys: await listApiKeys(sql, currentMember(c).subscriberId) }, 200)
    })
    .openapi({ ...create, middleware: [...admin, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { id, key } = await createApiKey(sql, {
        subscriberId: member.subscriberId,
        name: c.req.valid('json').name,
        createdBy: member.userId,
      })
      log.info('api_key_created', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        apiKeyId: id,
      })
      c.header('Cache-Control', 'no-store')
      return c.json({ apiKey: (await listApiKeys(sql, member.subscriberId, id))[0]!, key }, 201)
    })
    .openapi({ ...revoke, middleware: admin }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { id } = c.req.valid('param')
      if (!(await revokeApiKey(sql, subscriberId, id))) throw notFound('That API key')
      log.info('api_key_revoked', { requestId: c.get('requestId'), subscriberId, apiKeyId: id })
      return c.body(null, 204)
    })
}
