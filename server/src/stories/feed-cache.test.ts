import { describe, expect, it } from 'vitest'
import { FeedCache, feedKey } from './feed-cache.ts'

/** A build whose result the test hands over when it chooses. */
function pendingBuild() {
  let finish!: (body: string) => void
  let calls = 0
  const build = () => {
    calls++
    return new Promise<string>((resolve) => (finish = resolve))
  }
  return { build, finish: (body: string) => finish(body), calls: () => calls }
}

const settled = () => new Promise((resolve) => setImmediate(resolve))

describe('FeedCache', () => {
  it('builds a missing entry once and serves it while fresh', async () => {
    const cache = new FeedCache(10)
    let builds = 0
    const build = async () => `{"n":${++builds}}`
    const first = await cache.load('/f', 'route', build)
    const again = await cache.load('/f', 'route', build)
    expect(builds).toBe(1)
    expect(again).toBe(first)
    expect(cache.servable('/f')).toBe(first)
    expect(cache.get('/f', first.expires)).toBeUndefined()
  })

  it('rebuilds an entry near the end of its life in the background, serving the old one meanwhile', async () => {
    const cache = new FeedCache(10)
    const old = await cache.load('/f', 'route', async () => '"old"')
    expect(old.refreshAt).toBe(old.expires - 2000)
    const due = old.refreshAt
    // Due, and nobody has started the rebuild: the app must see the request.
    expect(cache.servable('/f', due)).toBeUndefined()
    const next = pendingBuild()
    expect(await cache.load('/f', 'route', next.build, due)).toBe(old)
    // Started: hits are served from the cache again, and no second rebuild starts.
    expect(cache.servable('/f', due)).toBe(old)
    expect(await cache.load('/f', 'route', next.build, due)).toBe(old)
    expect(next.calls()).toBe(1)
    next.finish('"new"')
    await settled()
    expect(cache.get('/f')?.body).toBe('"new"')
  })

  it('keeps nothing a build made from before a clear (a publish)', async () => {
    const cache = new FeedCache(10)
    const slow = pendingBuild()
    const loading = cache.load('/f', 'route', slow.build)
    cache.clear()
    slow.finish('"before the publish"')
    expect((await loading).body).toBe('"before the publish"')
    expect(cache.get('/f')).toBeUndefined()
  })

  it('reports a failed background rebuild and serves the old entry until it expires', async () => {
    const failures: string[] = []
    const cache = new FeedCache(10, 100, (_err, route) => failures.push(route))
    const old = await cache.load('/f', 'route', async () => '"old"')
    await cache.load('/f', 'route', () => Promise.reject(new Error('gone')), old.refreshAt)
    await settled()
    expect(failures).toEqual(['route'])
    expect(cache.get('/f', old.refreshAt)).toBe(old)
  })

  it('keeps nothing when caching is off', async () => {
    const cache = new FeedCache(0)
    await cache.load('/f', 'route', async () => '"x"')
    expect(cache.get('/f')).toBeUndefined()
  })
})

describe('feedKey', () => {
  it('is the request target, whatever the host', () => {
    expect(feedKey('http://heard.test/api/v1/stories?services=a,b')).toBe('/api/v1/stories?services=a,b')
    expect(feedKey('/api/v1/stories')).toBe('/api/v1/stories')
  })
})
