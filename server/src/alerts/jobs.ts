import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import { enqueueMail, scheduleJob } from '../mail/outbox.ts'
import type { JobRegistry } from '../mail/worker.ts'
import { subscriberMayAct } from '../billing/access.ts'
import { dailyDigestEmail, immediateAlertEmail, type AlertStory } from './emails.ts'
import { SEND_DAILY_DIGEST, SEND_IMMEDIATE_ALERTS } from './queue.ts'
import { DIGEST_HOUR_UTC, type AlertFrequency } from './schemas.ts'
import { unsubscribeToken, unsubscribeTokenHash } from './tokens.ts'

/** Deliveries handled in one run; a run that fills it schedules another. */
const BATCH = 1000

interface DeliveryRow extends AlertStory {
  userId: string
  email: string
  subscriberName: string
  subscriptionId: string | null
  receiving: boolean
  storyPublished: boolean
}

function links(config: Config, subscriptionId: string, subscriberId: string) {
  const base = `${config.PUBLIC_URL}/portal/subscribers/${subscriberId}`
  return {
    storyUrl: (s: AlertStory) => `${base}/stories/${s.storyId}`,
    preferencesUrl: `${base}/alerts`,
    unsubscribeUrl: `${config.PUBLIC_URL}/alerts/unsubscribe/${unsubscribeToken(subscriptionId, config.SESSION_SECRET)}`,
  }
}

/**
 * Mails the queued deliveries of one frequency: one email per story (immediate) or one per member
 * (daily). A delivery whose member stopped receiving (unsubscribed, frozen, removed), whose story
 * is no longer published, or whose subscriber may not act (billing) is marked skipped instead.
 * Runs inside the worker's transaction, so the mails and the marks commit together.
 */
export async function sendAlerts(sql: Sql, config: Config, frequency: AlertFrequency): Promise<void> {
  const rows = await sql<DeliveryRow[]>`
    select d.story_id, d.subscriber_id, d.user_id, u.email, sub.name as subscriber_name,
      a.id as subscription_id, (a.id is not null and a.paused_at is null and not m.frozen) as receiving,
      s.status = 'published' as story_published, s.title, s.criticality,
      (select string_agg(n.name, ', ' order by sn.position)
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services
    from alert_deliveries d
    join memberships m on m.subscriber_id = d.subscriber_id and m.user_id = d.user_id
    join users u on u.id = d.user_id
    join subscribers sub on sub.id = d.subscriber_id
    join stories s on s.id = d.story_id
    left join alert_subscriptions a on a.subscriber_id = d.subscriber_id and a.user_id = d.user_id
    where d.status = 'queued' and d.frequency = ${frequency}
    order by d.subscriber_id, d.user_id, s.published_at, d.story_id
    limit ${BATCH}
    for update of d skip locked`
  const mayAct = new Map<string, boolean>()
  for (const id of new Set(rows.map((r) => r.subscriberId))) mayAct.set(id, await subscriberMayAct(sql, id))

  const members = new Map<string, DeliveryRow[]>()
  for (const row of rows) {
    const key = `${row.subscriberId}|${row.userId}`
    members.set(key, [...(members.get(key) ?? []), row])
  }
  let sent = 0
  for (const deliveries of members.values()) {
    const first = deliveries[0]!
    const wanted = deliveries.filter((d) => d.receiving && d.storyPublished && mayAct.get(d.subscriberId))
    if (wanted.length && first.subscriptionId) {
      // Keeps the stored hash in step with the secret (it changes only if SESSION_SECRET does).
      await sql`
        update alert_subscriptions set unsubscribe_token_hash = ${unsubscribeTokenHash(first.subscriptionId, config.SESSION_SECRET)}
        where id = ${first.subscriptionId}`
      const l = links(config, first.subscriptionId, first.subscriberId)
      const mails =
        frequency === 'immediate'
          ? wanted.map((d) => immediateAlertEmail(first.email, first.subscriberName, d, l))
          : [dailyDigestEmail(first.email, first.subscriberName, wanted, l)]
      for (const mail of mails) await enqueueMail(sql, mail)
      sent += mails.length
    }
    const sentIds = new Set(wanted.map((d) => d.storyId))
    await sql`
      update alert_deliveries set status = case when story_id = any(${[...sentIds]}::uuid[]) then 'sent' else 'skipped' end,
        done_at = now()
      where subscriber_id = ${first.subscriberId} and user_id = ${first.userId}
        and story_id = any(${deliveries.map((d) => d.storyId)}::uuid[])`
  }
  if (rows.length === BATCH)
    await scheduleJob(sql, { job: frequency === 'immediate' ? SEND_IMMEDIATE_ALERTS : SEND_DAILY_DIGEST })
  log.info('alerts_sent', { frequency, deliveries: rows.length, mails: sent })
}

/** The alert jobs for the outbox worker (see background.ts). */
export function alertJobs({ config }: { config: Config }): JobRegistry {
  return {
    [SEND_IMMEDIATE_ALERTS]: { run: (sql) => sendAlerts(sql, config, 'immediate') },
    [SEND_DAILY_DIGEST]: { dailyAtHourUtc: DIGEST_HOUR_UTC, run: (sql) => sendAlerts(sql, config, 'daily') },
  }
}
