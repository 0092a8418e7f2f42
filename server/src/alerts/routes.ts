import { createRoute, z } from '@hono/zod-openapi'
import { html } from 'hono/html'
import { notFound } from '../errors.ts'
import { layout, PRIVATE_PAGE_HEADERS, type Html } from '../html/layout.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { langOf, type Lang } from '../i18n/index.ts'
import { alertMessages } from './messages.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import {
  deleteAlertPreferences,
  getAlertSettings,
  listAlertRules,
  saveAlertOptions,
  saveAlertRules,
  unsubscribe,
} from './queries.ts'
import { AlertPreferencesInput, AlertSettings, AlertSettingsInput, UnsubscribeParam } from './schemas.ts'

const tags = ['Portal: alerts']
const path = '/api/portal/subscribers/{subscriberId}/alerts'
const Answer = AlertSettings
const PutBody = z.union([AlertSettingsInput, AlertPreferencesInput]).openapi({
  description:
    'Every rule and option (`rules`, `authorReplies`, `assignedToMe`), or one rule as before (`serviceIds`, …)',
})

const get = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'Your alert rules and options for this organisation',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Preferences', Answer), ...errorResponses(401, 403, 404, 422) },
})

const put = createRoute({
  method: 'put',
  path,
  tags,
  summary: 'Choose alert rules (services within coverage × minimum criticality × frequency) and options',
  description:
    'The rules replace your rules; a body with one rule’s fields replaces your first rule and keeps the ' +
    'others and the options. Saving also resumes alerts paused by an unsubscribe link.',
  request: { params: SubscriberIdParam, body: jsonRequest(PutBody) },
  responses: { 200: jsonAnswer('Saved', Answer), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const remove = createRoute({
  method: 'delete',
  path,
  tags,
  summary: 'Delete your alert rules for this organisation (the options stay)',
  request: { params: SubscriberIdParam },
  responses: { 204: { description: 'Stopped' }, ...errorResponses(401, 403, 404, 422) },
})

const unsubscribeApi = createRoute({
  method: 'post',
  path: '/api/v1/alerts/unsubscribe/{token}',
  tags: ['Alerts'],
  summary: 'Stop alert emails from the link in one of them (no sign-in)',
  request: { params: UnsubscribeParam },
  responses: {
    200: jsonAnswer('Stopped', z.object({ unsubscribed: z.literal(true), subscriberName: z.string() })),
    ...errorResponses(404),
  },
})

const page = (title: string, body: Html, lang: Lang) =>
  layout(
    { title: `${title} | Heard`, private: true, lang },
    html`<h1>${title}</h1>
      ${body}`,
  )

const unknownLink = (lang: Lang) =>
  page(alertMessages[lang].unknownLinkTitle, html`<p>${alertMessages[lang].unknownLinkText}</p>`, lang)

/** The link in an alert email: a page with one button (mail scanners follow links; only a person presses). */
function addUnsubscribePages(router: ReturnType<typeof createRouter>, sql: Deps['sql']) {
  // The email's link says its language (`?lang=cy`); the form posts it back.
  router.get('/alerts/unsubscribe/:token', async (c) => {
    const token = c.req.param('token')
    const lang = langOf(c.req.query('lang'))
    const t = alertMessages[lang]
    return c.html(
      page(
        t.stopTitle,
        html`<p>${t.stopText}</p>
          <form method="post" action="/alerts/unsubscribe/${token}${lang === 'cy' ? '?lang=cy' : ''}">
            <button type="submit" class="button">${t.stopButton}</button>
          </form>`,
        lang,
      ),
      200,
      PRIVATE_PAGE_HEADERS,
    )
  })
  router.post('/alerts/unsubscribe/:token', async (c) => {
    const lang = langOf(c.req.query('lang'))
    const t = alertMessages[lang]
    const name = await unsubscribe(sql, c.req.param('token'))
    if (!name) return c.html(unknownLink(lang), 404, PRIVATE_PAGE_HEADERS)
    log.info('alerts_unsubscribed', { requestId: c.get('requestId') })
    return c.html(
      page(
        t.stoppedTitle,
        html`<p>${t.stoppedText(name)}</p>
          <p>${t.stoppedAgain}</p>`,
        lang,
      ),
      200,
      PRIVATE_PAGE_HEADERS,
    )
  })
}

/** Members choose their alerts; anyone with an email's link can stop them. */
export function alertRoutes({ sql, config }: Deps) {
  const member = createMemberGuard({ sql })('viewer')
  const router = createRouter()
    .openapi({ ...get, middleware: member }, async (c) => {
      const m = currentMember(c)
      c.header('Cache-Control', 'no-store')
      return c.json(await getAlertSettings(sql, m.subscriberId, m.userId), 200)
    })
    .openapi({ ...put, middleware: [...member, jsonBody] }, async (c) => {
      const m = currentMember(c)
      const input = c.req.valid('json')
      // One rule's fields (older clients) replace the first rule and keep the others.
      const others = 'rules' in input ? [] : (await listAlertRules(sql, m.subscriberId, m.userId)).slice(1)
      const rules =
        'rules' in input
          ? input.rules
          : [
              input,
              ...others.map((r) => ({
                serviceIds: r.services.map((x) => x.id),
                minCriticality: r.minCriticality,
                frequency: r.frequency,
              })),
            ]
      for (const [i, rule] of rules.entries()) {
        if (!('rules' in input) && i > 0) break
        const path = 'rules' in input ? `rules.${i}.serviceIds` : 'serviceIds'
        await requireWithinCoverage(sql, m.subscriberId, rule.serviceIds, path)
      }
      const member = { subscriberId: m.subscriberId, userId: m.userId, secret: config.SESSION_SECRET }
      await sql.begin(async (tx) => {
        await saveAlertRules(tx, member, rules)
        if ('rules' in input) await saveAlertOptions(tx, member, input)
      })
      log.info('alerts_saved', {
        requestId: c.get('requestId'),
        subscriberId: m.subscriberId,
        userId: m.userId,
      })
      return c.json(await getAlertSettings(sql, m.subscriberId, m.userId), 200)
    })
    .openapi({ ...remove, middleware: member }, async (c) => {
      const m = currentMember(c)
      await deleteAlertPreferences(sql, m.subscriberId, m.userId)
      return c.body(null, 204)
    })
    .openapi(unsubscribeApi, async (c) => {
      const name = await unsubscribe(sql, c.req.valid('param').token)
      if (!name) throw notFound('That unsubscribe link')
      log.info('alerts_unsubscribed', { requestId: c.get('requestId') })
      return c.json({ unsubscribed: true as const, subscriberName: name }, 200)
    })

  addUnsubscribePages(router, sql)
  return router
}
