import type { Server } from 'node:http'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testConfig } from '../test/app.ts'
import { resetDatabase, testSql } from '../test/db.ts'
import { createStory, seedDirectory } from '../test/fixtures.ts'
import { createApp } from './app.ts'
import { setLogLevel } from './log.ts'
import { serveApp } from './serve.ts'
import { FeedCache } from './stories/feed-cache.ts'

setLogLevel('silent')
const sql = testSql()
const feedCache = new FeedCache(60)
let ids: Record<string, string>
let server: Server
let base = ''
/** Requests the app itself saw: a cache hit answered before the app never reaches it. */
let appRequests: string[] = []

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  await createStory(sql, [ids['TST01-W1']!])
  const { app } = createApp({ sql, config: testConfig({ FEED_CACHE_SECONDS: '60' }), feedCache })
  const served = await serveApp(
    (request) => {
      appRequests.push(new URL(request.url).pathname)
      return app.fetch(request)
    },
    feedCache,
    { port: 0, hostname: '127.0.0.1' },
  )
  server = served.server
  base = `http://127.0.0.1:${served.address.port}`
})

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))

beforeEach(() => {
  feedCache.clear()
  appRequests = []
})

const feedPath = () => `/api/v1/services/${ids['TST01']}/stories?limit=5`
const HEADERS = [
  'content-type',
  'cache-control',
  'etag',
  'vary',
  'access-control-allow-origin',
  'access-control-expose-headers',
]
const pick = (res: Response) => Object.fromEntries(HEADERS.map((h) => [h, res.headers.get(h)]))

describe('cached feeds answered before the app', () => {
  it('serves the second request from the cache with the same body and headers as the first', async () => {
    const first = await fetch(base + feedPath())
    const second = await fetch(base + feedPath())
    expect(appRequests).toEqual([`/api/v1/services/${ids['TST01']}/stories`])
    expect(first.status).toBe(200)
    expect(second.status).toBe(200)
    const body = await first.text()
    expect(JSON.parse(body).stories).toHaveLength(1)
    expect(await second.text()).toBe(body)
    expect(pick(second)).toEqual(pick(first))
    expect(second.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(second.headers.get('access-control-allow-origin')).toBe('*')
    expect(second.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/)
    expect(second.headers.get('x-request-id')).not.toBe(first.headers.get('x-request-id'))
  })

  it('answers a matching If-None-Match with 304 and no body, and keeps a plain caller request id', async () => {
    const etag = (await fetch(base + feedPath())).headers.get('etag')!
    const res = await fetch(base + feedPath(), {
      headers: { 'if-none-match': etag, 'x-request-id': 'trace-42' },
    })
    expect(res.status).toBe(304)
    expect(await res.text()).toBe('')
    expect(res.headers.get('etag')).toBe(etag)
    expect(res.headers.get('x-request-id')).toBe('trace-42')
    expect(appRequests).toHaveLength(1)
  })

  it('leaves requests with an API key to the app, which refuses a bad one even for a cached feed', async () => {
    await fetch(base + feedPath())
    const res = await fetch(base + feedPath(), { headers: { authorization: 'Bearer heard_nonsense' } })
    expect(res.status).toBe(401)
    expect(appRequests).toHaveLength(2)
  })

  it('forgets everything when the cache is cleared (as publishing does)', async () => {
    await fetch(base + feedPath())
    const publishedLater = await createStory(sql, [ids['TST01-W1']!])
    feedCache.clear()
    const res = await fetch(base + feedPath())
    expect((await res.json()).stories.map((s: { id: string }) => s.id)).toContain(publishedLater)
    expect(appRequests).toHaveLength(2)
  })

  it('does not serve other routes, HEAD or a different query from a feed entry', async () => {
    await fetch(base + feedPath())
    const head = await fetch(base + feedPath(), { method: 'HEAD' })
    const other = await fetch(`${base}/api/v1/services/${ids['TST01']}/stories?limit=6`)
    expect(head.status).toBe(200)
    expect(other.status).toBe(200)
    expect(appRequests).toHaveLength(3)
  })
})
