import { randomUUID } from 'node:crypto'
import type { Sql, SqlPool } from '../db.ts'
import { log } from '../log.ts'
import { ensureDailyJobs, runDueJob, type JobRegistry } from './jobs.ts'
import {
  claimNextMail,
  markMailNotSent,
  markMailSent,
  recoverExpiredLeases,
  type ClaimedMail,
} from './queries.ts'
import { backoffSeconds, classifySendError, errorSummary, type SendError } from './retry.ts'
import type { Mailer } from './transport.ts'

export type { JobContext, JobDefinition, JobHandler, JobRegistry } from './jobs.ts'

export interface WorkerOptions {
  sql: SqlPool
  mailer: Mailer
  jobs?: JobRegistry
  /** Distinguishes this worker's leases from every other process's. */
  workerId?: string
  /** At most this many mails, and this many jobs, per tick. */
  batchSize?: number
  /** How long a mail being handed to SMTP is this worker's alone; far longer than one send may take. */
  leaseSeconds?: number
  intervalMs?: number
}

export interface TickResult {
  sent: number
  retried: number
  failed: number
  jobs: number
}

type SendOutcome = 'sent' | 'retry' | 'failed' | 'unknown'

/** Hands one claimed mail to SMTP and records what came of it. */
async function sendMail(
  sql: Sql,
  mailer: Mailer,
  workerId: string,
  mail: ClaimedMail,
  now: Date,
): Promise<SendOutcome> {
  try {
    await mailer.deliver({
      outboxId: mail.id,
      to: mail.toAddress,
      subject: mail.subject,
      text: mail.textBody,
    })
  } catch (error) {
    const err = error as SendError
    let status = classifySendError(err)
    if (status === 'retry' && mail.attempts >= mail.maxAttempts) status = 'failed'
    const retryAt = new Date(now.getTime() + backoffSeconds(mail.attempts) * 1000)
    await markMailNotSent(sql, mail.id, workerId, { status, retryAt, error: errorSummary(err) })
    log.warn('mail_not_sent', {
      outboxId: mail.id,
      template: mail.template,
      outcome: status,
      error: errorSummary(err),
    })
    return status
  }
  await markMailSent(sql, mail.id, workerId, mailer.keepsContent)
  log.info('mail_sent', { outboxId: mail.id, template: mail.template, attempt: mail.attempts })
  return 'sent'
}

/**
 * Works the outbox: sends due mail and runs due jobs. Any number of workers, in any number of
 * processes, may run at once; see README "Mail and jobs" for the guarantees.
 */
export function createWorker(options: WorkerOptions) {
  const { sql, mailer, jobs = {} } = options
  const workerId = options.workerId ?? randomUUID()
  const batchSize = options.batchSize ?? 20
  const leaseMs = (options.leaseSeconds ?? 300) * 1000
  let timer: NodeJS.Timeout | undefined
  let running: Promise<unknown> | undefined
  let stopped = false

  /** Sends due mail one at a time, claiming each just before handing it over. */
  async function sendDueMail(now: Date, result: TickResult) {
    for (let count = 0; count < batchSize && !stopped; count++) {
      const mail = await claimNextMail(sql, workerId, now, new Date(now.getTime() + leaseMs))
      if (!mail) return
      const outcome = await sendMail(sql, mailer, workerId, mail, now)
      if (outcome === 'sent') result.sent++
      else if (outcome === 'retry') result.retried++
      else result.failed++
    }
  }

  /** One pass: recover leases, send a batch of due mail, run due jobs (at most a batch). */
  async function runOnce(now = new Date()): Promise<TickResult> {
    const result: TickResult = { sent: 0, retried: 0, failed: 0, jobs: 0 }
    for (const row of await recoverExpiredLeases(sql, now))
      log.warn('outbox_lease_expired', { outboxId: row.id, status: row.status })
    await sendDueMail(now, result)
    while (!stopped && result.jobs < batchSize && (await runDueJob(sql, jobs, now))) result.jobs++
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
    ensureDailyJobs: (now?: Date) => ensureDailyJobs(sql, jobs, now),
    /** Starts the timer loop. */
    async start() {
      await ensureDailyJobs(sql, jobs)
      schedule(0)
    },
    /**
     * Stops after the mail or job in hand; it claims nothing more, and holds no mail it has not
     * begun to hand over, so everything else stays in the queue for the next worker.
     */
    async stop() {
      stopped = true
      if (timer) clearTimeout(timer)
      await running
      mailer.close()
    },
  }
}

export type Worker = ReturnType<typeof createWorker>
