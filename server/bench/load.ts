/**
 * Child process: a closed-loop HTTP load generator. `connections` loops each keep one request in
 * flight over their own keep-alive connection, for a warm-up and then a measured window; latency
 * is recorded only for requests that start after the warm-up and finish within the window.
 */
import { Agent, request } from 'node:http'
import { answerParent, type ParentMessage } from './child-protocol.ts'
import { percentile, type LoadResult, type LoadSpec } from './load-spec.ts'
import { getRequest, postRequest, RawConnection } from './raw-client.ts'

/** Sends request number `n` for a worker and resolves with the status. */
type Send = (n: number, worker: number) => Promise<number>

function httpSender(spec: LoadSpec): { send: Send; close: () => void } {
  const agent = new Agent({ keepAlive: true, maxSockets: spec.connections })
  const { hostname: host, port } = new URL(spec.origin)
  const { requests } = spec
  const send: Send = (n, worker) =>
    new Promise((resolve, reject) => {
      const get = requests.kind === 'get'
      const body = get ? undefined : requests.bodies[n % requests.bodies.length]!
      const headers = get
        ? {}
        : {
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body!),
            'Idempotency-Key': `${requests.keyPrefix}-${n}`,
          }
      const path = get
        ? requests.paths[(worker + n * spec.connections) % requests.paths.length]!
        : requests.path
      const req = request({ agent, host, port, method: get ? 'GET' : 'POST', path, headers }, (res) => {
        res.on('data', () => {})
        res.on('end', () => resolve(res.statusCode ?? 0))
        res.on('error', reject)
      })
      req.on('error', reject)
      req.end(body)
    })
  return { send, close: () => agent.destroy() }
}

function rawSender(spec: LoadSpec): { send: Send; close: () => void } {
  const { hostname, port, host } = new URL(spec.origin)
  const connections = Array.from(
    { length: spec.connections },
    () => new RawConnection(hostname, Number(port)),
  )
  const { requests } = spec
  const gets = requests.kind === 'get' ? requests.paths.map((p) => getRequest(host, p)) : []
  const send: Send = (n, worker) =>
    connections[worker]!.request(
      requests.kind === 'get'
        ? gets[(worker + n * spec.connections) % gets.length]!
        : postRequest(host, requests.path, requests.bodies[n % requests.bodies.length]!, {
            'Idempotency-Key': `${requests.keyPrefix}-${n}`,
          }),
    )
  return { send, close: () => connections.forEach((c) => c.close()) }
}

async function run(spec: LoadSpec): Promise<LoadResult> {
  const { send, close } = spec.client === 'http' ? httpSender(spec) : rawSender(spec)
  const start = performance.now()
  const measureFrom = start + spec.warmupMs
  const end = measureFrom + spec.durationMs
  const latencies: number[] = []
  const statuses: Record<string, number> = {}
  let errors = 0
  let sentTotal = 0
  let okTotal = 0
  let counter = 0

  async function loop(worker: number) {
    while (performance.now() < end) {
      const t0 = performance.now()
      try {
        const status = await send(counter++, worker)
        const t1 = performance.now()
        sentTotal++
        if (status >= 200 && status < 300) okTotal++
        if (t0 >= measureFrom && t1 <= end) {
          latencies.push(t1 - t0)
          statuses[status] = (statuses[status] ?? 0) + 1
        }
      } catch {
        sentTotal++
        errors++
      }
    }
  }
  await Promise.all(Array.from({ length: spec.connections }, (_, w) => loop(w)))
  close()
  const sorted = Float64Array.from(latencies).sort()
  const seconds = spec.durationMs / 1000
  return {
    requests: sorted.length,
    seconds,
    perSecond: sorted.length / seconds,
    p50Ms: percentile(sorted, 50),
    p90Ms: percentile(sorted, 90),
    p99Ms: percentile(sorted, 99),
    maxMs: sorted.length ? sorted[sorted.length - 1]! : NaN,
    statuses,
    errors,
    sentTotal,
    okTotal,
  }
}

process.on('message', (message: ParentMessage) => {
  if (message.type !== 'run') return
  run(message.spec as LoadSpec).then(
    (result) => answerParent({ type: 'result', result }),
    (err: unknown) => answerParent({ type: 'failed', message: String(err) }),
  )
})
process.on('disconnect', () => process.exit(0))
answerParent({ type: 'ready', port: 0 })
