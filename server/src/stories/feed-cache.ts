import { createHash } from 'node:crypto'

export interface CachedFeed {
  body: string
  /** The body as UTF-8, encoded once for every answer from the cache. */
  bytes: Buffer
  etag: string
  expires: number
  /** From this moment a request for the entry has it rebuilt in the background (it is still served). */
  refreshAt: number
  /** The route that built it, for the request log. */
  route: string
}

/** The last part of an entry's life in which it is rebuilt ahead of expiry: a fifth, at most 2 s. */
const refreshWindowMs = (ttlSeconds: number) => Math.min(2000, ttlSeconds * 200)

/**
 * A small in-process cache of serialised public feeds, keyed by the request target (path and
 * query). Entries live at most `ttlSeconds` (the documented max-age), so a process that did not
 * see a publish still converges within it; `clear()` drops everything at once in the process that
 * did, and a build that began before a clear is served once but not kept. An entry requested near
 * the end of its life is rebuilt in the background while it is still served, so readers of a busy
 * feed never wait for its rebuild. Hits are answered before the app runs (`cached-feeds.ts`); the
 * feed routes fill it through `load`.
 */
export class FeedCache {
  private entries = new Map<string, CachedFeed>()
  private refreshing = new Set<string>()
  private generation = 0

  constructor(
    private readonly ttlSeconds: number,
    private readonly maxEntries = 2000,
    private readonly onRefreshError: (err: unknown, route: string) => void = () => {},
  ) {}

  /** The entry, while it is fresh. */
  get(key: string, now = Date.now()): CachedFeed | undefined {
    const entry = this.entries.get(key)
    if (entry && entry.expires > now) return entry
    if (entry) this.entries.delete(key)
    return undefined
  }

  /** The entry when it can be answered without the app: fresh, and not due a rebuild nobody has started. */
  servable(key: string, now = Date.now()): CachedFeed | undefined {
    const entry = this.get(key, now)
    return entry && (now < entry.refreshAt || this.refreshing.has(key)) ? entry : undefined
  }

  /**
   * The entry for `key`: built (and kept) when missing; when due, served as it is while `build`
   * runs again in the background.
   */
  async load(
    key: string,
    route: string,
    build: () => Promise<string>,
    now = Date.now(),
  ): Promise<CachedFeed> {
    const entry = this.get(key, now)
    if (!entry) {
      const generation = this.generation
      return this.store(key, await build(), route, generation)
    }
    if (now >= entry.refreshAt && !this.refreshing.has(key)) {
      this.refreshing.add(key)
      const generation = this.generation
      build()
        .then((body) => this.store(key, body, route, generation))
        .catch((err: unknown) => this.onRefreshError(err, route))
        .finally(() => this.refreshing.delete(key))
    }
    return entry
  }

  private store(key: string, body: string, route: string, generation: number): CachedFeed {
    const now = Date.now()
    const expires = now + this.ttlSeconds * 1000
    const entry = {
      body,
      bytes: Buffer.from(body),
      etag: etagFor(body),
      expires,
      refreshAt: expires - refreshWindowMs(this.ttlSeconds),
      route,
    }
    if (this.ttlSeconds === 0 || generation !== this.generation) return entry
    this.entries.delete(key)
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, entry)
    return entry
  }

  clear(): void {
    this.entries.clear()
    this.refreshing.clear()
    this.generation++
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
