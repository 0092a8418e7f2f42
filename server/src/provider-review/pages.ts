import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors.ts'
import { notFoundPage, PRIVATE_PAGE_HEADERS } from '../html/layout.ts'
import { bothLangs } from '../html/lang.ts'
import type { AppEnv, Deps } from '../http.ts'
import { langOf, type Lang } from '../i18n/index.ts'
import { decideByLink, providerStoryView, readableReview } from './decide.ts'
import { providerPageMessages } from './messages.ts'
import type { LinkedReview } from './queries.ts'
import { ProviderDecision } from './schemas.ts'
import { providerHref, providerPage, type ProviderNotice, type ProviderPageStory } from './views.ts'

// The page speaks the language its address asks for (`?lang=cy`, kept by its forms and redirects).
const langIn = (c: Context) => langOf(c.req.query('lang'))

const pageStory = (review: LinkedReview): ProviderPageStory => ({
  ...providerStoryView(review),
  lang: review.lang,
  named: review.services.map((name, i) => ({ name, nameCy: review.servicesCy[i] })),
  provider: { name: review.providerName, nameCy: review.providerNameCy },
})

/** A refused answer's message in the page's language (the schema's own are English). */
function problem(issue: { path: PropertyKey[]; code: string } | undefined, lang: Lang) {
  const t = providerPageMessages[lang]
  if (issue?.path[0] !== 'details') return { field: 'reason-wrong_provider', message: t.chooseReason }
  return { field: 'details', message: issue.code === 'too_big' ? t.detailsTooLong : t.sayConcern }
}

/** The provider's private page: plain HTML forms that post and redirect back, no JavaScript. */
export function providerReviewPages({ sql, config, feedCache }: Deps) {
  const missing = (c: Context<AppEnv>) => {
    const t = providerPageMessages[langIn(c)]
    const alternates = bothLangs(`/provider-review/${c.req.param('token') ?? ''}`)
    return c.html(
      notFoundPage(t.notFound, t.expired, { private: true, lang: langIn(c), alternates }),
      404,
      PRIVATE_PAGE_HEADERS,
    )
  }
  const load = async (token: string) => {
    try {
      return await readableReview(sql, token, new Date())
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') return undefined
      throw err
    }
  }
  const tooLong = bodyLimit({
    maxSize: 20 * 1024,
    onError: (c) => c.text(providerPageMessages[langIn(c)].tooLong, 413),
  })

  return new Hono<AppEnv>()
    .use('/provider-review/*', tooLong)
    .get('/provider-review/:token', async (c) => {
      const token = c.req.param('token')
      const review = await load(token)
      if (!review) return missing(c)
      const done = c.req.query('done')
      const notice = done === 'published' || done === 'requested' ? (done as ProviderNotice) : undefined
      const page = providerPage({ token, story: pageStory(review), notice, lang: langIn(c) })
      return c.html(page, 200, PRIVATE_PAGE_HEADERS)
    })
    .post('/provider-review/:token', async (c) => {
      const token = c.req.param('token')
      const lang = langIn(c)
      const review = await load(token)
      if (!review) return missing(c)
      const form = await c.req.parseBody()
      const text = (k: string) => (typeof form[k] === 'string' ? (form[k] as string) : undefined)
      const parsed = ProviderDecision.safeParse({
        decision: text('decision'),
        reason: text('reason') || undefined,
        details: text('details') || undefined,
      })
      if (!parsed.success) {
        const error = problem(parsed.error.issues[0], lang)
        const page = providerPage({ token, story: pageStory(review), error, lang })
        return c.html(page, 422, PRIVATE_PAGE_HEADERS)
      }
      try {
        const published = await sql.begin((tx) =>
          decideByLink(tx, token, parsed.data, { now: new Date(), publicUrl: config.PUBLIC_URL }),
        )
        if (published) feedCache.clear()
        return c.redirect(providerHref(token, lang, `done=${published ? 'published' : 'requested'}`), 303)
      } catch (err) {
        const again = err instanceof AppError && err.code === 'conflict' ? await load(token) : undefined
        if (again)
          return c.html(providerPage({ token, story: pageStory(again), lang }), 409, PRIVATE_PAGE_HEADERS)
        throw err
      }
    })
}
