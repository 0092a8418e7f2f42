import { Hono } from 'hono'
import { z } from 'zod'
import { notFoundPage } from '../html/layout.ts'
import type { AppEnv, Deps } from '../http.ts'
import { getRestrictedNotice } from '../provider-review/restricted-queries.ts'
import { restrictedStoryPage } from '../provider-review/views.ts'
import { getService } from '../services/queries.ts'
import { decodeCursor, encodeCursor } from '../stories/cursor.ts'
import { getPublishedStory, listFeed } from '../stories/queries.ts'
import { servicePage, storyPage } from './views.ts'

const PAGE_SIZE = 20
const isUuid = (v: string) => z.uuid().safeParse(v).success
const UNPUBLISHED = 'It may not have been published yet, or it may have been withdrawn by its author.'

/** Server-rendered public pages: readable without JavaScript, linkable, indexable. */
export function pageRoutes({ sql, config }: Deps) {
  const base = config.PUBLIC_URL
  const cache = { 'Cache-Control': `public, max-age=${config.FEED_CACHE_SECONDS}` }

  return new Hono<AppEnv>()
    .get('/stories/:id', async (c) => {
      const id = c.req.param('id')
      const story = isUuid(id) ? await getPublishedStory(sql, id) : undefined
      const restricted = !story && isUuid(id) ? await getRestrictedNotice(sql, id) : undefined
      if (restricted) return c.html(restrictedStoryPage(restricted, base), 200, cache)
      if (!story) return c.html(notFoundPage('Story not found', UNPUBLISHED), 404)
      return c.html(storyPage(story, base), 200, cache)
    })
    .get('/services/:id', async (c) => {
      const id = c.req.param('id')
      const node = isUuid(id) ? await getService(sql, id) : undefined
      if (!node) return c.html(notFoundPage('Service not found', UNPUBLISHED), 404)
      const after = c.req.query('after')
      const cursor = after ? decodeCursor(after) : undefined
      const rows = await listFeed(sql, [id], PAGE_SIZE + 1, cursor)
      const stories = rows.slice(0, PAGE_SIZE)
      const last = stories.at(-1)
      const next = rows.length > PAGE_SIZE && last ? `/services/${id}?after=${encodeCursor(last)}` : undefined
      return c.html(servicePage({ node, stories, paged: Boolean(cursor), next, base }), 200, cache)
    })
}
