import { once } from 'node:events'
import { rm } from 'node:fs/promises'
import { createServer, type Socket } from 'node:net'
import { dirname, join } from 'node:path'
import type { PGlite } from '@electric-sql/pglite'
import { PGLiteSocketServer } from '@electric-sql/pglite-socket'
import { serveOperator } from './operator.ts'
import { SharedSession, SocketServerSession } from './session.ts'

/** Per socket: far more than Heard's pool, the operator command line and a few psql sessions. */
const MAX_CONNECTIONS = 32

export interface EmbeddedServer {
  /** Stops listening, closes every connection and waits until what they held is rolled back. */
  stop(): Promise<void>
}

async function startSocketServer(db: PGlite, path: string): Promise<PGLiteSocketServer> {
  await rm(path, { force: true })
  const server = new PGLiteSocketServer({ db, path, maxConnections: MAX_CONNECTIONS })
  await server.start()
  return server
}

/**
 * Serves a PGlite database on Unix sockets, each through @electric-sql/pglite-socket:
 * `ownPath` for Heard itself (the server's pool, the operator command line, the tests), and
 * `operatorPath` for psql, where each connection passes through serveOperator (operator.ts) to
 * a second PGLiteSocketServer of its own. The two servers take turns on PGlite's one session
 * (session.ts).
 */
export async function serveEmbedded(
  pglite: PGlite,
  paths: { ownPath: string; operatorPath: string },
): Promise<EmbeddedServer> {
  const session = new SharedSession()
  const psqlServerPath = join(dirname(paths.operatorPath), '.heard-psql.sock')
  const forHeard = await startSocketServer(
    new SocketServerSession(pglite, session, false).asPGlite(),
    paths.ownPath,
  )
  const forPsql = await startSocketServer(
    new SocketServerSession(pglite, session, true).asPGlite(),
    psqlServerPath,
  )
  const psqlSockets = new Set<Socket>()
  await rm(paths.operatorPath, { force: true })
  const guard = createServer((socket) => {
    psqlSockets.add(socket)
    socket.once('close', () => psqlSockets.delete(socket))
    serveOperator(socket, psqlServerPath)
  })
  guard.maxConnections = MAX_CONNECTIONS
  guard.listen(paths.operatorPath)
  await once(guard, 'listening')
  return {
    async stop() {
      const closed = new Promise((done) => guard.close(done))
      for (const socket of psqlSockets) socket.destroy()
      await closed
      await forPsql.stop()
      await forHeard.stop()
      // Connections roll back what they held as they close; wait for the session to be free.
      const release = await session.acquire()
      release()
      await Promise.all(
        [paths.ownPath, paths.operatorPath, psqlServerPath].map((path) => rm(path, { force: true })),
      )
    },
  }
}
