import { Hono } from 'hono'
import { inLang } from '../html/lang.ts'
import type { AppEnv, Deps } from '../http.ts'
import { langOf } from '../i18n/index.ts'
import { searchServices } from '../services/queries.ts'
import { homeMessages } from './home-messages.ts'
import { homePage, searchPage } from './home.ts'
import { listRecentStories } from './queries.ts'

/** The home page and the service search behind its form (a GET form: works without JavaScript). */
export function homeRoutes({ sql, config }: Deps) {
  const cache = { 'Cache-Control': `public, max-age=${config.FEED_CACHE_SECONDS}` }
  return new Hono<AppEnv>()
    .get('/', async (c) => {
      const lang = langOf(c.req.query('lang'))
      return c.html(homePage(await listRecentStories(sql, 5), config.PUBLIC_URL, lang), 200, cache)
    })
    .get('/search', async (c) => {
      const lang = langOf(c.req.query('lang'))
      const t = homeMessages[lang]
      const raw = c.req.query('q')
      if (raw === undefined) return c.redirect(inLang('/#find', lang))
      const q = raw.trim()
      const error = !q ? t.emptyQuery : q.length > 100 ? t.tooLong : undefined
      if (error) return c.html(searchPage(q.slice(0, 100), [], lang, error), 422)
      return c.html(searchPage(q, await searchServices(sql, { q, limit: 30 }), lang), 200, cache)
    })
}
