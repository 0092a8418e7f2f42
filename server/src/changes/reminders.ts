import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import { enqueueMail, scheduleJob } from '../mail/outbox.ts'
import type { JobRegistry } from '../mail/worker.ts'
import { monthInWords } from '../stories/change-view.ts'

export const CHANGE_REMINDERS = 'change_reminders'
const BATCH = 500

interface DueChange {
  id: string
  summary: string
  expectedBy: string
  storyId: string
  subscriberId: string
  subscriberName: string
  responderTitle: string
  /** The response's author, if still an active member; otherwise the subscriber's active admins. */
  recipients: string[]
}

/**
 * Published planned changes whose expected month ended before `now` without being marked made
 * (nor a "made" claim waiting), not yet reminded about, locked for this run.
 */
async function lockDueChanges(sql: Sql, now: Date): Promise<DueChange[]> {
  return sql<DueChange[]>`
    select c.id, c.summary, to_char(c.expected_by, 'YYYY-MM') as expected_by, r.story_id, r.subscriber_id,
      sub.name as subscriber_name, r.responder_title,
      coalesce(
        (select array_agg(u.email) from memberships m join users u on u.id = m.user_id
         where m.subscriber_id = r.subscriber_id and m.user_id = r.responder_id and not m.frozen
           and m.role in ('admin', 'responder')),
        (select array_agg(u.email order by u.email) from memberships m join users u on u.id = m.user_id
         where m.subscriber_id = r.subscriber_id and m.role = 'admin' and not m.frozen),
        '{}') as recipients
    from response_changes c
    join responses r on r.id = c.response_id
    join subscribers sub on sub.id = r.subscriber_id
    where c.state = 'published' and c.status = 'planned' and c.reminded_at is null
      and c.expected_by + interval '1 month' <= ${now}
      and r.status = 'published' and r.change_marker = 'planned'
      and not exists (select 1 from response_changes later where later.response_id = c.response_id
                      and (later.state = 'pending' or later.published_at > c.published_at))
    order by c.expected_by
    limit ${BATCH}
    for update of c skip locked`
}

function reminderMail(change: DueChange, config: Config) {
  const month = monthInWords(change.expectedBy)
  return {
    subject: `A planned change was expected by ${month}`,
    text: `${change.subscriberName} said in a public response (${change.responderTitle}) that a change was planned, expected by ${month}:

${change.summary}

That month has ended and the change has not been marked made. If it has been made, mark it made so that the story's author and the public can see it; if it is late, you can give a new expected month:

${config.PUBLIC_URL}/portal/subscribers/${change.subscriberId}/stories/${change.storyId}

Heard
`,
  }
}

/** Reminds the response's author (or the admins, if they left) once per overdue planned change. */
export async function sendChangeReminders(sql: Sql, config: Config, now: Date): Promise<number> {
  const due = await lockDueChanges(sql, now)
  for (const change of due) {
    const mail = reminderMail(change, config)
    for (const to of change.recipients) await enqueueMail(sql, { template: 'change_reminder', to, ...mail })
    await sql`update response_changes set reminded_at = ${now} where id = ${change.id}`
  }
  if (due.length === BATCH) await scheduleJob(sql, { job: CHANGE_REMINDERS })
  return due.length
}

/** The daily reminder run (08:00 UTC). */
export function changeJobs({ config }: { config: Config }): JobRegistry {
  return {
    [CHANGE_REMINDERS]: {
      dailyAtHourUtc: 8,
      async run(sql, _payload, ctx) {
        const reminded = await sendChangeReminders(sql, config, ctx.now)
        if (reminded) ctx.afterCommit(() => log.info('change_reminders_sent', { changes: reminded }))
      },
    },
  }
}
