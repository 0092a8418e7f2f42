import { subscriberMayAct } from '../billing/access.ts'
import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import { enqueueMail, scheduleJob } from '../mail/outbox.ts'
import type { JobRegistry } from '../mail/worker.ts'
import { assignedEmail, overdueEmail, weeklyDigestEmail } from './emails.ts'
import {
  getAssignedMailFacts,
  getSubscriberName,
  listRecipients,
  listUnanswered,
  lockNewlyOverdue,
  markOverdueNotified,
  type OverdueRow,
} from './job-queries.ts'
import { ASSIGNED_MAIL_JOB } from './workflow-queries.ts'

export const OVERDUE_JOB = 'inbox_overdue'
export const WEEKLY_DIGEST_JOB = 'inbox_weekly_digest'
/** How often the overdue check runs (each run queues the next). */
export const OVERDUE_EVERY_MINUTES = 15
const OVERDUE_BATCH = 500
/** Stories listed in a weekly digest (the count says how many there are in all). */
const DIGEST_STORIES = 20

function urls(config: Config, subscriberId: string) {
  const base = `${config.PUBLIC_URL}/portal/subscribers/${subscriberId}`
  return {
    storyUrl: (id: string) => `${base}/stories/${id}`,
    inboxUrl: `${base}/inbox`,
    overdueUrl: `${base}/inbox?overdue=true`,
    settingsUrl: `${base}/alerts`,
  }
}

/** The assignee's email (a routing rule or a colleague gave them the story). */
export async function sendAssignedMail(sql: Sql, config: Config, payload: Record<string, unknown>) {
  const p = {
    subscriberId: String(payload.subscriberId),
    storyId: String(payload.storyId),
    userId: String(payload.userId),
  }
  const facts = await getAssignedMailFacts(sql, p)
  if (!facts) return
  const u = urls(config, p.subscriberId)
  await enqueueMail(
    sql,
    assignedEmail(facts.email, {
      subscriberName: facts.subscriberName,
      byName: typeof payload.byName === 'string' ? payload.byName : null,
      story: facts,
      storyUrl: u.storyUrl(p.storyId),
      settingsUrl: u.settingsUrl,
    }),
  )
}

/**
 * Tells each newly overdue story's assignee and its subscriber's admins, once: one email per
 * member listing their stories. Runs in the worker's transaction, so mails and marks commit together.
 */
export async function notifyOverdue(sql: Sql, config: Config, now: Date): Promise<number> {
  const rows = await lockNewlyOverdue(sql, now, OVERDUE_BATCH)
  const bySubscriber = new Map<string, OverdueRow[]>()
  for (const row of rows)
    bySubscriber.set(row.subscriberId, [...(bySubscriber.get(row.subscriberId) ?? []), row])
  let mails = 0
  for (const [subscriberId, stories] of bySubscriber) {
    if (!(await subscriberMayAct(sql, subscriberId))) continue
    const assignees = stories.flatMap((s) => (s.assigneeId ? [s.assigneeId] : []))
    const recipients = await listRecipients(sql, subscriberId, ['admin'], assignees)
    const subscriberName = await getSubscriberName(sql, subscriberId)
    const u = urls(config, subscriberId)
    for (const r of recipients) {
      const theirs = r.role === 'admin' ? stories : stories.filter((s) => s.assigneeId === r.userId)
      if (!theirs.length) continue
      await enqueueMail(
        sql,
        overdueEmail(r.email, {
          subscriberName,
          stories: theirs,
          storyUrl: u.storyUrl,
          inboxUrl: u.overdueUrl,
        }),
      )
      mails++
    }
  }
  await markOverdueNotified(sql, rows, now)
  if (rows.length === OVERDUE_BATCH) await scheduleJob(sql, { job: OVERDUE_JOB })
  log.info('inbox_overdue_notified', { stories: rows.length, mails })
  return rows.length
}

/** On Mondays: each subscriber's admins and responders get the list of its unanswered stories. */
export async function sendWeeklyDigest(sql: Sql, config: Config, now: Date): Promise<number> {
  if (now.getUTCDay() !== 1) return 0
  let mails = 0
  for (const s of await listUnanswered(sql, now, DIGEST_STORIES)) {
    if (!(await subscriberMayAct(sql, s.subscriberId))) continue
    const u = urls(config, s.subscriberId)
    const stories = s.stories.map((x) => ({ ...x, dueAt: new Date(x.dueAt) }))
    for (const r of await listRecipients(sql, s.subscriberId, ['admin', 'responder'])) {
      await enqueueMail(
        sql,
        weeklyDigestEmail(r.email, {
          subscriberName: s.name,
          total: s.total,
          overdue: s.overdue,
          stories,
          storyUrl: u.storyUrl,
          inboxUrl: u.inboxUrl,
        }),
      )
      mails++
    }
  }
  log.info('inbox_weekly_digest_sent', { mails })
  return mails
}

/** The inbox's background jobs (see background.ts). */
export function inboxJobs({ config }: { config: Config }): JobRegistry {
  return {
    [ASSIGNED_MAIL_JOB]: { run: (sql, payload) => sendAssignedMail(sql, config, payload) },
    [OVERDUE_JOB]: {
      // The daily run (re)starts the chain; each run queues the next a few minutes on.
      dailyAtHourUtc: 0,
      async run(sql, _payload, ctx) {
        await notifyOverdue(sql, config, ctx.now)
        // The next slot on the quarter-hour grid: every chain meets on the same slots (one run each).
        const slot = OVERDUE_EVERY_MINUTES * 60_000
        const next = new Date((Math.floor(ctx.now.getTime() / slot) + 1) * slot)
        await scheduleJob(sql, {
          job: OVERDUE_JOB,
          runAfter: next,
          dedupeKey: `${OVERDUE_JOB}:at:${next.toISOString()}`,
        })
      },
    },
    [WEEKLY_DIGEST_JOB]: {
      dailyAtHourUtc: 7,
      run: (sql, _p, ctx) => sendWeeklyDigest(sql, config, ctx.now).then(() => {}),
    },
  }
}
