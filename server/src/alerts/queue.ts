import type { Sql } from '../db.ts'
import { scheduleJob } from '../mail/outbox.ts'
import { insertAlertDeliveries } from './queries.ts'

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
  const rows = await insertAlertDeliveries(sql, storyId)
  if (rows.some((r) => r.frequency === 'immediate')) {
    await scheduleJob(sql, { job: SEND_IMMEDIATE_ALERTS, payload: { storyId } })
  }
  return rows.length
}
