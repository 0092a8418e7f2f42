import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors.ts'
import { notFoundPage, PRIVATE_PAGE_HEADERS } from '../html/layout.ts'
import type { AppEnv, Deps } from '../http.ts'
import { decideByLink, providerStoryView, readableReview } from './decide.ts'
import { ProviderDecision } from './schemas.ts'
import { providerPage, type ProviderNotice } from './views.ts'

const EXPIRED = 'This link has expired, or it is not a link Heard sent. The story may already be published.'

/** The provider's private page: plain HTML forms that post and redirect back, no JavaScript. */
export function providerReviewPages({ sql, config, feedCache }: Deps) {
  const missing = (c: Context<AppEnv>) =>
    c.html(notFoundPage('Link not found', EXPIRED, { private: true }), 404, PRIVATE_PAGE_HEADERS)
  const load = async (token: string) => {
    try {
      return await readableReview(sql, token, new Date())
    } catch (err) {
      if (err instanceof AppError && err.code === 'not_found') return undefined
      throw err
    }
  }

  return new Hono<AppEnv>()
    .use('/provider-review/*', bodyLimit({ maxSize: 20 * 1024, onError: (c) => c.text('Too long', 413) }))
    .get('/provider-review/:token', async (c) => {
      const token = c.req.param('token')
      const review = await load(token)
      if (!review) return missing(c)
      const done = c.req.query('done')
      const notice = done === 'published' || done === 'requested' ? (done as ProviderNotice) : undefined
      return c.html(
        providerPage({ token, story: providerStoryView(review), notice }),
        200,
        PRIVATE_PAGE_HEADERS,
      )
    })
    .post('/provider-review/:token', async (c) => {
      const token = c.req.param('token')
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
        const issue = parsed.error.issues[0]
        const field = issue?.path[0] === 'details' ? 'details' : 'reason-wrong_provider'
        const message =
          issue?.path[0] === 'details' ? issue.message : 'Choose why the story should be reviewed'
        const story = providerStoryView(review)
        return c.html(providerPage({ token, story, error: { field, message } }), 422, PRIVATE_PAGE_HEADERS)
      }
      try {
        const published = await sql.begin((tx) =>
          decideByLink(tx, token, parsed.data, { now: new Date(), publicUrl: config.PUBLIC_URL }),
        )
        if (published) feedCache.clear()
        return c.redirect(`/provider-review/${token}?done=${published ? 'published' : 'requested'}`, 303)
      } catch (err) {
        const again = err instanceof AppError && err.code === 'conflict' ? await load(token) : undefined
        if (again)
          return c.html(providerPage({ token, story: providerStoryView(again) }), 409, PRIVATE_PAGE_HEADERS)
        throw err
      }
    })
}
