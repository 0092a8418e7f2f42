import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { serveCached } from '../cached-feeds.ts'
import { notFound } from '../errors.ts'
import { createRouter, errorResponses, UuidParam, type AppEnv, type Deps } from '../http.ts'
import { getServiceRef } from '../services/queries.ts'
import { ServiceRef } from '../services/schemas.ts'
import { cursorParam, encodeCursor } from './cursor.ts'
import { excerpt } from './excerpt.ts'
import { getPublishedStory, listFeed, listTags, type FeedRow } from './queries.ts'
import { Feed, FeedQuery, PublicStory, Tag, type FeedStory } from './schemas.ts'
import { submit, submitStory } from './submit.ts'

const serviceFeed = createRoute({
  method: 'get',
  path: '/api/v1/services/{id}/stories',
  tags: ['Stories'],
  summary: 'Published stories about a service and its subtree, newest first',
  description:
    'Cursor-paged. Responses carry an ETag (answering If-None-Match with 304) and may be cached for the max-age they state.',
  request: { params: UuidParam, query: FeedQuery },
  responses: {
    200: {
      description: 'A page of stories',
      content: { 'application/json': { schema: Feed.extend({ service: ServiceRef }) } },
    },
    304: { description: 'Not modified' },
    ...errorResponses(404, 422),
  },
})

const multiFeed = createRoute({
  method: 'get',
  path: '/api/v1/stories',
  tags: ['Stories'],
  summary: 'Published stories about several services, newest first',
  request: {
    query: FeedQuery.extend({
      services: z
        .string()
        .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
        .pipe(
          z
            .array(z.uuid({ message: 'must be service ids' }))
            .min(1, 'name at least one service')
            .max(10),
        ),
    }),
  },
  responses: {
    200: { description: 'A page of stories', content: { 'application/json': { schema: Feed } } },
    304: { description: 'Not modified' },
    ...errorResponses(422),
  },
})

const oneStory = createRoute({
  method: 'get',
  path: '/api/v1/stories/{id}',
  tags: ['Stories'],
  summary: 'One published story with its published responses',
  request: { params: UuidParam },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: PublicStory } } },
    ...errorResponses(404, 422),
  },
})

const tags = createRoute({
  method: 'get',
  path: '/api/v1/tags',
  tags: ['Stories'],
  summary: 'The tags an author can choose, in three groups',
  responses: {
    200: {
      description: 'Tags',
      content: { 'application/json': { schema: z.object({ tags: z.array(Tag) }) } },
    },
  },
})

/** Feed pages, and serving them through the feed cache (see feed-cache.ts). */
function feeds({ sql, config, feedCache }: Deps) {
  const toFeedStory = (row: FeedRow): FeedStory => ({
    id: row.id,
    title: row.title,
    excerpt: excerpt(row.bodyStart),
    publishedAt: row.publishedAt.toISOString(),
    authorRole: row.authorRole,
    nickname: row.nickname,
    services: row.services,
    responseCount: row.responseCount,
    responders: row.responders,
    url: `${config.PUBLIC_URL}/stories/${row.id}`,
  })

  /** Serves a feed from the cache when it can; builds, caches and serves it otherwise. */
  const serveFeed = (c: Context<AppEnv>, build: () => Promise<object>) => serveCached(c, feedCache, build)

  async function feedPage(nodeIds: string[], limit: number, cursor: string | undefined) {
    const rows = await listFeed(sql, nodeIds, limit + 1, cursorParam(cursor))
    const page = rows.slice(0, limit)
    return {
      stories: page.map(toFeedStory),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    }
  }

  return { serveFeed, feedPage }
}

export function storiesRoutes(deps: Deps) {
  const { sql, config } = deps
  const { serveFeed, feedPage } = feeds(deps)
  return createRouter()
    .openapi(serviceFeed, async (c) => {
      const { id } = c.req.valid('param')
      const { limit, cursor } = c.req.valid('query')
      return serveFeed(c, async () => {
        const service = await getServiceRef(sql, id)
        if (!service) throw notFound('That service')
        return {
          service,
          ...(await feedPage([id], limit, cursor)),
        }
      }) as never
    })
    .openapi(multiFeed, async (c) => {
      const { services, limit, cursor } = c.req.valid('query')
      return serveFeed(c, () => feedPage(services, limit, cursor)) as never
    })
    .openapi(oneStory, async (c) => {
      const story = await getPublishedStory(sql, c.req.valid('param').id)
      if (!story) throw notFound('That story')
      c.header('Cache-Control', `public, max-age=${config.FEED_CACHE_SECONDS}`)
      return c.json(
        {
          ...story,
          publishedAt: story.publishedAt.toISOString(),
          url: `${config.PUBLIC_URL}/stories/${story.id}`,
        },
        200,
      )
    })
    .openapi(tags, async (c) => {
      c.header('Cache-Control', 'public, max-age=300')
      return c.json({ tags: await listTags(sql) }, 200)
    })
    .openapi(submit, submitStory(deps))
}
