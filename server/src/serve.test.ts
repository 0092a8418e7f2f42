import { Agent, request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import { serveApp, type Served } from './serve.ts'
import { FeedCache } from './stories/feed-cache.ts'

interface Answer {
  status?: number
  connection?: string
  reusedSocket: boolean
  error?: string
}

let release: () => void = () => {}
let served: Served
const agents: Agent[] = []

/** A server whose `/slow` answers only when the test calls `release()`. */
async function start() {
  served = await serveApp(
    async (req) => {
      if (new URL(req.url).pathname === '/slow') await new Promise<void>((resolve) => (release = resolve))
      return new Response('ok')
    },
    new FeedCache(0),
    { port: 0, hostname: '127.0.0.1' },
  )
  return served.address.port
}

function keepAliveAgent() {
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  agents.push(agent)
  return agent
}

/** Sends a GET; resolves with the answer or the client's error code. */
function get(port: number, path: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path, agent }, (res) => {
      res.resume()
      res.on('end', () =>
        resolve({
          status: res.statusCode,
          connection: res.headers.connection,
          reusedSocket: req.reusedSocket,
        }),
      )
    })
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve({ error: err.code, reusedSocket: req.reusedSocket }),
    )
    req.end()
  })
}

afterEach(async () => {
  release()
  for (const agent of agents.splice(0)) agent.destroy()
  await served.drain(0)
})

describe('draining the server', () => {
  it('answers a request that arrives on an idle keep-alive connection just after draining began', async () => {
    const port = await start()
    const agent = keepAliveAgent()
    expect(await get(port, '/', agent)).toMatchObject({ status: 200, connection: 'keep-alive' })
    const drained = served.drain(5000)
    // Written at once on the pooled connection, racing the server's close of idle connections.
    expect(await get(port, '/', agent)).toEqual({ status: 200, connection: 'close', reusedSocket: true })
    expect(await drained).toBe(true)
  })

  it('closes a connection that stays idle, and refuses new connections', async () => {
    const port = await start()
    const agent = keepAliveAgent()
    await get(port, '/', agent)
    const socketClosed = new Promise<void>((resolve) =>
      Object.values(agent.freeSockets)[0]![0]!.once('close', () => resolve()),
    )
    const drained = served.drain(5000)
    expect(await get(port, '/', new Agent())).toMatchObject({ error: 'ECONNREFUSED' })
    await socketClosed
    expect(await drained).toBe(true)
  })

  it('waits for a request in flight and answers it with Connection: close', async () => {
    const port = await start()
    const answer = get(port, '/slow', keepAliveAgent())
    await new Promise<void>((resolve) => served.server.once('request', () => setImmediate(resolve)))
    const drained = served.drain(5000)
    release()
    expect(await answer).toMatchObject({ status: 200, connection: 'close' })
    expect(await drained).toBe(true)
  })

  it('cuts a request still in flight when the timeout runs out, and says so', async () => {
    const port = await start()
    const answer = get(port, '/slow', keepAliveAgent())
    await new Promise<void>((resolve) => served.server.once('request', () => resolve()))
    expect(await served.drain(50)).toBe(false)
    expect(await answer).toMatchObject({ error: 'ECONNRESET' })
  })
})
