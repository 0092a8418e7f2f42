import { Hono, type Context } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { AppError } from '../errors.ts'
import type { AppEnv, Deps } from '../http.ts'
import { followActions } from './actions.ts'
import { ReplyInput } from './schemas.ts'
import { PRIVATE_PAGE_HEADERS } from '../html/layout.ts'
import { isLang, type Lang } from '../i18n/index.ts'
import { followMessages } from './messages.ts'
import { followHref, followPage, notFoundPage, withdrawPage, type Notice } from './views.ts'
import { getModerationNotes } from './moderation-notes.ts'

const NOTICES = new Set<string>(['reply', 'withdrawn', 'email'])

/** A refused reply's message in the page's language (the schema's own are English). */
function replyProblem(issue: { path: PropertyKey[]; code: string } | undefined, lang: Lang): string {
  const t = followMessages[lang]
  if (issue?.path[0] === 'responseId') return t.chooseResponse
  return issue?.code === 'too_big' ? t.replyTooLong : t.enterReply
}

// The reader's choice (`?lang=`), else the language the story was told in.
const chosen = (c: Context): Lang | undefined => {
  const lang = c.req.query('lang')
  return isLang(lang) ? lang : undefined
}

const tooLong = bodyLimit({
  maxSize: 20 * 1024,
  onError: (c) => c.text(followMessages[chosen(c) ?? 'en'].tooLong, 413),
})

/**
 * The follow link's page: plain HTML forms that post and redirect back, so it works without
 * JavaScript. Every untrusted string goes through `html`, which escapes it.
 */
export function followPages(deps: Deps) {
  const actions = followActions(deps)
  const publicUrl = deps.config.PUBLIC_URL

  async function load(c: Context<AppEnv>) {
    const token = c.req.param('token') ?? ''
    const storyId = await actions.storyFor(token)
    const story = storyId ? await actions.view(storyId) : undefined
    if (!story) return undefined
    return { token, story, lang: chosen(c) ?? story.lang, notes: await getModerationNotes(deps.sql, story) }
  }
  const missing = (c: Context<AppEnv>) => c.html(notFoundPage(chosen(c)), 404, PRIVATE_PAGE_HEADERS)
  type Found = { token: string; lang: Lang; story: { lang: Lang } }
  const back = (c: Context<AppEnv>, found: Found, notice: Notice, anchor = '') =>
    c.redirect(`${followHref(found.token, found.lang, found.story.lang, '', `done=${notice}`)}${anchor}`, 303)

  return new Hono<AppEnv>()
    .use('/follow/*', tooLong)
    .get('/follow/:token', async (c) => {
      const found = await load(c)
      if (!found) return missing(c)
      const done = c.req.query('done')
      const notice = done && NOTICES.has(done) ? (done as Notice) : undefined
      return c.html(followPage({ ...found, publicUrl, notice }), 200, PRIVATE_PAGE_HEADERS)
    })
    .post('/follow/:token/replies', async (c) => {
      const found = await load(c)
      if (!found) return missing(c)
      const form = await c.req.parseBody()
      const value = typeof form.body === 'string' ? form.body : ''
      const responseId = typeof form.responseId === 'string' ? form.responseId : ''
      const parsed = ReplyInput.safeParse({ responseId, body: value })
      const fail = (message: string, status: 400 | 409 | 422 | 429 = 422) =>
        c.html(
          followPage({ ...found, publicUrl, error: { responseId, message, value } }),
          status,
          PRIVATE_PAGE_HEADERS,
        )
      const t = followMessages[found.lang]
      if (!parsed.success) return fail(replyProblem(parsed.error.issues[0], found.lang))
      try {
        const outcome = await actions.reply(found.story.id, parsed.data)
        if (outcome === 'story_closed') return fail(t.storyClosed, 409)
        if (outcome === 'no_such_response') return fail(t.responseGone, 409)
      } catch (err) {
        if (err instanceof AppError && err.code === 'rate_limited') return fail(err.message, 429)
        throw err
      }
      return back(c, found, 'reply', `#response-${responseId}`)
    })
    .get('/follow/:token/withdraw', async (c) => {
      const found = await load(c)
      if (!found) return missing(c)
      if (found.story.status === 'withdrawn') return back(c, found, 'withdrawn')
      return c.html(withdrawPage(found.token, found.story, found.lang), 200, PRIVATE_PAGE_HEADERS)
    })
    .post('/follow/:token/withdraw', async (c) => {
      const found = await load(c)
      if (!found) return missing(c)
      const outcome = await actions.withdraw(found.story.id)
      if (outcome === 'not_withdrawable')
        return c.redirect(followHref(found.token, found.lang, found.story.lang), 303)
      return back(c, found, 'withdrawn')
    })
    .post('/follow/:token/email', async (c) => {
      const found = await load(c)
      if (!found) return missing(c)
      await actions.eraseEmail(found.story.id)
      return back(c, found, 'email')
    })
}
