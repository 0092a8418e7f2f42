import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testSql, resetDatabase } from '../../test/db.ts'
import { setLogLevel } from '../log.ts'
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts'
import { enqueueMail, scheduleJob } from './outbox.ts'
import { outboxOnlyMailer, smtpMailer, type Mailer } from './transport.ts'
import { classifySendError } from './retry.ts'
import { createWorker, type JobRegistry } from './worker.ts'

const sql = testSql()
let smtp: TestSmtpServer
const mailer = () => smtpMailer(smtp.url, 'Heard <no-reply@heard.test>', 'http://heard.test')
const minutes = (n: number, from = new Date()) => new Date(from.getTime() + n * 60_000)
const queue = (n: number) =>
  Promise.all(
    Array.from({ length: n }, (_, i) =>
      enqueueMail(sql, {
        template: 'test',
        to: `person${i}@example.org`,
        subject: `Message ${i}`,
        text: `Hello ${i}`,
      }),
    ),
  )
const statuses = async () =>
  (await sql<{ status: string }[]>`select status from outbox where kind = 'mail' order by id`).map(
    (r) => r.status,
  )

/** A mailer whose sends wait until the test lets them go, and which says when one has begun. */
function heldMailer() {
  let started!: () => void
  let release!: () => void
  const began = new Promise<void>((resolve) => (started = resolve))
  const gate = new Promise<void>((resolve) => (release = resolve))
  const inner = mailer()
  const held: Mailer = {
    keepsContent: false,
    async deliver(mail) {
      started()
      await gate
      await inner.deliver(mail)
    },
    close: () => inner.close(),
  }
  return { mailer: held, began, release }
}

beforeAll(async () => {
  setLogLevel('silent')
  await resetDatabase(sql)
  smtp = await startSmtpServer()
})
afterAll(() => smtp.close())
beforeEach(async () => {
  await sql`delete from outbox`
  smtp.received.length = 0
  smtp.failNext(0, 0)
})

describe('the outbox worker', () => {
  it('sends each message once when two workers race for the same rows', async () => {
    const ids = await queue(24)
    const a = createWorker({ sql, mailer: mailer(), workerId: 'a', batchSize: 5 })
    const b = createWorker({ sql, mailer: mailer(), workerId: 'b', batchSize: 5 })
    let sent = 0
    for (let round = 0; round < 10 && sent < ids.length; round++) {
      const [x, y] = await Promise.all([a.runOnce(), b.runOnce()])
      sent += x.sent + y.sent
    }
    expect(sent).toBe(24)
    expect(smtp.received).toHaveLength(24)
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(24)
    expect(new Set(smtp.received.map((m) => m.to[0])).size).toBe(24)
    expect(await statuses()).toEqual(Array(24).fill('sent'))
    const workers = await sql`select distinct locked_by from outbox`
    expect(workers.length).toBeGreaterThanOrEqual(1)
  })

  it('names each message after its outbox row, so a receiver can tell a repeat', async () => {
    const [id] = await queue(1)
    await createWorker({ sql, mailer: mailer() }).runOnce()
    expect(smtp.received[0]!.messageId).toBe(`<outbox-${id}@heard.test>`)
  })

  it('never sends again a message whose lease ran out while it was being handed to SMTP', async () => {
    await queue(1)
    const slow = heldMailer()
    const first = createWorker({ sql, mailer: slow.mailer, workerId: 'slow', leaseSeconds: 60 })
    const sending = first.runOnce()
    await slow.began
    // Long after the lease: another worker finds the row and must not send it.
    const late = await createWorker({ sql, mailer: mailer(), workerId: 'late' }).runOnce(minutes(10))
    expect(late.sent).toBe(0)
    expect(await statuses()).toEqual(['unknown'])
    slow.release()
    expect((await sending).sent).toBe(1)
    expect(smtp.received).toHaveLength(1)
    expect(await statuses()).toEqual(['sent'])
  })

  it('sends a message whose worker stopped before handing it over, once its lease runs out', async () => {
    const [id] = await queue(1)
    await sql`update outbox set status = 'sending', locked_by = 'gone', locked_until = now() - interval '1 minute'
      where id = ${id!}`
    const result = await createWorker({ sql, mailer: mailer() }).runOnce()
    expect(result.sent).toBe(1)
    expect(smtp.received).toHaveLength(1)
  })

  it('stops after the mail in hand and leaves the rest in the queue, unclaimed', async () => {
    await queue(3)
    const slow = heldMailer()
    const worker = createWorker({ sql, mailer: slow.mailer, workerId: 'stopping' })
    await worker.start()
    await slow.began
    const stopped = worker.stop()
    slow.release()
    await stopped
    // In the order the worker claims them: the three were queued at once over several connections,
    // so the lowest id need not be the earliest run_after.
    const rows = await sql<{ status: string; attempts: number; lockedBy: string | null }[]>`
      select status, attempts, locked_by from outbox order by run_after, id`
    expect(rows).toEqual([
      { status: 'sent', attempts: 1, lockedBy: 'stopping' },
      { status: 'pending', attempts: 0, lockedBy: null },
      { status: 'pending', attempts: 0, lockedBy: null },
    ])
    expect(smtp.received).toHaveLength(1)
  })

  it('retries with backoff after the SMTP server asks it to try later', async () => {
    await queue(1)
    smtp.failNext(1, 451)
    const worker = createWorker({ sql, mailer: mailer() })
    const now = new Date()
    expect((await worker.runOnce(now)).retried).toBe(1)
    const [row] = await sql<{ status: string; attempts: number; runAfter: Date; lastError: string }[]>`
      select status, attempts, run_after, last_error from outbox`
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row!.lastError).toContain('451')
    const wait = (row!.runAfter.getTime() - now.getTime()) / 1000
    expect(wait).toBeGreaterThanOrEqual(30)
    expect(wait).toBeLessThan(34)
    expect((await worker.runOnce(now)).sent).toBe(0)
    expect((await worker.runOnce(minutes(1, now))).sent).toBe(1)
    expect(smtp.received).toHaveLength(1)
    expect(await statuses()).toEqual(['sent'])
  })

  it('gives up after the last attempt, and at once on a permanent refusal', async () => {
    const [retried, refused] = await queue(2)
    await sql`update outbox set max_attempts = 1 where id = ${retried!}`
    await sql`update outbox set run_after = now() + interval '1 second' where id = ${refused!}`
    smtp.failNext(1, 451)
    await createWorker({ sql, mailer: mailer(), batchSize: 1 }).runOnce()
    smtp.failNext(1, 550)
    await createWorker({ sql, mailer: mailer() }).runOnce(minutes(1))
    expect(await statuses()).toEqual(['failed', 'failed'])
    expect(smtp.received).toHaveLength(0)
  })

  it('retries when the SMTP server cannot be reached', async () => {
    await queue(1)
    const closed = await startSmtpServer()
    await closed.close()
    const result = await createWorker({
      sql,
      mailer: smtpMailer(closed.url, 'x@heard.test', 'http://heard.test'),
    }).runOnce()
    expect(result.retried).toBe(1)
    expect(await statuses()).toEqual(['pending'])
  })

  it('sends mail queued earlier in the millisecond of the tick, and nothing queued after it', async () => {
    // The worker's clock has milliseconds, the outbox's microseconds.
    const tick = minutes(1)
    await queue(2)
    await sql`
      update outbox set run_after = ${tick}::timestamptz
        + case when to_address = 'person0@example.org' then interval '400 microseconds' else interval '1 millisecond' end`
    const result = await createWorker({ sql, mailer: outboxOnlyMailer }).runOnce(tick)
    expect(result.sent).toBe(1)
    expect(await sql`select to_address from outbox where status = 'sent'`).toEqual([
      { toAddress: 'person0@example.org' },
    ])
  })

  it('keeps mail readable in the outbox without SMTP, and only there', async () => {
    await queue(1)
    expect((await createWorker({ sql, mailer: outboxOnlyMailer }).runOnce()).sent).toBe(1)
    const [row] = await sql`select status, to_address, text_body from outbox`
    expect(row).toEqual({ status: 'sent', toAddress: 'person0@example.org', textBody: 'Hello 0' })
    expect(smtp.received).toHaveLength(0)
  })
})

describe('classifySendError', () => {
  const error = (fields: Record<string, unknown>) => Object.assign(new Error('x'), fields)
  it('retries what was certainly not delivered and never resends what may have been', () => {
    expect(classifySendError(error({ responseCode: 421 }))).toBe('retry')
    expect(classifySendError(error({ responseCode: 554 }))).toBe('failed')
    expect(classifySendError(error({ code: 'EAUTH', responseCode: 535 }))).toBe('retry')
    expect(classifySendError(error({ code: 'ESOCKET', originalCode: 'ECONNREFUSED' }))).toBe('retry')
    expect(classifySendError(error({ code: 'ETIMEDOUT', timeoutType: 'CONNECT_TIMEOUT' }))).toBe('retry')
    expect(classifySendError(error({ code: 'ETIMEDOUT', timeoutType: 'SOCKET_TIMEOUT' }))).toBe('unknown')
    expect(classifySendError(error({ code: 'ECONNECTION' }))).toBe('unknown')
    expect(classifySendError(error({ code: 'EABORT' }))).toBe('unknown')
  })
})

describe('scheduled jobs', () => {
  const runs: string[] = []
  const jobs: JobRegistry = {
    note: {
      async run(tx, payload) {
        await tx`select 1`
        runs.push(String(payload.what))
      },
    },
    broken: {
      async run(tx) {
        await tx`insert into rate_limits (bucket, window_start, hits) values ('job-wrote', now(), 1)`
        throw new Error('boom')
      },
    },
    daily: { dailyAtHourUtc: 4, run: async () => void runs.push('daily') },
  }
  beforeEach(() => {
    runs.length = 0
  })

  it('runs a job once, when its time comes, whoever races for it', async () => {
    const at = minutes(60)
    await scheduleJob(sql, { job: 'note', payload: { what: 'hello' }, runAfter: at, dedupeKey: 'note:1' })
    expect(
      await scheduleJob(sql, { job: 'note', payload: { what: 'again' }, runAfter: at, dedupeKey: 'note:1' }),
    ).toBeUndefined()
    const [a, b] = [
      createWorker({ sql, mailer: outboxOnlyMailer, jobs }),
      createWorker({ sql, mailer: outboxOnlyMailer, jobs }),
    ]
    await a.runOnce()
    expect(runs).toEqual([])
    await Promise.all([a.runOnce(minutes(61)), b.runOnce(minutes(61))])
    await a.runOnce(minutes(62))
    expect(runs).toEqual(['hello'])
    const [row] = await sql`select status, attempts from outbox where dedupe_key = 'note:1'`
    expect(row).toEqual({ status: 'done', attempts: 1 })
  })

  it('rolls back a failed job and retries it later', async () => {
    await scheduleJob(sql, { job: 'broken' })
    const worker = createWorker({ sql, mailer: outboxOnlyMailer, jobs })
    const now = new Date()
    await worker.runOnce(now)
    const [row] = await sql<{ status: string; attempts: number; runAfter: Date }[]>`
      select status, attempts, run_after from outbox where job = 'broken'`
    expect(row).toMatchObject({ status: 'pending', attempts: 1 })
    expect(row!.runAfter.getTime()).toBeGreaterThan(now.getTime())
    expect(await sql`select bucket from rate_limits where bucket = 'job-wrote'`).toHaveLength(0)
  })

  it('schedules a daily job for today, and the next day after each run', async () => {
    const worker = createWorker({ sql, mailer: outboxOnlyMailer, jobs })
    const now = new Date(Date.UTC(2030, 0, 10, 12))
    await worker.ensureDailyJobs(now)
    await worker.ensureDailyJobs(now)
    expect(await sql`select dedupe_key from outbox where job = 'daily'`).toEqual([
      { dedupeKey: 'daily:2030-01-10' },
    ])
    await worker.runOnce(now)
    expect(runs).toEqual(['daily'])
    const next = await sql<
      { runAfter: Date }[]
    >`select run_after from outbox where dedupe_key = 'daily:2030-01-11'`
    expect(next[0]!.runAfter.toISOString()).toBe('2030-01-11T04:00:00.000Z')
  })
})
