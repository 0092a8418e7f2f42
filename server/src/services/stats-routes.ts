import { createRoute, z } from '@hono/zod-openapi'
import { serveCached } from '../cached-feeds.ts'
import { notFound } from '../errors.ts'
import { createRouter, errorResponses, UuidParam, type Deps } from '../http.ts'
import { getServiceRef } from './queries.ts'
import { getServiceStats } from './stats.ts'

export const ServiceStats = z
  .object({
    stories: z.number().int().openapi({ description: 'Published stories about the node and its subtree' }),
    storiesLast12Months: z
      .number()
      .int()
      .openapi({ description: 'Of those, published in the last 12 months' }),
    responseRate: z.number().min(0).max(1).nullable().openapi({
      description: 'Share of the stories with at least one published response (0–1); null without stories',
      example: 0.87,
    }),
    medianDaysToFirstResponse: z.number().nullable().openapi({
      description: 'Median days from publication to the first published response (one decimal); null if none',
      example: 4.5,
    }),
    changes: z
      .object({ planned: z.number().int(), made: z.number().int() })
      .openapi({ description: 'Published responses by the current status of the change they report' }),
  })
  .openapi('ServiceStats')

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
