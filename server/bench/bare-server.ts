/**
 * Child process: the baseline — a bare node:http server answering each path with the exact bytes
 * the app served for it (sent by the parent in the `start` message), as application/json.
 */
import { createServer } from 'node:http'
import { answerParent, type ParentMessage } from './child-protocol.ts'

process.on('message', (message: ParentMessage) => {
  if (message.type !== 'start') return
  const bodies = new Map(
    Object.entries(message.payload as Record<string, string>).map(([path, body]) => [
      path,
      Buffer.from(body),
    ]),
  )
  const server = createServer((req, res) => {
    const body = bodies.get(req.url ?? '')
    if (!body) {
      res.writeHead(404).end()
      return
    }
    res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': body.length })
    res.end(body)
  })
  server.keepAliveTimeout = 60_000
  server.listen(0, '127.0.0.1', () => {
    const address = server.address()
    answerParent({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 })
  })
  process.on('disconnect', () => server.close(() => process.exit(0)))
})
