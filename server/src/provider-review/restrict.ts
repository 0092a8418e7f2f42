import { unsubscribeToken } from '../alerts/tokens.ts'
import { subscriberMayAct } from '../billing/access.ts'
import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { dropStoryClaim, openReviewRequest, otherLiveClaim, recordOutcome } from './queries.ts'
import { restrictedAlertEmail } from './restricted-emails.ts'
import { SENIOR_ROLES } from './gate.ts'

/**
 * A senior moderator restricts a story its provider asked to have reviewed: the public sees that
 * it exists, who restricted it and why, never its text; covering subscribers (the provider and
 * public-interest bodies) still read it in full, and members whose alerts match hear of it.
 * Inside `sql.begin`.
 */
export async function restrictStory(
  sql: Sql,
  storyId: string,
  input: { publicReason: string },
  ctx: { userId: string; platformRole: string | null; config: Config },
): Promise<void> {
  if (!SENIOR_ROLES.includes(ctx.platformRole ?? '')) {
    throw new AppError('forbidden', 'Only a senior moderator can restrict a story.')
  }
  const [story] = await sql<{ status: string }[]>`select status from stories where id = ${storyId} for update`
  if (!story) throw new AppError('not_found', 'That story was not found.')
  const open = await openReviewRequest(sql, storyId)
  if (!open || !['pending', 'in_review'].includes(story.status)) {
    throw new AppError('conflict', 'Only a story whose provider asked for a review can be restricted.')
  }
  if (await otherLiveClaim(sql, storyId, ctx.userId)) {
    throw new AppError('conflict', 'Another moderator is working on this story.')
  }
  await changeStoryStatus(sql, {
    storyId,
    to: 'restricted',
    actor: { type: 'moderator', id: ctx.userId },
    reason: input.publicReason,
  })
  await sql`update stories set published_at = coalesce(published_at, now()) where id = ${storyId}`
  await recordOutcome(sql, open.id, {
    outcome: 'restricted',
    by: ctx.userId,
    publicReason: input.publicReason,
  })
  await dropStoryClaim(sql, storyId)
  await queueRestrictedAlerts(sql, storyId, ctx.config)
}

interface AlertRow {
  subscriberId: string
  subscriberName: string
  subscriptionId: string
  email: string
  title: string
  criticality: number | null
  services: string
}

/**
 * Mails, at once, each member whose alerts match the restricted story (a chosen service is the
 * story's or an ancestor, the story is within coverage, critical enough, the member receiving),
 * when the subscriber may act. The feed-based alert path skips restricted stories (they have no
 * feed entries), so this is their only alert.
 */
async function queueRestrictedAlerts(sql: Sql, storyId: string, config: Config): Promise<void> {
  const rows = await sql<AlertRow[]>`
    select distinct on (a.subscriber_id, a.user_id) a.subscriber_id, sub.name as subscriber_name,
      a.id as subscription_id, u.email, s.title, s.criticality,
      (select string_agg(n.name, ', ' order by x.position)
         from story_nodes x join service_nodes n on n.id = x.node_id where x.story_id = s.id) as services
    from stories s
    join story_nodes sn on sn.story_id = s.id
    join service_closure c on c.descendant_id = sn.node_id
    join alert_subscription_nodes an on an.node_id = c.ancestor_id
    join alert_subscriptions a on a.id = an.subscription_id
    join memberships m on m.subscriber_id = a.subscriber_id and m.user_id = a.user_id
    join users u on u.id = m.user_id
    join subscribers sub on sub.id = a.subscriber_id
    where s.id = ${storyId} and a.paused_at is null and not m.frozen
      and coalesce(s.criticality, 0) >= a.min_criticality
      and exists (
        select 1 from service_closure cc join subscriber_coverage cov on cov.node_id = cc.ancestor_id
        where cc.descendant_id = sn.node_id and cov.subscriber_id = a.subscriber_id)
    order by a.subscriber_id, a.user_id`
  const mayAct = new Map<string, boolean>()
  for (const row of rows) {
    if (!mayAct.has(row.subscriberId))
      mayAct.set(row.subscriberId, await subscriberMayAct(sql, row.subscriberId))
    if (!mayAct.get(row.subscriberId)) continue
    const base = `${config.PUBLIC_URL}/portal/subscribers/${row.subscriberId}`
    await enqueueMail(
      sql,
      restrictedAlertEmail(row.email, row, {
        storyUrl: `${base}/restricted/${storyId}`,
        preferencesUrl: `${base}/alerts`,
        unsubscribeUrl: `${config.PUBLIC_URL}/alerts/unsubscribe/${unsubscribeToken(row.subscriptionId, config.SESSION_SECRET)}`,
      }),
    )
  }
}
