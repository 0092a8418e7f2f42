import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdtemp, rm } from 'node:fs/promises'
import { Agent, request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { resetDatabase, testDatabase, testSql } from '../test/db.ts'
import { createStory, seedDirectory, validSubmission } from '../test/fixtures.ts'
import { openEmbedded, type SqlPool } from './db.ts'
import { migrate } from './migrate.ts'

const TITLE = 'Told while the server was stopping'
const CLIENTS = 6
/** Far more than a client sends before the server stops it: a client that reaches it was never stopped. */
const REQUESTS_PER_CLIENT = 300
const SIGNAL_AFTER_RESPONSES = 40

interface Outcome {
  status?: number
  connectionClose?: boolean
  error?: string
}

const countStories = async (sql: SqlPool) =>
  (await sql<{ n: number }[]>`select count(*)::int as n from stories where title = ${TITLE}`)[0]!.n

/** The database the server process will use, with one service to tell stories about. */
async function prepareDatabase(): Promise<{
  env: Record<string, string>
  serviceId: string
  committed(): Promise<number>
}> {
  const database = testDatabase()
  if ('url' in database) {
    const sql = testSql()
    await resetDatabase(sql)
    const { TST01: serviceId } = await seedDirectory(sql)
    return { env: { DATABASE_URL: database.url }, serviceId: serviceId!, committed: () => countStories(sql) }
  }
  const dir = await mkdtemp(join(tmpdir(), 'heard-shutdown-'))
  cleanups.push(() => rm(dir, { recursive: true, force: true }))
  const setup = await openEmbedded(dir)
  await migrate(setup.sql)
  const { TST01: serviceId } = await seedDirectory(setup.sql)
  // A story already there: the server skips loading the demo, which would take most of the test.
  await createStory(setup.sql, [serviceId!], 'pending')
  await setup.close()
  return {
    env: { DATABASE_URL: '', DATA_DIR: dir },
    serviceId: serviceId!,
    async committed() {
      const after = await openEmbedded(dir)
      try {
        return await countStories(after.sql)
      } finally {
        await after.close()
      }
    },
  }
}

const cleanups: (() => Promise<void>)[] = []
let db: Awaited<ReturnType<typeof prepareDatabase>>
let server: Awaited<ReturnType<typeof startServer>>
// Creating a database and starting a server take most of the time; the test itself is quick.
beforeAll(async () => {
  db = await prepareDatabase()
  server = await startServer(db.env)
})
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})

/** Starts `server/src/index.ts` on a free port; resolves with the port once it says it is running. */
async function startServer(env: Record<string, string>) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      SMTP_URL: '',
      LOG_LEVEL: 'warn',
      SUBMISSION_RATE_LIMIT: '1000000',
      SHUTDOWN_TIMEOUT_SECONDS: '10',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>
  cleanups.push(async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    await exited
  })
  for await (const line of createInterface({ input: child.stdout })) {
    const port = /running on http:\/\/127\.0\.0\.1:(\d+)/.exec(line)?.[1]
    if (port) {
      child.stdout.resume() // the rest of its output is not needed
      return { port: Number(port), stop: () => child.kill('SIGTERM'), exited }
    }
  }
  throw new Error(`the server stopped before it was running: ${JSON.stringify(await exited)}`)
}

function send(agent: Agent, port: number, path: string, body?: unknown): Promise<Outcome> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        agent,
        method: body ? 'POST' : 'GET',
        headers: { 'content-type': 'application/json' },
      },
      (res) => {
        res.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }))
        res.on('end', () =>
          resolve({ status: res.statusCode, connectionClose: res.headers.connection === 'close' }),
        )
        res.resume()
      },
    )
    req.on('error', (err: NodeJS.ErrnoException) => resolve({ error: err.code ?? err.message }))
    req.end(body ? JSON.stringify(body) : undefined)
  })
}

it('drains keep-alive connections on SIGTERM: no request dropped, every story acknowledged, exit 0', async () => {
  let answered = 0
  let signalled = false
  const outcomes: Outcome[][] = []
  /** One keep-alive connection sending requests one after another until the server turns it away. */
  async function client(index: number) {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 })
    const mine: Outcome[] = []
    outcomes.push(mine)
    const submission = validSubmission([db.serviceId], { title: TITLE })
    for (let i = 0; i < REQUESTS_PER_CLIENT; i++) {
      const outcome =
        index % 2
          ? await send(agent, server.port, '/api/v1/stories', submission)
          : await send(agent, server.port, `/api/v1/services/${db.serviceId}/stories`)
      mine.push(outcome)
      if (outcome.error) break
      if (++answered >= SIGNAL_AFTER_RESPONSES && !signalled) {
        signalled = true
        server.stop()
      }
    }
    agent.destroy()
  }
  await Promise.all(Array.from({ length: CLIENTS }, (_, i) => client(i)))
  const [code, signal] = await server.exited

  const all = outcomes.flat()
  const dropped = all.filter((o) => o.error && o.error !== 'ECONNREFUSED')
  expect(dropped).toEqual([])
  expect(all.filter((o) => o.status).every((o) => o.status === 200 || o.status === 201)).toBe(true)
  for (const mine of outcomes) {
    // Every client was turned away: its last answer closed the connection, and its next
    // connection was refused.
    expect(mine.at(-1)).toEqual({ error: 'ECONNREFUSED' })
    expect(mine.at(-2)).toMatchObject({ connectionClose: true })
  }
  expect({ code, signal }).toEqual({ code: 0, signal: null })
  const acknowledged = all.filter((o) => o.status === 201).length
  expect(acknowledged).toBeGreaterThan(0)
  expect(await db.committed()).toBe(acknowledged)
  if (process.env.HEARD_FIGURES) {
    const answered = all.filter((o) => o.status).length
    console.info(
      `[figures] SIGTERM under keep-alive load: ${answered} answered, ${dropped.length} dropped, ${acknowledged} stories acknowledged and committed, exit ${code}`,
    )
  }
})
