import { Hono } from 'hono'
import type { AppEnv, Deps } from '../http.ts'
import { searchServices } from '../services/queries.ts'
import { HOME, homePage, searchPage } from './home.ts'
import { listRecentStories } from './queries.ts'

/** The home page and the service search behind its form (a GET form: works without JavaScript). */
export function homeRoutes({ sql, config }: Deps) {
  const cache = { 'Cache-Control': `public, max-age=${config.FEED_CACHE_SECONDS}` }
  return new Hono<AppEnv>()
    .get('/', async (c) => c.html(homePage(await listRecentStories(sql, 5), config.PUBLIC_URL), 200, cache))
    .get('/search', async (c) => {
      const raw = c.req.query('q')
      if (raw === undefined) return c.redirect('/#find')
      const q = raw.trim()
      const error = !q ? HOME.emptyQuery : q.length > 100 ? HOME.tooLong : undefined
      if (error) return c.html(searchPage(q.slice(0, 100), [], error), 422)
      return c.html(searchPage(q, await searchServices(sql, { q, limit: 30 })), 200, cache)
    })
}
