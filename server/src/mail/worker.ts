import { randomUUID } from 'node:crypto'
import type postgres from 'postgres'
import type { Sql, SqlPool } from '../db.ts'
import { log } from '../log.ts'
import { scheduleJob } from './outbox.ts'
import { backoffSeconds, classifySendError, errorSummary, type SendError } from './retry.ts'
import type { Mailer } from './transport.ts'

export interface JobContext {
  /** The worker's idea of now: tests drive time through it. */
  now: Date
  /** Runs after the job's transaction has committed (e.g. clearing an in-process cache). */
  afterCommit(fn: () => void): void
}

export type JobHandler = (sql: Sql, payload: Record<string, unknown>, ctx: JobContext) => Promise<void>

export interface JobDefinition {
  run: JobHandler
  /** A recurring job: runs once a day from this hour (UTC); the next day's run is scheduled after each. */
  dailyAtHourUtc?: number
}

export type JobRegistry = Record<string, JobDefinition>

export interface WorkerOptions {
  sql: SqlPool
  mailer: Mailer
  jobs?: JobRegistry
  /** Distinguishes this worker's leases from every other process's. */
  workerId?: string
  batchSize?: number
  /** How long a claimed mail is this worker's alone; far longer than one send may take. */
  leaseSeconds?: number
  intervalMs?: number
}

export interface TickResult {
  sent: number
  retried: number
  failed: number
  jobs: number
}

interface ClaimedMail {
  id: string
  template: string
  toAddress: string
  subject: string
  textBody: string
  attempts: number
  maxAttempts: number
}

/**
 * Works the outbox: sends due mail and runs due jobs. Any number of workers, in any number of
 * processes, may run at once; see README "Mail and jobs" for the guarantees.
 */
/**
 * Everything queued up to `now` is due. `now` has millisecond resolution and `run_after`
 * microseconds: a row queued earlier in the same millisecond would otherwise wait for the next tick.
 */
const dueBefore = (now: Date) => new Date(now.getTime() + 1)

export function createWorker(options: WorkerOptions) {
  const { sql, mailer, jobs = {} } = options
  const workerId = options.workerId ?? randomUUID()
  const batchSize = options.batchSize ?? 20
  const leaseMs = (options.leaseSeconds ?? 300) * 1000
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> | undefined
  let stopped = false

  /** Leases that ran out: never handed to SMTP → due again; handed over → unknown, never resent. */
  async function recoverExpiredLeases(now: Date) {
    const rows = await sql<{ id: string; status: string }[]>`
      update outbox set
        status = case when send_started_at is null then 'pending' else 'unknown' end,
        locked_by = case when send_started_at is null then null else locked_by end,
        locked_until = null,
        last_error = case when send_started_at is null then last_error else 'lease expired during send' end
      where status = 'sending' and locked_until < ${now}
      returning id, status`
    for (const row of rows) log.warn('outbox_lease_expired', { outboxId: row.id, status: row.status })
  }

  async function claimMail(now: Date, limit: number): Promise<ClaimedMail[]> {
    return sql<ClaimedMail[]>`
      update outbox o set status = 'sending', locked_by = ${workerId},
        locked_until = ${new Date(now.getTime() + leaseMs)}, attempts = o.attempts + 1, send_started_at = null
      from (
        select id from outbox
        where status = 'pending' and kind = 'mail' and run_after < ${dueBefore(now)}
        order by run_after, id limit ${limit}
        for update skip locked
      ) due
      where o.id = due.id
      returning o.id, o.template, o.to_address, o.subject, o.text_body, o.attempts, o.max_attempts`
  }

  async function sendOne(
    mail: ClaimedMail,
    now: Date,
  ): Promise<'sent' | 'retry' | 'failed' | 'unknown' | 'lost'> {
    // The one step that may happen only once per row: after it, the row is never sent again.
    const [mine] = await sql`
      update outbox set send_started_at = now()
      where id = ${mail.id} and status = 'sending' and locked_by = ${workerId} and send_started_at is null
      returning id`
    if (!mine) return 'lost'
    try {
      await mailer.deliver({
        outboxId: mail.id,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.textBody,
      })
    } catch (error) {
      const err = error as SendError
      let outcome = classifySendError(err)
      if (outcome === 'retry' && mail.attempts >= mail.maxAttempts) outcome = 'failed'
      const retryAt = new Date(now.getTime() + backoffSeconds(mail.attempts) * 1000)
      await sql`
        update outbox set status = ${outcome === 'retry' ? 'pending' : outcome},
          run_after = ${outcome === 'retry' ? retryAt : sql`run_after`}, last_error = ${errorSummary(err)},
          locked_by = null, locked_until = null, send_started_at = null,
          done_at = ${outcome === 'retry' ? null : sql`now()`}
        where id = ${mail.id} and locked_by = ${workerId}`
      log.warn('mail_not_sent', {
        outboxId: mail.id,
        template: mail.template,
        outcome,
        error: errorSummary(err),
      })
      return outcome
    }
    // Also after a lease recovery marked it unknown: this worker knows it was delivered.
    await sql`
      update outbox set status = 'sent', done_at = now(), locked_until = null, last_error = null,
        to_address = ${mailer.keepsContent ? sql`to_address` : null},
        text_body = ${mailer.keepsContent ? sql`text_body` : null}
      where id = ${mail.id} and locked_by = ${workerId} and status in ('sending', 'unknown')`
    log.info('mail_sent', { outboxId: mail.id, template: mail.template, attempt: mail.attempts })
    return 'sent'
  }

  /** Claimed but not yet handed to SMTP: back to the queue (at shutdown, or after a failed batch). */
  async function releaseUnstarted() {
    await sql`
      update outbox set status = 'pending', locked_by = null, locked_until = null, attempts = attempts - 1
      where status = 'sending' and locked_by = ${workerId} and send_started_at is null`
  }

  async function runDueJob(now: Date): Promise<boolean> {
    const after: (() => void)[] = []
    const ran = await sql.begin(async (tx) => {
      const [row] = await tx<
        { id: string; job: string; payload: Record<string, unknown>; attempts: number; maxAttempts: number }[]
      >`
        select id, job, payload, attempts, max_attempts from outbox
        where status = 'pending' and kind = 'job' and run_after < ${dueBefore(now)}
        order by run_after, id limit 1
        for update skip locked`
      if (!row) return false
      const definition = jobs[row.job]
      try {
        if (!definition) throw new Error(`no handler for job ${row.job}`)
        await tx.savepoint((sp) =>
          definition.run(sp, row.payload, { now, afterCommit: (fn) => after.push(fn) }),
        )
        await tx`update outbox set status = 'done', done_at = now(), attempts = attempts + 1 where id = ${row.id}`
        if (definition.dailyAtHourUtc !== undefined) await scheduleDaily(tx, row.job, definition, now, 1)
        log.info('job_done', { outboxId: row.id, job: row.job })
      } catch (error) {
        after.length = 0
        const attempts = row.attempts + 1
        const failed = attempts >= row.maxAttempts
        await tx`
          update outbox set attempts = ${attempts}, status = ${failed ? 'failed' : 'pending'},
            run_after = ${new Date(now.getTime() + backoffSeconds(attempts) * 1000)},
            last_error = ${(error as Error).name}, done_at = ${failed ? new Date() : null}
          where id = ${row.id}`
        log.warn('job_failed', {
          outboxId: row.id,
          job: row.job,
          attempt: attempts,
          error: (error as Error).name,
        })
      }
      return true
    })
    for (const fn of after) fn()
    return ran
  }

  async function scheduleDaily(
    sql: Sql,
    job: string,
    definition: JobDefinition,
    now: Date,
    dayOffset: number,
  ) {
    const at = new Date(now)
    at.setUTCDate(at.getUTCDate() + dayOffset)
    at.setUTCHours(definition.dailyAtHourUtc ?? 0, 0, 0, 0)
    const payload: Record<string, postgres.JSONValue> = {}
    await scheduleJob(sql, {
      job,
      payload,
      runAfter: at,
      dedupeKey: `${job}:${at.toISOString().slice(0, 10)}`,
    })
  }

  /** Makes sure each daily job has today's run (it runs at once if its hour has passed). */
  async function ensureDailyJobs(now = new Date()) {
    for (const [name, definition] of Object.entries(jobs)) {
      if (definition.dailyAtHourUtc !== undefined) await scheduleDaily(sql, name, definition, now, 0)
    }
  }

  /** One pass: recover leases, send a batch of due mail, run due jobs (at most a batch). */
  async function runOnce(now = new Date()): Promise<TickResult> {
    const result: TickResult = { sent: 0, retried: 0, failed: 0, jobs: 0 }
    await recoverExpiredLeases(now)
    const claimed = await claimMail(now, batchSize)
    try {
      for (const mail of claimed) {
        if (stopped) break
        const outcome = await sendOne(mail, now)
        if (outcome === 'sent') result.sent++
        else if (outcome === 'retry') result.retried++
        else if (outcome !== 'lost') result.failed++
      }
    } finally {
      if (claimed.length) await releaseUnstarted()
    }
    while (!stopped && result.jobs < batchSize && (await runDueJob(now))) result.jobs++
    return result
  }

  function schedule(delay: number) {
    if (stopped) return
    timer = setTimeout(() => {
      running = runOnce()
        .catch((err: unknown) => log.error('outbox_worker_failed', { error: (err as Error).name }))
        .finally(() => {
          running = undefined
          schedule(options.intervalMs ?? 2000)
        })
    }, delay)
  }

  return {
    workerId,
    runOnce,
    ensureDailyJobs,
    /** Starts the timer loop. */
    async start() {
      await ensureDailyJobs()
      schedule(0)
    },
    /** Stops after the mail in hand; claimed mail not yet handed to SMTP goes back to the queue. */
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
      await releaseUnstarted()
      mailer.close()
    },
  }
}

export type Worker = ReturnType<typeof createWorker>
