import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { afterAll, beforeAll, beforeEach, expect, it, vi } from 'vitest'
import { resetDatabase, testDatabase, testSql } from '../../test/db.ts'
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts'
import { setLogLevel } from '../log.ts'
import { enqueueMail } from './outbox.ts'
import { smtpMailer } from './transport.ts'
import { createWorker } from './worker.ts'

const sql = testSql()
let smtp: TestSmtpServer

beforeAll(async () => {
  setLogLevel('silent')
  await resetDatabase(sql)
  smtp = await startSmtpServer()
})
afterAll(() => smtp.close())
beforeEach(async () => {
  await sql`delete from outbox`
  smtp.received.length = 0
})

/** Starts a worker process and resolves once it has begun handing a mail to SMTP (which never ends). */
async function workerHandingOver(): Promise<{ kill(): Promise<void>; handedOver: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/test/crashing-worker.ts'], {
    env: { ...process.env, TEST_DATABASE: JSON.stringify(testDatabase()), WORKER_ID: 'crashed' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const exited = once(child, 'exit')
  for await (const line of createInterface({ input: child.stdout })) {
    const handedOver = /^handing over (\d+)$/.exec(line)?.[1]
    if (handedOver)
      return {
        handedOver,
        async kill() {
          child.kill('SIGKILL')
          await exited
        },
      }
  }
  throw new Error(`the worker process ended before sending: ${String((await exited)[0])}`)
}

it("lets another worker send a killed worker's unstarted mail within 30 s, and never the mail it was handing over", async () => {
  for (let i = 0; i < 5; i++)
    await enqueueMail(sql, { template: 'test', to: `p${i}@example.org`, subject: `S${i}`, text: `T${i}` })
  const crashing = await workerHandingOver()
  await crashing.kill()
  const killedAt = Date.now()

  const other = createWorker({
    sql,
    mailer: smtpMailer(smtp.url, 'Heard <no-reply@heard.test>', 'http://heard.test'),
    workerId: 'other',
  })
  // Its tick 28 s after the kill: the mail is out within 30 s even if its previous tick (2 s
  // before) came just too early.
  expect((await other.runOnce(new Date(killedAt + 28_000))).sent).toBe(4)
  // Long after every lease: the mail whose hand-over began stays unsent.
  expect((await other.runOnce(new Date(killedAt + 3_600_000))).sent).toBe(0)
  const rows = await sql<{ id: string; status: string }[]>`select id, status from outbox order by id`
  expect(rows.filter((r) => r.id === crashing.handedOver).map((r) => r.status)).toEqual(['unknown'])
  expect(rows.filter((r) => r.status === 'sent')).toHaveLength(4)
  expect(smtp.received.map((m) => m.messageId)).not.toContain(`<outbox-${crashing.handedOver}@heard.test>`)
  expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(4)
})

it("has a polling worker send a killed worker's unstarted mail at its next tick", async () => {
  for (let i = 0; i < 5; i++)
    await enqueueMail(sql, { template: 'test', to: `q${i}@example.org`, subject: `Q${i}`, text: `T${i}` })
  const crashing = await workerHandingOver()
  await crashing.kill()
  const killedAt = performance.now()
  const other = createWorker({
    sql,
    mailer: smtpMailer(smtp.url, 'Heard <no-reply@heard.test>', 'http://heard.test'),
    workerId: 'other',
  })
  await other.start()
  // Polls a condition under a deadline; the worker's own 2 s timer does the sending.
  await vi.waitFor(() => expect(smtp.received).toHaveLength(4), { timeout: 30_000, interval: 20 })
  const seconds = (performance.now() - killedAt) / 1000
  await other.stop()
  expect(seconds).toBeLessThan(30)
  if (process.env.HEARD_FIGURES)
    console.info(`[figures] crashed worker's 4 unstarted mails sent ${seconds.toFixed(2)} s after the kill`)
})
