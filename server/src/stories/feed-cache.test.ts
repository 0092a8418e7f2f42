import { describe, expect, it } from 'vitest'
import { FeedCache, feedKey } from './feed-cache.ts'

describe('FeedCache', () => {
  it('serves an entry until it expires', () => {
    const cache = new FeedCache(10)
    const entry = cache.set('/f', '"x"', 'route', cache.generation, 1_000)
    expect(cache.get('/f', 1_000)).toBe(entry)
    expect(cache.get('/f', 10_999)).toBe(entry)
    expect(cache.get('/f', 11_000)).toBeUndefined()
  })

  it('does not keep a feed built from data read before a publish cleared the cache', () => {
    const cache = new FeedCache(10)
    const generation = cache.generation // the build starts
    cache.clear() // a story is published meanwhile
    const entry = cache.set('/f', '"before the publish"', 'route', generation)
    expect(entry.body).toBe('"before the publish"')
    expect(cache.get('/f')).toBeUndefined()
    cache.set('/f', '"after"', 'route', cache.generation)
    expect(cache.get('/f')?.body).toBe('"after"')
  })

  it('keeps nothing when caching is off', () => {
    const cache = new FeedCache(0)
    cache.set('/f', '"x"', 'route')
    expect(cache.get('/f')).toBeUndefined()
  })
})

describe('feedKey', () => {
  it('is the request target, whatever the host', () => {
    expect(feedKey('http://heard.test/api/v1/stories?services=a,b')).toBe('/api/v1/stories?services=a,b')
    expect(feedKey('/api/v1/stories')).toBe('/api/v1/stories')
  })
})
