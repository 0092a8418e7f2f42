import { createHash } from 'node:crypto'

export interface CachedFeed {
  body: string
  /** The body as UTF-8, encoded once for every answer from the cache. */
  bytes: Buffer
  etag: string
  expires: number
  /** The route that built it, for the request log. */
  route: string
  /** JSON unless the route said otherwise (the Atom feeds). */
  contentType: string
}

export const JSON_CONTENT_TYPE = 'application/json; charset=utf-8'

/**
 * A small in-process cache of serialised public feeds, keyed by the request target (path and
 * query). Entries live at most `ttlSeconds` (the documented max-age), so a process that did not
 * see a publish still converges within it; `clear()` drops everything at once in the process that
 * did. Hits are answered before the app runs (`cached-feeds.ts`); the feed routes fill it.
 */
export class FeedCache {
  private entries = new Map<string, CachedFeed>()
  private cleared = 0

  constructor(
    private readonly ttlSeconds: number,
    private readonly maxEntries = 2000,
  ) {}

  get(key: string, now = Date.now()): CachedFeed | undefined {
    const entry = this.entries.get(key)
    if (entry && entry.expires > now) return entry
    if (entry) this.entries.delete(key)
    return undefined
  }

  /** Take before building an entry and give to `set`: a build begun before a `clear()` is not kept. */
  get generation(): number {
    return this.cleared
  }

  set(
    key: string,
    body: string,
    route: string,
    generation = this.cleared,
    now = Date.now(),
    contentType = JSON_CONTENT_TYPE,
  ): CachedFeed {
    const entry = {
      body,
      contentType,
      bytes: Buffer.from(body),
      etag: etagFor(body),
      expires: now + this.ttlSeconds * 1000,
      route,
    }
    // Built from data read before a publish cleared the cache: served to its request, not kept.
    if (this.ttlSeconds === 0 || generation !== this.cleared) return entry
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, entry)
    return entry
  }

  clear(): void {
    this.entries.clear()
    this.cleared++
  }
}

export const etagFor = (body: string) => `W/"${createHash('sha1').update(body).digest('base64url')}"`

/** The cache key of a request: its target, path and query, whatever host it was sent to. */
export function feedKey(url: string): string {
  const scheme = url.indexOf('://')
  if (scheme < 0) return url
  const path = url.indexOf('/', scheme + 3)
  return path < 0 ? '/' : url.slice(path)
}

/** The headers of a feed answer (200 or 304), wherever it is served from. */
export function feedHeaders(entry: CachedFeed, now = Date.now()): Record<string, string> {
  const maxAge = Math.max(0, Math.ceil((entry.expires - now) / 1000))
  return {
    'Cache-Control': `public, max-age=${maxAge}, stale-while-revalidate=30`,
    ETag: entry.etag,
    Vary: 'Accept-Encoding',
  }
}
