import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, errorResponses, UuidParam, type Deps } from '../http.ts'
import { getService, searchServices } from './queries.ts'
import { ServiceDetail, ServiceSearchQuery, ServiceSummary } from './schemas.ts'

const search = createRoute({
  method: 'get',
  path: '/api/v1/services',
  tags: ['Directory'],
  summary: 'Search the service directory',
  description: 'By name, code or postcode. With `within`, only that node and its subtree, in tree order.',
  request: { query: ServiceSearchQuery },
  responses: {
    200: {
      description: 'Matching services',
      content: { 'application/json': { schema: z.object({ services: z.array(ServiceSummary) }) } },
    },
    ...errorResponses(422),
  },
})

const detail = createRoute({
  method: 'get',
  path: '/api/v1/services/{id}',
  tags: ['Directory'],
  summary: 'One service with its ancestors and children',
  request: { params: UuidParam },
  responses: {
    200: { description: 'The service', content: { 'application/json': { schema: ServiceDetail } } },
    ...errorResponses(404, 422),
  },
})

export function servicesRoutes({ sql, config }: Deps) {
  return createRouter()
    .openapi(search, async (c) => {
      const services = await searchServices(sql, c.req.valid('query'))
      c.header('Cache-Control', 'public, max-age=60')
      return c.json({ services }, 200)
    })
    .openapi(detail, async (c) => {
      const node = await getService(sql, c.req.valid('param').id)
      if (!node) throw notFound('That service')
      c.header('Cache-Control', 'public, max-age=60')
      return c.json({ ...node, url: `${config.PUBLIC_URL}/services/${node.id}` }, 200)
    })
}
