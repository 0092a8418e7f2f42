import { alertJobs } from './alerts/jobs.ts'
import { changeJobs } from './changes/reminders.ts'
import { purgeExpiredAuth } from './auth/queries.ts'
import { billingJobs } from './billing/reconcile.ts'
import { inboxJobs } from './inbox/jobs.ts'
import type { Deps } from './http.ts'
import { purgeOutbox } from './mail/outbox.ts'
import { createMailer } from './mail/transport.ts'
import { createWorker, type JobRegistry } from './mail/worker.ts'
import { moderationJobs } from './moderation/jobs.ts'
import { providerReviewJobs } from './provider-review/jobs.ts'
import { purgeStaleAttempts } from './rate-limit.ts'

/**
 * Every background job, by name. A recurring job sets `dailyAtHourUtc`; a one-off job is queued
 * with `scheduleJob(sql, { job, payload, runAfter })` from mail/outbox.ts, in the transaction that
 * decides it. Billing adds its daily reconcile here.
 */
export function backgroundJobs(deps: Pick<Deps, 'config' | 'feedCache'>): JobRegistry {
  return {
    ...moderationJobs(deps),
    ...billingJobs(deps),
    ...alertJobs(deps),
    ...providerReviewJobs(deps),
    ...changeJobs(deps),
    ...inboxJobs(deps),
    outbox_purge: { dailyAtHourUtc: 3, run: (sql) => purgeOutbox(sql) },
    auth_purge: { dailyAtHourUtc: 3, run: (sql) => purgeExpiredAuth(sql) },
    rate_limit_purge: { dailyAtHourUtc: 3, run: (sql) => purgeStaleAttempts(sql) },
  }
}

/** Starts this process's outbox worker: sends mail and runs jobs until stopped. */
export async function startBackgroundWork(deps: Deps) {
  const worker = createWorker({
    sql: deps.sql,
    mailer: createMailer(deps.config),
    jobs: backgroundJobs(deps),
  })
  await worker.start()
  return worker
}
