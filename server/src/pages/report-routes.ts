import { Hono, type Context } from 'hono'
import { html } from 'hono/html'
import { z } from 'zod'
import { AppError } from '../errors.ts'
import { layout, notFoundPage } from '../html/layout.ts'
import type { AppEnv, Deps } from '../http.ts'
import { fileReport } from '../reports/actions.ts'
import { StoryReport } from '../reports/schemas.ts'
import { errorSummary, fieldErrors, type FieldErrors } from './form-parts.ts'
import { reportForm, type ReportValues } from './report-form.ts'
import { REPORT } from './report-messages.ts'

const isUuid = (v: string) => z.uuid().safeParse(v).success
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i
const NO_STORE = { 'Cache-Control': 'no-store', 'X-Robots-Tag': 'noindex' }
const GONE = 'It may not have been published yet, or it may have been withdrawn or hidden.'

function reportPage(id: string, values: ReportValues, errors: FieldErrors, failure?: string) {
  return layout(
    { title: `Error: ${REPORT.summary} | Heard` },
    html`${errorSummary(errors, { email: 'report-email' })}
      ${
        failure
          ? html`<div class="error-summary" role="alert" tabindex="-1">
              <h2>${REPORT.notSent}</h2>
              <p>${failure}</p>
            </div>`
          : ''
      }
      <p><a href="/stories/${id}">${REPORT.backToStory}</a></p>
      ${reportForm(id, values, errors, true, true)}`,
  )
}

function crossSite(c: Context, publicUrl: string): boolean {
  const origin = c.req.header('origin')
  if (c.req.header('sec-fetch-site') === 'cross-site') return true
  return Boolean(origin) && origin !== new URL(publicUrl).origin && origin !== new URL(c.req.url).origin
}

/** The story page's "Report this story" form: POST, then a thank-you page (POST-redirect-GET). */
export function reportPageRoutes({ sql, config }: Deps) {
  const notFound = (c: Context) => c.html(notFoundPage('Story not found', GONE), 404)
  return new Hono<AppEnv>()
    .post('/stories/:id/report', async (c) => {
      const id = c.req.param('id')
      if (!FORM_TYPE.test(c.req.header('content-type') ?? '')) {
        throw new AppError('unsupported_media_type', 'Send the form as application/x-www-form-urlencoded.')
      }
      if (!isUuid(id)) return notFound(c)
      const form = await c.req.parseBody()
      const text = (name: string) => (typeof form[name] === 'string' ? (form[name] as string) : undefined)
      const values = { reason: text('reason'), details: text('details'), email: text('email') }
      if (crossSite(c, config.PUBLIC_URL)) {
        return c.html(reportPage(id, values, {}, REPORT.expired), 403, NO_STORE)
      }
      const parsed = StoryReport.safeParse({ ...values, website: text('website') })
      if (!parsed.success) {
        const errors = fieldErrors(parsed.error.issues)
        for (const k of Object.keys(errors)) errors[k] = REPORT.errors[k] ?? errors[k]!
        return c.html(reportPage(id, values, errors), 422, NO_STORE)
      }
      try {
        if (!(await fileReport(sql, config, c, id, parsed.data))) return notFound(c)
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'rate_limited') throw err
        return c.html(reportPage(id, values, {}, REPORT.busy), 429, NO_STORE)
      }
      return c.redirect(`/stories/${id}/reported`, 303)
    })
    .get('/stories/:id/reported', (c) => {
      const id = c.req.param('id')
      if (!isUuid(id)) return notFound(c)
      return c.html(
        layout(
          { title: `${REPORT.thanksTitle} | Heard` },
          html`<div class="panel done" role="status"><h1>${REPORT.thanksTitle}</h1></div>
            <p>${REPORT.thanksBody}</p>
            <p><a href="/stories/${id}">${REPORT.backToStory}</a></p>`,
        ),
        200,
        NO_STORE,
      )
    })
}
