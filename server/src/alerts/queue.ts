import type { Sql } from '../db.ts'
import { scheduleJob } from '../mail/outbox.ts'

export const SEND_IMMEDIATE_ALERTS = 'alerts_send_immediate'
export const SEND_DAILY_DIGEST = 'alerts_daily_digest'

/**
 * Called once a story is published (stories/lifecycle.ts). Records one delivery for each member
 * whose alerts match — a chosen service is the story's service or an ancestor of it, the story is
 * within the member's coverage, critical enough, the member not frozen and not unsubscribed. The
 * primary key (story, subscriber, member) makes it exactly once, however often this runs.
 * Immediate deliveries are mailed by a job after the publishing transaction commits; daily ones
 * wait for the digest. One statement when nobody has alerts.
 */
export async function queueStoryAlerts(sql: Sql, storyId: string): Promise<number> {
  const rows = await sql<{ frequency: 'immediate' | 'daily' }[]>`
    insert into alert_deliveries (story_id, subscriber_id, user_id, frequency)
    select distinct on (a.subscriber_id, a.user_id) s.id, a.subscriber_id, a.user_id, a.frequency
    from stories s
    join story_nodes sn on sn.story_id = s.id
    join service_closure c on c.descendant_id = sn.node_id
    join alert_subscription_nodes an on an.node_id = c.ancestor_id
    join alert_subscriptions a on a.id = an.subscription_id
    join memberships m on m.subscriber_id = a.subscriber_id and m.user_id = a.user_id
    join inbox_entries e on e.subscriber_id = a.subscriber_id and e.story_id = s.id
    where s.id = ${storyId} and s.status = 'published' and a.paused_at is null and not m.frozen
      and coalesce(s.criticality, 0) >= a.min_criticality
    order by a.subscriber_id, a.user_id
    on conflict do nothing
    returning frequency`
  if (rows.some((r) => r.frequency === 'immediate')) {
    await scheduleJob(sql, { job: SEND_IMMEDIATE_ALERTS, payload: { storyId } })
  }
  return rows.length
}
