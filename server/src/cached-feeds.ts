import { randomUUID } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Context } from 'hono'
import { PUBLIC_CORS_HEADERS } from './cors.ts'
import type { AppEnv } from './http.ts'
import { log } from './log.ts'
import { feedHeaders, feedKey, type FeedCache } from './stories/feed-cache.ts'

/**
 * Serves a public JSON answer (a feed, a service's figures) from the cache when it can; builds,
 * caches and serves it otherwise. Whatever is cached here is also answered by
 * `cachedFeedResponder` before the app runs. A build that throws (404) caches nothing.
 */
export async function serveCached(c: Context<AppEnv>, cache: FeedCache, build: () => Promise<object>) {
  const key = feedKey(c.req.url)
  let entry = cache.get(key)
  if (!entry) {
    const generation = cache.generation
    entry = cache.set(key, JSON.stringify(await build()), c.req.routePath, generation)
  }
  const headers = feedHeaders(entry)
  if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers)
  return c.body(entry.body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
}

/** Hono's request-id rule: a caller's id is kept when it is short and plain. */
const callerRequestId = (value: string | string[] | undefined) =>
  typeof value === 'string' && value.length > 0 && value.length <= 255 && !/[^\w\-=]/.test(value)
    ? value
    : undefined

/**
 * Answers a GET for a feed that is in the cache straight from node:http, before the app runs —
 * the in-process equivalent of a CDN hit, and what keeps the cached feed near a bare server's
 * speed. The answer is the one the feed route gives for the same entry (status, body, ETag/304,
 * caching, CORS, request id, request log). Anything else — a miss, HEAD, or a request with an API
 * key, which the app must check — returns false and goes to the app.
 */
export function cachedFeedResponder(cache: FeedCache) {
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (
      req.method !== 'GET' ||
      req.headers.authorization !== undefined ||
      req.headers['x-api-key'] !== undefined
    ) {
      return false
    }
    const started = performance.now()
    const entry = cache.get(req.url ?? '')
    if (!entry) return false
    const requestId = callerRequestId(req.headers['x-request-id']) ?? randomUUID()
    const notModified = req.headers['if-none-match'] === entry.etag
    const headers: Record<string, string | number> = {
      ...feedHeaders(entry),
      ...PUBLIC_CORS_HEADERS,
      'X-Request-Id': requestId,
    }
    if (notModified) {
      res.writeHead(304, headers).end()
    } else {
      headers['Content-Type'] = entry.contentType
      headers['Content-Length'] = entry.bytes.length
      res.writeHead(200, headers).end(entry.bytes)
    }
    log.info('request', {
      requestId,
      method: 'GET',
      route: entry.route,
      status: notModified ? 304 : 200,
      ms: Math.round((performance.now() - started) * 10) / 10,
    })
    return true
  }
}
