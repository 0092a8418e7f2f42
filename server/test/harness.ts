import { createApp } from '../src/app.ts'
import type { SqlPool } from '../src/db.ts'
import { seedDemo } from '../src/demo/seed.ts'
import { setLogLevel } from '../src/log.ts'
import { serveApp } from '../src/serve.ts'
import { FeedCache } from '../src/stories/feed-cache.ts'
import { testConfig } from './app.ts'
import { resetDatabase, testSql } from './db.ts'

export interface TestServer {
  /** e.g. `http://127.0.0.1:41234`, no trailing slash. */
  url: string
  sql: SqlPool
  close(): Promise<void>
}

/**
 * The whole app on a real port, for browser tests: the run's test database, emptied and loaded
 * with the demo directory and stories. Serves the API, widget, portal, examples and public pages.
 */
export async function startTestServer(
  options: { env?: Record<string, string>; seed?: boolean } = {},
): Promise<TestServer> {
  const sql = testSql()
  await resetDatabase(sql)
  if (options.seed !== false) await seedDemo(sql)
  // The app needs its public URL, which is known only once the server listens.
  const target: { fetch?: (request: Request) => Response | Promise<Response> } = {}
  const feedCache = new FeedCache(testConfig(options.env).FEED_CACHE_SECONDS)
  const { server, address } = await serveApp((request) => target.fetch!(request), feedCache, {
    port: 0,
    hostname: '127.0.0.1',
  })
  const url = `http://127.0.0.1:${address.port}`
  const config = testConfig({ PUBLIC_URL: url, TRUST_PROXY: 'false', ...options.env })
  setLogLevel(config.LOG_LEVEL)
  const { app } = createApp({ sql, config, feedCache })
  target.fetch = app.fetch
  return {
    url,
    sql,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()))
        ;(server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.()
      }),
  }
}
