import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { cachedFeedResponder } from './cached-feeds.ts'
import type { FeedCache } from './stories/feed-cache.ts'

export interface Served {
  server: Server
  address: AddressInfo
}

/**
 * Serves the app over node:http: cached feeds are answered before the app runs
 * (`cached-feeds.ts`); every other request goes through @hono/node-server to the app.
 */
export async function serveApp(
  fetch: (request: Request) => Response | Promise<Response>,
  feedCache: FeedCache,
  { port, hostname }: { port: number; hostname: string },
): Promise<Served> {
  const app = getRequestListener(fetch, { hostname })
  const cached = cachedFeedResponder(feedCache)
  const server = createServer((req, res) => {
    if (!cached(req, res)) void app(req, res)
  })
  server.listen(port, hostname)
  await once(server, 'listening')
  return { server, address: server.address() as AddressInfo }
}
