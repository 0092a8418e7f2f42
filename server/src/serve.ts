import { once } from 'node:events'
import { createServer, type Server, type ServerResponse } from 'node:http'
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net'
import { getRequestListener } from '@hono/node-server'
import { cachedFeedResponder } from './cached-feeds.ts'
import type { FeedCache } from './stories/feed-cache.ts'

export interface Served {
  server: Server
  address: AddressInfo
  /**
   * Stops serving: no new connections, `Connection: close` on every response not yet begun, idle
   * keep-alive connections closed. Resolves true once every connection has closed, or false when
   * `timeoutMs` ran out and the connections still open were cut.
   */
  drain(timeoutMs: number): Promise<boolean>
}

/**
 * How long an idle keep-alive connection may still bring a request once draining begins. Closing
 * it at once would race a request its client is writing: that request would be lost unanswered.
 */
const IDLE_GRACE_MS = 1000
const SWEEP_MS = 100

interface Connection {
  /** Responses begun and not yet finished on this connection. */
  open: number
  /** When the last one finished (or the connection opened), and the bytes read by then. */
  idleSince: number
  bytesAtIdle: number
}

/** Follows every connection and response, so that a drain can tell which connections are idle. */
function trackConnections(server: Server) {
  const connections = new Map<Socket, Connection>()
  const responses = new Set<ServerResponse>()
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { open: 0, idleSince: Date.now(), bytesAtIdle: 0 })
    socket.once('close', () => connections.delete(socket))
  })
  function finished(this: ServerResponse) {
    responses.delete(this)
    const socket = this.req.socket
    const connection = connections.get(socket)
    if (connection && --connection.open === 0) {
      connection.idleSince = Date.now()
      connection.bytesAtIdle = socket.bytesRead
    }
  }
  return {
    responses,
    begun(res: ServerResponse) {
      responses.add(res)
      const connection = connections.get(res.req.socket)
      if (connection) connection.open++
      res.once('close', finished)
    },
    /** Connections with no request in progress, that have brought nothing new for `graceMs`. */
    idleFor(graceMs: number, since: number): Socket[] {
      const now = Date.now()
      return [...connections]
        .filter(
          ([socket, c]) =>
            c.open === 0 &&
            socket.bytesRead === c.bytesAtIdle &&
            now - Math.max(c.idleSince, since) >= graceMs,
        )
        .map(([socket]) => socket)
    },
  }
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
  let draining = false
  const server = createServer((req, res) => {
    if (draining) res.setHeader('Connection', 'close')
    tracked.begun(res)
    if (!cached(req, res)) void app(req, res)
  })
  const tracked = trackConnections(server)
  server.listen(port, hostname)
  await once(server, 'listening')

  let drained: Promise<boolean> | undefined
  function drain(timeoutMs: number): Promise<boolean> {
    drained ??= new Promise<boolean>((resolve) => {
      draining = true
      const started = Date.now()
      for (const res of tracked.responses) if (!res.headersSent) res.setHeader('Connection', 'close')
      // node:http's own close() also closes idle connections at once; net's only stops listening.
      NetServer.prototype.close.call(server, () => finish(true))
      // After the poll phase (setImmediate), so that a request already received counts as activity.
      const sweep = setInterval(
        () => setImmediate(() => tracked.idleFor(IDLE_GRACE_MS, started).forEach((s) => s.destroy())),
        SWEEP_MS,
      )
      const timeout = setTimeout(() => {
        server.closeAllConnections()
        finish(false)
      }, timeoutMs)
      function finish(complete: boolean) {
        clearInterval(sweep)
        clearTimeout(timeout)
        resolve(complete)
      }
    })
    return drained
  }
  return { server, address: server.address() as AddressInfo, drain }
}
