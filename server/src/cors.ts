import { cors } from 'hono/cors'
import type { MiddlewareHandler } from 'hono'

const EXPOSED = ['ETag', 'Retry-After', 'X-Request-Id', 'Idempotent-Replayed']

/** What every answer of the public API carries: any site may read it (it holds nothing private). */
export const PUBLIC_CORS_HEADERS: Readonly<Record<string, string>> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Expose-Headers': EXPOSED.join(','),
}

/**
 * CORS for `/api/v1/*`. Preflights go through hono/cors; every other request only needs the two
 * fixed headers above, set with `c.header` so that the answer keeps the node adapter's fast path
 * (hono/cors writes through `c.res.headers`, which forces a full `Response` for every request).
 */
export function publicApiCors(): MiddlewareHandler {
  const preflight = cors({
    origin: '*',
    allowMethods: ['GET', 'POST', 'OPTIONS'],
    allowHeaders: ['Content-Type', 'Idempotency-Key', 'If-None-Match', 'Authorization', 'X-Api-Key'],
    exposeHeaders: EXPOSED,
    maxAge: 86400,
  })
  return (c, next) => {
    if (c.req.method === 'OPTIONS') return preflight(c, next)
    for (const [name, value] of Object.entries(PUBLIC_CORS_HEADERS)) c.header(name, value)
    return next()
  }
}
