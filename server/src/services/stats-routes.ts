import { createRoute } from '@hono/zod-openapi'
import { serveCached } from '../cached-feeds.ts'
import { notFound } from '../errors.ts'
import { createRouter, errorResponses, UuidParam, type Deps } from '../http.ts'
import { getServiceRef } from './queries.ts'
import { ServiceStats } from './schemas.ts'
import { getServiceStats } from './stats.ts'

const stats = createRoute({
  method: 'get',
  path: '/api/v1/services/{id}/stats',
  tags: ['Directory'],
  summary: 'Public figures of a service and its subtree',
  description:
    'Over published stories only. Cached like the feeds: an ETag (answering If-None-Match with 304) and the max-age it states.',
  request: { params: UuidParam },
  responses: {
    200: { description: 'The figures', content: { 'application/json': { schema: ServiceStats } } },
    304: { description: 'Not modified' },
    ...errorResponses(404, 422),
  },
})

export function serviceStatsRoutes({ sql, feedCache }: Deps) {
  return createRouter().openapi(stats, async (c) => {
    const { id } = c.req.valid('param')
    return serveCached(c, feedCache, async () => {
      if (!(await getServiceRef(sql, id))) throw notFound('That service')
      return getServiceStats(sql, id)
    }) as never
  })
}
