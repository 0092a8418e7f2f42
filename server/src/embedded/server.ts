import { once } from 'node:events'
import { rm } from 'node:fs/promises'
import { createServer, type Server, type Socket } from 'node:net'
import type { PGlite } from '@electric-sql/pglite'
import { serveConnection } from './connection.ts'
import { SharedSession } from './session.ts'
import { errorResponse } from './wire.ts'

/** Per socket: far more than Heard's pool, the operator command line and a few psql sessions. */
const MAX_CONNECTIONS = 32

export interface EmbeddedServer {
  /** The one session every connection takes turns on. */
  session: SharedSession
  /** Stops listening, closes every connection and waits until none holds the session. */
  stop(): Promise<void>
}

/**
 * Serves a PGlite database on two Unix sockets: `ownPath` for Heard itself (the server's pool,
 * the operator command line, the tests) and `operatorPath` for psql, guarded (see connection.ts).
 */
export async function serveEmbedded(
  pglite: PGlite,
  paths: { ownPath: string; operatorPath: string },
): Promise<EmbeddedServer> {
  const session = new SharedSession(pglite)
  const sockets = new Set<Socket>()
  const listen = async (path: string, operator: boolean): Promise<Server> => {
    await rm(path, { force: true })
    const server = createServer((socket) => {
      if (sockets.size >= MAX_CONNECTIONS * 2) {
        socket.end(
          errorResponse({
            severity: 'FATAL',
            code: '53300',
            message: 'too many connections to the embedded database',
          }),
        )
        return
      }
      sockets.add(socket)
      socket.once('close', () => sockets.delete(socket))
      serveConnection(socket, session, operator)
    })
    server.maxConnections = MAX_CONNECTIONS
    server.listen(path)
    await once(server, 'listening')
    return server
  }
  const servers = [await listen(paths.ownPath, false), await listen(paths.operatorPath, true)]
  return {
    session,
    async stop() {
      const closed = servers.map((server) => new Promise((done) => server.close(done)))
      for (const socket of sockets) socket.destroy()
      await Promise.all(closed)
      // Connections roll back what they held once their sockets close; wait for the session to be free.
      const last = await session.acquire()
      last.release()
      await Promise.all([rm(paths.ownPath, { force: true }), rm(paths.operatorPath, { force: true })])
    },
  }
}
