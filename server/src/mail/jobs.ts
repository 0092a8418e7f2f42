import type postgres from 'postgres'
import type { Sql, SqlPool } from '../db.ts'
import { log } from '../log.ts'
import { scheduleJob } from './outbox.ts'
import { lockDueJob, markJobDone, markJobFailed, type DueJob } from './queries.ts'
import { backoffSeconds } from './retry.ts'

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

/** Queues a daily job's run `dayOffset` days after `now`'s day (once: the dedupe key names the day). */
async function scheduleDaily(sql: Sql, job: string, definition: JobDefinition, now: Date, dayOffset: number) {
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
export async function ensureDailyJobs(sql: Sql, jobs: JobRegistry, now = new Date()) {
  for (const [name, definition] of Object.entries(jobs)) {
    if (definition.dailyAtHourUtc !== undefined) await scheduleDaily(sql, name, definition, now, 0)
  }
}

/** Runs the job in a savepoint, so that a failure undoes its writes but not the row's bookkeeping. */
async function runJob(tx: postgres.TransactionSql, row: DueJob, jobs: JobRegistry, ctx: JobContext) {
  const definition = jobs[row.job]
  if (!definition) throw new Error(`no handler for job ${row.job}`)
  await tx.savepoint((sp) => definition.run(sp, row.payload, ctx))
  await markJobDone(tx, row.id)
  if (definition.dailyAtHourUtc !== undefined) await scheduleDaily(tx, row.job, definition, ctx.now, 1)
}

/** A failed attempt: retried with backoff until its last attempt. */
async function recordJobFailure(tx: Sql, row: DueJob, error: Error, now: Date) {
  const attempts = row.attempts + 1
  await markJobFailed(tx, row.id, {
    attempts,
    final: attempts >= row.maxAttempts,
    runAfter: new Date(now.getTime() + backoffSeconds(attempts) * 1000),
    error: error.name,
  })
  log.warn('job_failed', { outboxId: row.id, job: row.job, attempt: attempts, error: error.name })
}

/**
 * Runs the next due job inside the transaction that locks its row, so that no other worker runs it
 * meanwhile and its effects commit with its status. Returns false when no job is due.
 */
export async function runDueJob(sql: SqlPool, jobs: JobRegistry, now: Date): Promise<boolean> {
  const after: (() => void)[] = []
  const ran = await sql.begin(async (tx) => {
    const row = await lockDueJob(tx, now)
    if (!row) return false
    try {
      await runJob(tx, row, jobs, { now, afterCommit: (fn) => after.push(fn) })
      log.info('job_done', { outboxId: row.id, job: row.job })
    } catch (error) {
      after.length = 0
      await recordJobFailure(tx, row, error as Error, now)
    }
    return true
  })
  for (const fn of after) fn()
  return ran
}
