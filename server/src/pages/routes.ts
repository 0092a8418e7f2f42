import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { notFoundPage } from '../html/layout.ts'
import { bothLangs } from '../html/lang.ts'
import type { AppEnv, Deps } from '../http.ts'
import { langOf, type Lang } from '../i18n/index.ts'
import { getRestrictedNotice } from '../provider-review/restricted-queries.ts'
import { restrictedStoryPage } from '../provider-review/views.ts'
import { getService } from '../services/queries.ts'
import { decodeCursor, encodeCursor } from '../stories/cursor.ts'
import { feedHeaders, feedKey } from '../stories/feed-cache.ts'
import { getPublishedStory, listFeed, listTags } from '../stories/queries.ts'
import { atomFeed } from './atom.ts'
import { errorMessages } from './error-messages.ts'
import { cachedServiceStats, figures } from './figures.ts'
import { goneStoryPage } from './gone.ts'
import { getStoryStatus } from './queries.ts'
import { servicePage } from './service-page.ts'
import { serviceMessages } from './service-messages.ts'
import { filterQuery, MONTH_CHOICES } from './service-parts.ts'
import { listServiceStories, type StoryFilters } from './service-queries.ts'
import { storyPage } from './views.ts'

const PAGE_SIZE = 20
const FEED_SIZE = 20
const isUuid = (v: string) => z.uuid().safeParse(v).success
const ATOM_TYPE = 'application/atom+xml; charset=utf-8'

const Filters = z.object({
  tag: z
    .string()
    .regex(/^[a-z0-9-]{1,40}$/)
    .optional()
    .or(z.literal('').transform(() => undefined)),
  responded: z
    .enum(['yes', 'no'])
    .optional()
    .or(z.literal('').transform(() => undefined)),
  months: z
    .enum(MONTH_CHOICES.map(String) as [string, ...string[]])
    .transform(Number)
    .optional()
    .or(z.literal('').transform(() => undefined)),
})

/** The page's language: `?lang=cy` reads Welsh, anything else English. */
const pageLang = (c: Context): Lang => langOf(c.req.query('lang'))

/** This request's path and query, for the language switch. */
const selfOf = (c: Context) => {
  const url = new URL(c.req.url)
  return `${url.pathname}${url.search}`
}

/** A 404 page in the request's language, its switch keeping the address. */
export function missingPage(c: Context, what: 'story' | 'service') {
  const lang = pageLang(c)
  const t = errorMessages[lang]
  const heading = what === 'story' ? t.storyNotFound : t.serviceNotFound
  const advice = what === 'story' ? t.unpublished : t.checkAddress
  return c.html(notFoundPage(heading, advice, { lang, alternates: bothLangs(selfOf(c)) }), 404)
}

/** One page of a service's stories after `after` (a cursor), with the links to the next and first pages. */
async function storiesPage({ sql, feedCache }: Deps, id: string, filters: StoryFilters, after?: string) {
  const cursor = after ? decodeCursor(after) : undefined
  const [rows, stats] = await Promise.all([
    listServiceStories(sql, id, filters, PAGE_SIZE + 1, cursor),
    cachedServiceStats(sql, feedCache, id),
  ])
  const stories = rows.slice(0, PAGE_SIZE)
  const last = stories.at(-1)
  const next =
    rows.length > PAGE_SIZE && last ? `/services/${id}${filterQuery(filters, encodeCursor(last))}` : undefined
  const first = `/services/${id}${filterQuery(filters)}`
  return { stories, stats, next, first, paged: Boolean(cursor) }
}

/** Server-rendered public pages, in English or Welsh: readable without JavaScript, linkable, indexable. */
export function pageRoutes(deps: Deps) {
  const { sql, config, feedCache } = deps
  const base = config.PUBLIC_URL
  const cache = { 'Cache-Control': `public, max-age=${config.FEED_CACHE_SECONDS}` }
  const missingService = (c: Context) => missingPage(c, 'service')

  return new Hono<AppEnv>()
    .get('/stories/:id', async (c) => {
      const id = c.req.param('id')
      const lang = pageLang(c)
      const story = isUuid(id) ? await getPublishedStory(sql, id) : undefined
      const restricted = !story && isUuid(id) ? await getRestrictedNotice(sql, id) : undefined
      if (restricted) return c.html(restrictedStoryPage(restricted, base, lang), 200, cache)
      if (!story) {
        const gone = isUuid(id) ? await getStoryStatus(sql, id) : undefined
        if (gone?.status === 'hidden' || gone?.status === 'withdrawn') {
          return c.html(goneStoryPage({ ...gone, id, status: gone.status }, lang), 410, cache)
        }
        return missingPage(c, 'story')
      }
      return c.html(storyPage(story, base, lang), 200, cache)
    })
    .get('/services/:id', async (c) => {
      const id = c.req.param('id')
      const node = isUuid(id) ? await getService(sql, id) : undefined
      if (!node) return missingService(c)
      const tags = await listTags(sql)
      const parsed = Filters.safeParse({
        tag: c.req.query('tag'),
        responded: c.req.query('responded'),
        months: c.req.query('months'),
      })
      const known = !parsed.success || !parsed.data.tag || tags.some((t) => t.slug === parsed.data.tag)
      const lang = pageLang(c)
      const page = { node, base, tags, paged: false, stories: [], lang, self: selfOf(c) }
      if (!parsed.success || !known) {
        const filterError = serviceMessages[lang].badFilter
        return c.html(servicePage({ ...page, filters: {}, filterError }), 422)
      }
      const filters: StoryFilters = parsed.data
      const listed = await storiesPage(deps, id, filters, c.req.query('after'))
      return c.html(
        servicePage({ ...page, ...listed, filters, figures: figures(listed.stats, lang) }),
        200,
        cache,
      )
    })
    .get('/services/:id/feed.atom', async (c) => {
      const id = c.req.param('id')
      if (!isUuid(id)) return missingService(c)
      const key = feedKey(c.req.url)
      let entry = feedCache.get(key)
      if (!entry) {
        const generation = feedCache.generation
        const node = await getService(sql, id)
        if (!node) return missingService(c)
        const stories = await listFeed(sql, [id], FEED_SIZE)
        const body = atomFeed({ node, stories, base, now: new Date(), lang: pageLang(c) })
        entry = feedCache.set(key, body, c.req.routePath, generation, Date.now(), ATOM_TYPE)
      }
      const headers = feedHeaders(entry)
      if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers)
      return c.body(entry.body, 200, { ...headers, 'Content-Type': ATOM_TYPE })
    })
}
