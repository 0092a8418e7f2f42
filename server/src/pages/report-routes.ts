import { Hono, type Context } from 'hono'
import { html } from 'hono/html'
import { z } from 'zod'
import { AppError } from '../errors.ts'
import { layout, notFoundPage } from '../html/layout.ts'
import { bothLangs, inLang } from '../html/lang.ts'
import type { AppEnv, Deps } from '../http.ts'
import { langOf, type Lang } from '../i18n/index.ts'
import { fileReport } from '../reports/actions.ts'
import { StoryReport } from '../reports/schemas.ts'
import { errorMessages } from './error-messages.ts'
import { errorSummary, fieldErrors, type FieldErrors } from './form-parts.ts'
import { reportForm, type ReportValues } from './report-form.ts'
import { reportErrorKey, reportMessages } from './report-messages.ts'

const isUuid = (v: string) => z.uuid().safeParse(v).success
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i
const NO_STORE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }

function reportPage(id: string, lang: Lang, values: ReportValues, errors: FieldErrors, failure?: string) {
  const t = reportMessages[lang]
  const story = `/stories/${id}`
  return layout(
    { title: `${t.errorTitle} | Heard`, lang, alternates: bothLangs(story) },
    html`${errorSummary(errors, { email: 'report-email' }, lang)}
      ${
        failure
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${t.notSent}</h2>
              <p>${failure}</p>
            </div>`
          : ''
      }
      <p><a href="${inLang(story, lang)}">${t.backToStory}</a></p>
      ${reportForm(id, lang, values, errors, true, true)}`,
  )
}

function crossSite(c: Context, publicUrl: string): boolean {
  const origin = c.req.header('origin')
  if (c.req.header('sec-fetch-site') === 'cross-site') return true
  return Boolean(origin) && origin !== new URL(publicUrl).origin && origin !== new URL(c.req.url).origin
}

/** The story page's "Report this story" form: POST, then a thank-you page (POST-redirect-GET). */
export function reportPageRoutes({ sql, config }: Deps) {
  const notFound = (c: Context, lang: Lang) => {
    const t = errorMessages[lang]
    return c.html(notFoundPage(t.storyNotFound, t.goneOrHidden, { lang }), 404)
  }
  return new Hono<AppEnv>()
    .post('/stories/:id/report', async (c) => {
      const id = c.req.param('id')
      const lang = langOf(c.req.query('lang'))
      const t = reportMessages[lang]
      if (!FORM_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new AppError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.')
      }
      if (!isUuid(id)) return notFound(c, lang)
      const form = await c.req.parseBody()
      const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined)
      const values = { reason: text('reason'), details: text('details'), email: text('email') }
      if (crossSite(c, config.PUBLIC_URL)) {
        return c.html(reportPage(id, lang, values, {}, t.expired), 403, NO_STORE)
      }
      const parsed = StoryReport.safeParse({ ...values, website: text('website') })
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error.issues)
        for (const k of Object.keys(errors)) errors[k] = t[reportErrorKey(k)]
        return c.html(reportPage(id, lang, values, errors), 422, NO_STORE)
      }
      try {
        if (!(await fileReport(sql, config, c, id, parsed.data))) return notFound(c, lang)
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'rate_limited') throw err
        return c.html(reportPage(id, lang, values, {}, t.busy), 429, NO_STORE)
      }
      return c.redirect(inLang(`/stories/${id}/reported`, lang), 303)
    })
    .get('/stories/:id/reported', (c) => {
      const id = c.req.param('id')
      const lang = langOf(c.req.query('lang'))
      const t = reportMessages[lang]
      if (!isUuid(id)) return notFound(c, lang)
      return c.html(
        layout(
          { title: `${t.thanksTitle} | Heard`, lang, alternates: bothLangs(`/stories/${id}/reported`) },
          html`<div class="panel done" role="status"><h1>${t.thanksTitle}</h1></div>
            <p>${t.thanksBody}</p>
            <p><a href="${inLang(`/stories/${id}`, lang)}">${t.backToStory}</a></p>`,
        ),
        200,
        NO_STORE,
      )
    })
}
