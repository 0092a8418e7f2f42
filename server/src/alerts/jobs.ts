import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import { enqueueMail, scheduleJob } from '../mail/outbox.ts'
import type { JobRegistry } from '../mail/worker.ts'
import { subscriberMayAct } from '../billing/access.ts'
import { dailyDigestEmail, immediateAlertEmail, type AlertStory } from './emails.ts'
import { lockQueuedDeliveries, markDeliveries, setUnsubscribeTokenHash, type DeliveryRow } from './queries.ts'
import { SEND_DAILY_DIGEST, SEND_IMMEDIATE_ALERTS } from './queue.ts'
import { AUTHOR_REPLY_JOB, sendAuthorReplyAlerts } from './replies.ts'
import { DIGEST_HOUR_UTC, type AlertFrequency } from './schemas.ts'
import { unsubscribeToken } from './tokens.ts'

/** Deliveries handled in one run; a run that fills it schedules another. */
const BATCH = 1000

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
  const rows = await lockQueuedDeliveries(sql, frequency, BATCH)
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
      await setUnsubscribeTokenHash(sql, first.subscriptionId, config.SESSION_SECRET)
      const l = links(config, first.subscriptionId, first.subscriberId)
      const mails =
        frequency === 'immediate'
          ? wanted.map((d) => immediateAlertEmail(first.email, first.subscriberName, d, l, first.lang))
          : [dailyDigestEmail(first.email, first.subscriberName, wanted, l, first.lang)]
      for (const mail of mails) await enqueueMail(sql, mail)
      sent += mails.length
    }
    const sentIds = new Set(wanted.map((d) => d.storyId))
    await markDeliveries(sql, first, deliveries, sentIds)
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
    [AUTHOR_REPLY_JOB]: {
      run: (sql, payload) => sendAuthorReplyAlerts(sql, config, String(payload.replyId)).then(() => {}),
    },
  }
}
