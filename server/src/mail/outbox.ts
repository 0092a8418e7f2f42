import type postgres from 'postgres'
import type { Sql } from '../db.ts'

/** A mail waiting in the outbox. `template` names it in logs; address and text never are. */
export interface OutboxMail {
  template: string
  to: string
  subject: string
  text: string
  /** The story the mail is about, so that erasing the author's address erases it here too. */
  storyId?: string
}

export interface ScheduledJob {
  job: string
  payload?: Record<string, postgres.JSONValue>
  runAfter?: Date
  /** At most one row ever has this key: scheduling the same thing twice is harmless. */
  dedupeKey?: string
}

/** Queues a mail; it is sent by a worker after the surrounding transaction commits. */
export async function enqueueMail(sql: Sql, mail: OutboxMail): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into outbox (kind, template, to_address, subject, text_body, story_id)
    values ('mail', ${mail.template}, ${mail.to}, ${mail.subject}, ${mail.text}, ${mail.storyId ?? null})
    returning id`
  return row!.id
}

/** Schedules a job; returns its id, or undefined when a job with the same dedupe key exists. */
export async function scheduleJob(sql: Sql, job: ScheduledJob): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`
    insert into outbox (kind, job, payload, run_after, dedupe_key)
    values ('job', ${job.job}, ${sql.json(job.payload ?? {})}, coalesce(${job.runAfter ?? null}::timestamptz, now()),
      ${job.dedupeKey ?? null})
    on conflict (dedupe_key) do nothing
    returning id`
  return row?.id
}

/**
 * Forgets the content of every mail about a story: mail not yet sent is cancelled, and the
 * address and text of mail already sent are removed. A mail being handed to SMTP at this very
 * moment is left alone (it was queued before the address was erased).
 */
export async function eraseStoryMail(sql: Sql, storyId: string): Promise<void> {
  await sql`
    update outbox set
      status = case when status = 'pending' then 'cancelled' else status end,
      to_address = null, text_body = null, done_at = coalesce(done_at, now())
    where story_id = ${storyId} and kind = 'mail' and status <> 'sending'`
}

/** Deletes finished rows older than `days`: the outbox is a queue, not an archive. */
export async function purgeOutbox(sql: Sql, days = 30): Promise<void> {
  await sql`
    delete from outbox
    where status in ('sent', 'done', 'cancelled', 'failed', 'unknown')
      and coalesce(done_at, created_at) < now() - make_interval(days => ${days})`
}
