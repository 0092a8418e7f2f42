import { randomUUID } from 'node:crypto'
import { hashToken, TOKEN_PATTERN } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { AlertStory } from './emails.ts'
import type { AlertFrequency, AlertPreferencesInput, AlertRule, AlertSettings } from './schemas.ts'
import { unsubscribeTokenHash } from './tokens.ts'

/** The member's alert rules, oldest first. */
export async function listAlertRules(sql: Sql, subscriberId: string, userId: string): Promise<AlertRule[]> {
  return sql<AlertRule[]>`
    select a.id, a.min_criticality, a.frequency, a.paused_at is not null as paused,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy,
                'path', array_to_string(n.path_names, ' › '),
                'pathCy', array_to_string(n.path_names_cy, ' › ')) order by n.path_names), '[]')
         from alert_subscription_nodes an join service_nodes n on n.id = an.node_id
         where an.subscription_id = a.id) as services
    from alert_subscriptions a
    where a.subscriber_id = ${subscriberId} and a.user_id = ${userId}
    order by a.created_at, a.id`
}

/** The member's rules and options, as the API answers them. */
export async function getAlertSettings(
  sql: Sql,
  subscriberId: string,
  userId: string,
): Promise<AlertSettings> {
  const [rules, [options]] = await Promise.all([
    listAlertRules(sql, subscriberId, userId),
    sql<{ authorReplies: boolean; assigned: boolean }[]>`
      select author_replies, assigned from alert_options where subscriber_id = ${subscriberId} and user_id = ${userId}`,
  ])
  const first = rules[0]
  return {
    alerts: first
      ? {
          services: first.services,
          minCriticality: first.minCriticality,
          frequency: first.frequency,
          paused: first.paused,
        }
      : null,
    rules,
    authorReplies: options?.authorReplies ?? false,
    assignedToMe: options?.assigned ?? true,
  }
}

/**
 * Replaces the member's rules with `rules` (resuming them if they were paused): existing rules are
 * rewritten in order, so the unsubscribe links already emailed keep working. Inside `sql.begin`.
 */
export async function saveAlertRules(
  sql: Sql,
  m: { subscriberId: string; userId: string; secret: string },
  rules: AlertPreferencesInput[],
): Promise<void> {
  const existing = await sql<{ id: string }[]>`
    select id from alert_subscriptions where subscriber_id = ${m.subscriberId} and user_id = ${m.userId}
    order by created_at, id for update`
  for (const [i, rule] of rules.entries()) {
    let id = existing[i]?.id
    if (id) {
      await sql`
        update alert_subscriptions set min_criticality = ${rule.minCriticality}, frequency = ${rule.frequency},
          paused_at = null, updated_at = now()
        where id = ${id}`
    } else {
      id = randomUUID()
      await sql`
        insert into alert_subscriptions (id, subscriber_id, user_id, min_criticality, frequency, unsubscribe_token_hash, created_at)
        values (${id}, ${m.subscriberId}, ${m.userId}, ${rule.minCriticality}, ${rule.frequency},
          ${unsubscribeTokenHash(id, m.secret)}, clock_timestamp())`
    }
    await sql`delete from alert_subscription_nodes where subscription_id = ${id}`
    await sql`
      insert into alert_subscription_nodes (subscription_id, node_id)
      select ${id}, x.id from unnest(${[...new Set(rule.serviceIds)]}::uuid[]) x (id)`
  }
  const surplus = existing.slice(rules.length).map((r) => r.id)
  if (surplus.length) await sql`delete from alert_subscriptions where id = any(${surplus}::uuid[])`
}

export async function saveAlertOptions(
  sql: Sql,
  m: { subscriberId: string; userId: string },
  options: { authorReplies: boolean; assignedToMe: boolean },
): Promise<void> {
  await sql`
    insert into alert_options (subscriber_id, user_id, author_replies, assigned)
    values (${m.subscriberId}, ${m.userId}, ${options.authorReplies}, ${options.assignedToMe})
    on conflict (subscriber_id, user_id) do update set author_replies = excluded.author_replies,
      assigned = excluded.assigned, updated_at = now()`
}

export async function deleteAlertPreferences(
  sql: Sql,
  subscriberId: string,
  userId: string,
): Promise<boolean> {
  const rows =
    await sql`delete from alert_subscriptions where subscriber_id = ${subscriberId} and user_id = ${userId}`
  return rows.count > 0
}

/** Pauses the subscription an unsubscribe link names; the subscriber's name, or undefined. */
export async function unsubscribe(sql: Sql, token: string): Promise<string | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined
  const [row] = await sql<{ name: string }[]>`
    with named as (select subscriber_id, user_id from alert_subscriptions where unsubscribe_token_hash = ${hashToken(token)})
    update alert_subscriptions a set paused_at = coalesce(a.paused_at, now()), updated_at = now()
    from named, subscribers s
    where a.subscriber_id = named.subscriber_id and a.user_id = named.user_id and s.id = a.subscriber_id
    returning s.name`
  return row?.name
}

/** One delivery for each member whose alerts match a just-published story (see queue.ts); their frequencies. */
export async function insertAlertDeliveries(sql: Sql, storyId: string) {
  return sql<{ frequency: AlertFrequency }[]>`
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
    -- Several matching rules: the most immediate one decides.
    order by a.subscriber_id, a.user_id, a.frequency = 'immediate' desc
    on conflict do nothing
    returning frequency`
}

export interface DeliveryRow extends AlertStory {
  userId: string
  email: string
  /** The member's language: their alert emails are written in it. */
  lang: Lang
  subscriberName: string
  subscriptionId: string | null
  receiving: boolean
  storyPublished: boolean
}

/** Up to `limit` queued deliveries of one frequency, locked, grouped by member, with what their mail needs. */
export async function lockQueuedDeliveries(
  sql: Sql,
  frequency: AlertFrequency,
  limit: number,
): Promise<DeliveryRow[]> {
  return sql<DeliveryRow[]>`
    select d.story_id, d.subscriber_id, d.user_id, u.email, u.lang, sub.name as subscriber_name,
      a.id as subscription_id, (a.id is not null and a.paused_at is null and not m.frozen) as receiving,
      s.status = 'published' as story_published, s.title, s.criticality,
      (select string_agg(case when u.lang = 'cy' then coalesce(n.name_cy, n.name) else n.name end, ', '
           order by sn.position)
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services
    from alert_deliveries d
    join memberships m on m.subscriber_id = d.subscriber_id and m.user_id = d.user_id
    join users u on u.id = d.user_id
    join subscribers sub on sub.id = d.subscriber_id
    join stories s on s.id = d.story_id
    -- The member's first live rule (its id signs the unsubscribe link), else their first rule.
    left join lateral (
      select x.id, x.paused_at from alert_subscriptions x
      where x.subscriber_id = d.subscriber_id and x.user_id = d.user_id
      order by x.paused_at is not null, x.created_at, x.id limit 1) a on true
    where d.status = 'queued' and d.frequency = ${frequency}
    order by d.subscriber_id, d.user_id, s.published_at, d.story_id
    limit ${limit}
    for update of d skip locked`
}

export async function setUnsubscribeTokenHash(
  sql: Sql,
  subscriptionId: string,
  secret: string,
): Promise<void> {
  await sql`
    update alert_subscriptions set unsubscribe_token_hash = ${unsubscribeTokenHash(subscriptionId, secret)}
    where id = ${subscriptionId}`
}

/** Marks one member's deliveries done: those whose story was mailed sent, the rest skipped. */
export async function markDeliveries(
  sql: Sql,
  member: { subscriberId: string; userId: string },
  deliveries: { storyId: string }[],
  sentIds: Set<string>,
): Promise<void> {
  await sql`
    update alert_deliveries set status = case when story_id = any(${[...sentIds]}::uuid[]) then 'sent' else 'skipped' end,
      done_at = now()
    where subscriber_id = ${member.subscriberId} and user_id = ${member.userId}
      and story_id = any(${deliveries.map((d) => d.storyId)}::uuid[])`
}
