import type { Sql } from '../db.ts'

/** A mail a worker has claimed and begun handing to SMTP. */
export interface ClaimedMail {
  id: string
  template: string
  toAddress: string
  subject: string
  textBody: string
  attempts: number
  maxAttempts: number
}

export interface DueJob {
  id: string
  job: string
  payload: Record<string, unknown>
  attempts: number
  maxAttempts: number
}

/**
 * Everything queued up to `now` is due. `now` has millisecond resolution and `run_after`
 * microseconds: a row queued earlier in the same millisecond would otherwise wait for the next tick.
 */
const dueBefore = (now: Date) => new Date(now.getTime() + 1)

/**
 * Leases that ran out: never handed to SMTP → due again; handed over → unknown, never resent.
 * (Only a worker of an earlier release claims mail without starting it at once.)
 */
export function recoverExpiredLeases(sql: Sql, now: Date) {
  return sql<{ id: string; status: string }[]>`
    update outbox set
      status = case when send_started_at is null then 'pending' else 'unknown' end,
      locked_by = case when send_started_at is null then null else locked_by end,
      locked_until = null,
      last_error = case when send_started_at is null then last_error else 'lease expired during send' end
    where status = 'sending' and locked_until < ${now}
    returning id, status`
}

/**
 * Claims the next due mail and marks its hand-over to SMTP as begun, in one step: a worker never
 * holds mail it has not started, so a crash strands nothing that another worker could still send.
 * From here on the row is never handed over again; `leaseUntil` only dates a crash during the send.
 */
export async function claimNextMail(
  sql: Sql,
  workerId: string,
  now: Date,
  leaseUntil: Date,
): Promise<ClaimedMail | undefined> {
  const [mail] = await sql<ClaimedMail[]>`
    update outbox o set status = 'sending', locked_by = ${workerId}, locked_until = ${leaseUntil},
      attempts = o.attempts + 1, send_started_at = now()
    from (
      select id from outbox
      where status = 'pending' and kind = 'mail' and run_after < ${dueBefore(now)}
      order by run_after, id limit 1
      for update skip locked
    ) due
    where o.id = due.id
    returning o.id, o.template, o.to_address, o.subject, o.text_body, o.attempts, o.max_attempts`
  return mail
}

/** Delivered; also after a lease recovery marked it unknown, since this worker knows better. */
export async function markMailSent(sql: Sql, id: string, workerId: string, keepContent: boolean) {
  await sql`
    update outbox set status = 'sent', done_at = now(), locked_until = null, last_error = null,
      to_address = ${keepContent ? sql`to_address` : null},
      text_body = ${keepContent ? sql`text_body` : null}
    where id = ${id} and locked_by = ${workerId} and status in ('sending', 'unknown')`
}

/** Not delivered: back in the queue at `retryAt`, or finished as failed or unknown. */
export async function markMailNotSent(
  sql: Sql,
  id: string,
  workerId: string,
  outcome: { status: 'retry' | 'failed' | 'unknown'; retryAt: Date; error: string },
) {
  const retry = outcome.status === 'retry'
  await sql`
    update outbox set status = ${retry ? 'pending' : outcome.status},
      run_after = ${retry ? outcome.retryAt : sql`run_after`}, last_error = ${outcome.error},
      locked_by = null, locked_until = null, send_started_at = null,
      done_at = ${retry ? null : sql`now()`}
    where id = ${id} and locked_by = ${workerId}`
}

/** Locks the next due job for the surrounding transaction; other workers skip it meanwhile. */
export async function lockDueJob(tx: Sql, now: Date): Promise<DueJob | undefined> {
  const [row] = await tx<DueJob[]>`
    select id, job, payload, attempts, max_attempts from outbox
    where status = 'pending' and kind = 'job' and run_after < ${dueBefore(now)}
    order by run_after, id limit 1
    for update skip locked`
  return row
}

export async function markJobDone(tx: Sql, id: string) {
  await tx`update outbox set status = 'done', done_at = now(), attempts = attempts + 1 where id = ${id}`
}

/** A failed attempt: due again at `runAfter`, or failed for good after its last attempt. */
export async function markJobFailed(
  tx: Sql,
  id: string,
  attempt: { attempts: number; final: boolean; runAfter: Date; error: string },
) {
  await tx`
    update outbox set attempts = ${attempt.attempts}, status = ${attempt.final ? 'failed' : 'pending'},
      run_after = ${attempt.runAfter}, last_error = ${attempt.error},
      done_at = ${attempt.final ? new Date() : null}
    where id = ${id}`
}

/** A mail as the development mail pages show it; the text only when one mail is shown. */
export interface MailRow {
  id: string
  template: string
  toAddress: string | null
  subject: string
  textBody: string | null
  status: string
  createdAt: Date
}

/** The newest 200 mails in the outbox. */
export async function listRecentMail(sql: Sql): Promise<MailRow[]> {
  return sql<MailRow[]>`
    select id, template, to_address, subject, status, created_at from outbox
    where kind = 'mail' order by created_at desc, id desc limit 200`
}

export async function getMail(sql: Sql, id: string): Promise<MailRow | undefined> {
  const [mail] = await sql<MailRow[]>`
    select id, template, to_address, subject, text_body, status, created_at from outbox
    where kind = 'mail' and id = ${id}`
  return mail
}
