import { createHash } from 'node:crypto'

export interface CachedFeed {
  body: string
  etag: string
  expires: number
}

/**
 * A small in-process cache of serialised public feeds. Entries live at most `ttlSeconds` (the
 * documented max-age), so a process that did not see a publish still converges within it;
 * `clear()` drops everything at once in the process that did.
 */
export class FeedCache {
  private entries = new Map<string, CachedFeed>()

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

  set(key: string, body: string, now = Date.now()): CachedFeed {
    const entry = { body, etag: etagFor(body), expires: now + this.ttlSeconds * 1000 }
    if (this.ttlSeconds === 0) return entry
    if (this.entries.size >= this.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    this.entries.set(key, entry)
    return entry
  }

  clear(): void {
    this.entries.clear()
  }
}

export const etagFor = (body: string) => `W/"${createHash('sha1').update(body).digest('base64url')}"`
