import { Hono, type Context } from 'hono'
import { z } from 'zod'
import { AppError } from '../errors.ts'
import { notFoundPage } from '../html/layout.ts'
import { bothLangs, fillText, inLang } from '../html/lang.ts'
import type { AppEnv, Deps } from '../http.ts'
import { langOf, type Lang } from '../i18n/index.ts'
import { storyPrechecks } from '../precheck/index.ts'
import { MESSAGES_CY } from '../precheck/routes.ts'
import { getService, searchServices } from '../services/queries.ts'
import { listTags } from '../stories/queries.ts'
import { StorySubmission, TAG_GROUPS } from '../stories/schemas.ts'
import { storyAcceptor } from '../stories/submit.ts'
import { errorMessages } from './error-messages.ts'
import { fieldErrors, type FieldErrors } from './form-parts.ts'
import { issueFormKey, validFormKey } from './tell-key.ts'
import { tellErrorKey, tellMessages } from './tell-messages.ts'
import { tellPage, tellThanksPage, type TellPageInput, type TellValues } from './tell-view.ts'

const isUuid = (v: string) => z.uuid().safeParse(v).success
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i
const NO_STORE = { 'Cache-Control': 'no-store' }

type Form = Record<string, string | File | (string | File)[]>
const one = (form: Form, name: string) => {
  const v = form[name]
  const first = Array.isArray(v) ? v[0] : v
  return typeof first === 'string' ? first : undefined
}
const many = (form: Form, name: string) =>
  [form[name]].flat().filter((v): v is string => typeof v === 'string')

function valuesOf(form: Form): TellValues {
  const tags = Object.fromEntries(TAG_GROUPS.map((g) => [g, many(form, `tags.${g}`)])) as TellValues['tags']
  const [serviceId, title, body, authorRole, ageGroup, nickname, email, agree] = [
    'serviceId',
    'title',
    'body',
    'authorRole',
    'ageGroup',
    'nickname',
    'email',
    'agree',
  ].map((n) => one(form, n))
  return { serviceId, title, body, authorRole, ageGroup, nickname, email, agree, tags }
}

/** Errors in the widget's words (`serviceIds.0` and `tags.good.1` are the questions `serviceIds` and `tags`). */
const inWidgetWords = (errors: FieldErrors, lang: Lang): FieldErrors =>
  Object.fromEntries(Object.keys(errors).map((k) => [k, tellMessages[lang][tellErrorKey(k)]]))

/** A post from another site: Origin (or Sec-Fetch-Site) says so; browsers that send neither pass. */
function crossSite(c: Context, publicUrl: string): boolean {
  const origin = c.req.header('origin')
  if (c.req.header('sec-fetch-site') === 'cross-site') return true
  if (!origin) return false
  return origin !== new URL(publicUrl).origin && origin !== new URL(c.req.url).origin
}

/** The form's answers checked by the API's own schema, and the questions only the form asks. */
function checkTold(form: Form, values: ReturnType<typeof valuesOf>, places: { id: string }[], lang: Lang) {
  const parsed = StorySubmission.safeParse({
    title: values.title ?? '',
    body: values.body ?? '',
    serviceIds: values.serviceId ? [values.serviceId] : [],
    authorRole: values.authorRole || undefined,
    nickname: values.nickname ?? '',
    email: values.email ?? '',
    ageGroup: values.ageGroup || undefined,
    tags: values.tags,
    route: 'site',
    // The story is told in the form's language: its emails and follow page speak it.
    lang,
    website: one(form, 'website') ?? '',
  })
  const errors = parsed.success ? {} : fieldErrors(parsed.error.issues)
  if (values.serviceId && !places.some((p) => p.id === values.serviceId)) {
    errors.serviceIds = tellMessages[lang]['error.serviceIds']
  }
  if (values.agree !== 'yes') errors.agree = tellMessages[lang]['error.agree']
  const story = parsed.success && !Object.keys(errors).length ? parsed.data : undefined
  return { story, errors }
}

/** Pre-check hints on the title and the body, in the form's language, each with the words it is about. */
function toldFlags(story: StorySubmission, lang: Lang) {
  return storyPrechecks(story.title, story.body, lang, 'author').map((f) => ({
    ...f,
    message: lang === 'cy' ? MESSAGES_CY[f.rule] : f.message,
    text: story[f.field].slice(f.start, f.end),
  }))
}

/** The story form without JavaScript: GET the form, POST it back, then a thank-you page. */
export function tellRoutes(deps: Deps) {
  const { sql, config } = deps
  const accept = storyAcceptor(deps)

  const load = async (id: string) => {
    const node = isUuid(id) ? await getService(sql, id) : undefined
    if (!node) return undefined
    const [places, tags] = await Promise.all([searchServices(sql, { within: id, limit: 100 }), listTags(sql)])
    return { node, places, tags }
  }
  const missing = (c: Context) => {
    const lang = langOf(c.req.query('lang'))
    const t = errorMessages[lang]
    const self = new URL(c.req.url).pathname
    return c.html(notFoundPage(t.serviceNotFound, t.checkAddress, { lang, alternates: bothLangs(self) }), 404)
  }

  const render = (c: Context, status: 200 | 400 | 403 | 422 | 429, input: Omit<TellPageInput, 'lang'>) =>
    c.html(tellPage({ ...input, lang: langOf(c.req.query('lang')) }), status, NO_STORE)

  return new Hono<AppEnv>()
    .get('/services/:id/tell', async (c) => {
      const found = await load(c.req.param('id'))
      if (!found) return missing(c)
      const values = { tags: { good: [], improve: [], feelings: [] } }
      return render(c, 200, { ...found, values, key: issueFormKey(config.SESSION_SECRET) })
    })
    .post('/services/:id/tell', async (c) => {
      if (!FORM_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new AppError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.')
      }
      const found = await load(c.req.param('id'))
      if (!found) return missing(c)
      const lang = langOf(c.req.query('lang'))
      const t = tellMessages[lang]
      const form = (await c.req.parseBody({ all: true })) as Form
      const values = valuesOf(form)
      const sentKey = one(form, 'key') ?? ''
      const fresh = issueFormKey(config.SESSION_SECRET)
      if (crossSite(c, config.PUBLIC_URL) || !validFormKey(sentKey, config.SESSION_SECRET)) {
        return render(c, 403, { ...found, values, key: fresh, failure: t.expired })
      }
      const page = { ...found, values, key: sentKey }
      const { story, errors } = checkTold(form, values, found.places, lang)
      if (!story) return render(c, 422, { ...page, errors: inWidgetWords(errors, lang) })
      const flags = toldFlags(story, lang)
      // Pre-check hints are shown once; the author may change the story or send it as it is.
      if (flags.length && one(form, 'checked') !== 'yes') return render(c, 200, { ...page, flags })
      try {
        await accept(c, story, sentKey)
      } catch (err) {
        if (!(err instanceof AppError)) throw err
        if (err.code === 'rate_limited') {
          const minutes = Math.ceil(Number(err.headers?.['Retry-After'] ?? 3600) / 60)
          c.header('Retry-After', err.headers?.['Retry-After'] ?? '3600')
          return render(c, 429, { ...page, failure: fillText(t.busy, minutes) })
        }
        if (err.code !== 'validation_failed') throw err
        const issues = (err.issues ?? []).map((i) => ({ path: i.path.split('.'), message: i.message }))
        return render(c, 422, { ...page, errors: inWidgetWords(fieldErrors(issues), lang) })
      }
      const thanks = `/services/${found.node.id}/tell/thanks${story.email ? '?email=1' : ''}`
      return c.redirect(inLang(thanks, lang), 303)
    })
    .get('/services/:id/tell/thanks', async (c) => {
      const id = c.req.param('id')
      const node = isUuid(id) ? await getService(sql, id) : undefined
      if (!node) return missing(c)
      const lang = langOf(c.req.query('lang'))
      return c.html(tellThanksPage(node, c.req.query('email') === '1', lang), 200, NO_STORE)
    })
}
