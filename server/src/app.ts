import { OpenAPIHono } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { requestId } from 'hono/request-id'
import type { Config } from './config.ts'
import { publicApiCors } from './cors.ts'
import type { SqlPool } from './db.ts'
import { docsPage, docsStylesheet } from './docs.ts'
import { alertRoutes } from './alerts/routes.ts'
import { apiKeyAuth } from './api-keys/index.ts'
import { apiKeyRoutes } from './api-keys/routes.ts'
import { SESSION_COOKIE } from './auth/index.ts'
import { authRoutes } from './auth/routes.ts'
import { billingRoutes } from './billing/routes.ts'
import { STRIPE_WEBHOOK_PATH } from './billing/webhooks.ts'
import { limitBody } from './body-limit.ts'
import { AppError } from './errors.ts'
import { dashboardRoutes } from './dashboards/routes.ts'
import { refuseUnsafeText } from './edge.ts'
import { handleError } from './error-handler.ts'
import { followPages } from './follow/pages.ts'
import { followRoutes } from './follow/routes.ts'
import { notFoundPage } from './html/layout.ts'
import { bothLangs } from './html/lang.ts'
import { langOf } from './i18n/index.ts'
import { errorMessages } from './pages/error-messages.ts'
import { faviconRoutes } from './html/favicon.ts'
import { stylesheetRoutes } from './html/stylesheet.ts'
import type { AppEnv, Deps } from './http.ts'
import { inboxRoutes } from './inbox/routes.ts'
import { log } from './log.ts'
import { devMailRoutes } from './mail/dev-routes.ts'
import { invitationRoutes } from './members/invitation-routes.ts'
import { memberRoutes } from './members/routes.ts'
import { moderationRoutes } from './moderation/routes.ts'
import { moderationTextRoutes } from './moderation/text-routes.ts'
import { moderationWorkflowRoutes } from './moderation/workflow-routes.ts'
import { staffRoutes } from './moderation/staff-routes.ts'
import { safeguardingContactRoutes } from './subscribers/safeguarding-routes.ts'
import { notFoundHeaders, usePageSecurityHeaders } from './page-headers.ts'
import { homeRoutes } from './pages/home-routes.ts'
import { reportPageRoutes } from './pages/report-routes.ts'
import { pageRoutes } from './pages/routes.ts'
import { tellRoutes } from './pages/tell-routes.ts'
import { precheckRoutes } from './precheck/routes.ts'
import { providerReviewApp } from './provider-review/routes.ts'
import { changeRoutes } from './changes/routes.ts'
import { responseCoachRoutes } from './responses/coach-routes.ts'
import { reportRoutes } from './reports/routes.ts'
import { responseRoutes } from './responses/routes.ts'
import { DIRECTORY_IMPORT_PATH, directoryImportRoutes } from './services/import-routes.ts'
import { servicesRoutes } from './services/routes.ts'
import { serviceStatsRoutes } from './services/stats-routes.ts'
import { FeedCache } from './stories/feed-cache.ts'
import { storiesRoutes } from './stories/routes.ts'
import { platformSubscriberRoutes } from './subscribers/platform-routes.ts'
import { subscriberRoutes } from './subscribers/routes.ts'
import { exampleRoutes } from './web/examples.ts'
import { portalRoutes } from './web/portal-assets.ts'
import { widgetRoutes } from './web/widget-assets.ts'
import { widgetBuilderRoutes } from './widgets/routes.ts'

const MAX_BODY_BYTES = 100 * 1024

export function createApp({
  sql,
  config,
  feedCache = new FeedCache(config.FEED_CACHE_SECONDS),
}: {
  sql: SqlPool
  config: Config
  /** Shared with `serveApp`, which answers cache hits before the app runs. */
  feedCache?: FeedCache
}) {
  const deps: Deps = { sql, config, feedCache }
  const app = new OpenAPIHono<AppEnv>()

  app.use(requestId({ headerName: 'X-Request-Id' }))
  app.use(async (c, next) => {
    const started = performance.now()
    await next()
    log.info('request', {
      requestId: c.get('requestId'),
      method: c.req.method,
      route: c.req.routePath,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
  })
  // Directory CSV uploads and Stripe's events set their own, larger limits.
  const ownBodyLimit = (path: string) =>
    path.startsWith(DIRECTORY_IMPORT_PATH) || path === STRIPE_WEBHOOK_PATH
  const defaultBodyLimit = limitBody(
    MAX_BODY_BYTES,
    `The request body must be at most ${MAX_BODY_BYTES / 1024} KB.`,
  )
  app.use((c, next) => (ownBodyLimit(c.req.path) ? next() : defaultBodyLimit(c, next)))
  usePageSecurityHeaders(app)
  app.use('/api/v1/*', publicApiCors())
  app.use(refuseUnsafeText({ cookies: [SESSION_COOKIE], skipBody: ownBodyLimit }))
  app.use('/api/v1/*', apiKeyAuth(deps))

  app.get('/api/health', async (c) => {
    try {
      await sql`select 1`
      return c.json({ status: 'ok', database: 'ok' })
    } catch {
      return c.json({ status: 'degraded', database: 'unreachable' }, 503)
    }
  })

  mountResources(app, deps)
  mountApiDocs(app, config)
  app.notFound(answerNotFound)
  app.onError(handleError)
  return { app, deps }
}

/** Every resource's sub-app, in the order they are matched: public pages last but the widget, portal and examples. */
function mountResources(app: OpenAPIHono<AppEnv>, deps: Deps) {
  app.route('/', servicesRoutes(deps))
  app.route('/', serviceStatsRoutes(deps))
  app.route('/', storiesRoutes(deps))
  app.route('/', precheckRoutes())
  app.route('/', authRoutes(deps))
  app.route('/', devMailRoutes(deps))
  app.route('/', billingRoutes(deps))
  app.route('/', moderationRoutes(deps))
  app.route('/', moderationTextRoutes(deps))
  app.route('/', moderationWorkflowRoutes(deps))
  app.route('/', staffRoutes(deps))
  app.route('/', providerReviewApp(deps))
  app.route('/', followRoutes(deps))
  app.route('/', followPages(deps))
  app.route('/', subscriberRoutes(deps))
  app.route('/', safeguardingContactRoutes(deps))
  app.route('/', platformSubscriberRoutes(deps))
  app.route('/', directoryImportRoutes(deps))
  app.route('/', memberRoutes(deps))
  app.route('/', invitationRoutes(deps))
  app.route('/', inboxRoutes(deps))
  app.route('/', responseRoutes(deps))
  app.route('/', changeRoutes(deps))
  app.route('/', responseCoachRoutes(deps))
  app.route('/', alertRoutes(deps))
  app.route('/', dashboardRoutes(deps))
  app.route('/', widgetBuilderRoutes(deps))
  app.route('/', apiKeyRoutes(deps))
  app.route('/', stylesheetRoutes())
  app.route('/', reportRoutes(deps))
  app.route('/', faviconRoutes())
  app.route('/', homeRoutes(deps))
  app.route('/', tellRoutes(deps))
  app.route('/', reportPageRoutes(deps))
  app.route('/', pageRoutes(deps))
  app.route('/', widgetRoutes().app)
  app.route('/', portalRoutes())
  app.route('/', exampleRoutes(deps.sql))
}

/** A person who follows a broken link gets a page; programs get the error shape. */
async function answerNotFound(c: Context<AppEnv>) {
  const { method, path } = c.req
  if (method === 'GET' && !path.startsWith('/api/') && c.req.header('Accept')?.includes('text/html')) {
    await notFoundHeaders(c, async () => {
      const lang = langOf(c.req.query('lang'))
      const t = errorMessages[lang]
      const self = new URL(c.req.url)
      const alternates = bothLangs(`${self.pathname}${self.search}`)
      c.res = await c.html(notFoundPage(t.pageNotFound, t.checkAddress, { lang, alternates }), 404)
    })
    return c.res
  }
  return c.json(new AppError('not_found', `Nothing is at ${method} ${path}.`).toBody(), 404)
}

/** The OpenAPI document of every route mounted so far, and a page that reads it. */
function mountApiDocs(app: OpenAPIHono<AppEnv>, config: Config) {
  const openApiInfo = {
    openapi: '3.1.0',
    info: {
      title: 'Heard API',
      version: '1.0.0',
      description:
        'Stories of care, checked by people before they are published. Errors always look like ' +
        '`{ "error": { "code", "message", "issues"? } }`.',
    },
    servers: [{ url: config.PUBLIC_URL }],
  }
  app.doc31('/api/openapi.json', openApiInfo)
  app.get('/api/docs.css', docsStylesheet)
  app.get('/api/docs', (c) =>
    c.html(docsPage(app.getOpenAPI31Document(openApiInfo) as Parameters<typeof docsPage>[0])),
  )
}
