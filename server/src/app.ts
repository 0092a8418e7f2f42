import { OpenAPIHono } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { cors } from 'hono/cors'
import { HTTPException } from 'hono/http-exception'
import { requestId } from 'hono/request-id'
import { ZodError } from 'zod'
import type { Config } from './config.ts'
import type { SqlPool } from './db.ts'
import { docsPage } from './docs.ts'
import { AppError, ERROR_STATUS, type ErrorCode } from './errors.ts'
import type { AppEnv, Deps } from './http.ts'
import { log } from './log.ts'
import { precheckRoutes } from './precheck/routes.ts'
import { servicesRoutes } from './services/routes.ts'
import { FeedCache } from './stories/feed-cache.ts'
import { storiesRoutes } from './stories/routes.ts'

const MAX_BODY_BYTES = 100 * 1024

export function createApp({ sql, config }: { sql: SqlPool; config: Config }) {
  const deps: Deps = { sql, config, feedCache: new FeedCache(config.FEED_CACHE_SECONDS) }
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
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_BODY_BYTES,
      onError: () => {
        throw new AppError(
          'payload_too_large',
          `The request body must be at most ${MAX_BODY_BYTES / 1024} KB.`,
        )
      },
    }),
  )
  app.use(
    '/api/v1/*',
    cors({
      origin: '*',
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match'],
      exposeHeaders: ['ETag', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed'],
      maxAge: 86400,
    }),
  )

  app.get('/api/health', async (c) => {
    try {
      await sql`select 1`
      return c.json({ status: 'ok', database: 'ok' })
    } catch {
      return c.json({ status: 'degraded', database: 'unreachable' }, 503)
    }
  })

  app.route('/', servicesRoutes(deps))
  app.route('/', storiesRoutes(deps))
  app.route('/', precheckRoutes())

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
  app.get('/api/docs', (c) =>
    c.html(docsPage(app.getOpenAPI31Document(openApiInfo) as Parameters<typeof docsPage>[0])),
  )

  app.notFound((c) =>
    c.json(new AppError('not_found', `Nothing is at ${c.req.method} ${c.req.path}.`).toBody(), 404),
  )
  app.onError((err, c) => {
    const error = toAppError(err)
    if (error.status >= 500) {
      log.error('request_failed', {
        requestId: c.get('requestId'),
        route: c.req.routePath,
        error: err.name,
        code: (err as { code?: string }).code,
      })
    }
    return c.json(error.toBody(), error.status, error.headers)
  })
  return { app, deps }
}

const pgCodes: Record<string, ErrorCode> = {
  '23505': 'conflict',
  '23503': 'validation_failed',
  '22P02': 'validation_failed',
  '22001': 'validation_failed',
}

function toAppError(err: Error): AppError {
  if (err instanceof AppError) return err
  if (err instanceof ZodError) {
    return new AppError(
      'validation_failed',
      'Some of the information is missing or not in the right form.',
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  if (err instanceof HTTPException) {
    const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === err.status)?.[0] ??
      'bad_request') as ErrorCode
    return new AppError(code, err.message || 'The request could not be understood.')
  }
  const pgCode = (err as { code?: unknown }).code
  if (typeof pgCode === 'string' && pgCodes[pgCode]) {
    return new AppError(
      pgCodes[pgCode],
      pgCode === '23505'
        ? 'That already exists.'
        : 'That refers to something that does not exist or is not valid.',
    )
  }
  return new AppError('internal_error', 'Something went wrong on our side. Please try again.')
}
