import { randomUUID } from 'node:crypto'
import { hashToken, TOKEN_PATTERN } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { AlertStory } from './emails.ts'
import type { AlertFrequency, AlertPreferences, AlertPreferencesInput } from './schemas.ts'
import { unsubscribeTokenHash } from './tokens.ts'

export async function getAlertPreferences(
  sql: Sql,
  subscriberId: string,
  userId: string,
): Promise<AlertPreferences | null> {
  const [row] = await sql<AlertPreferences[]>`
    select a.min_criticality, a.frequency, a.paused_at is not null as paused,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name,
                'path', array_to_string(n.path_names, ' › ')) order by n.path_names), '[]')
         from alert_subscription_nodes an join service_nodes n on n.id = an.node_id
         where an.subscription_id = a.id) as services
    from alert_subscriptions a
    where a.subscriber_id = ${subscriberId} and a.user_id = ${userId}`
  return row ?? null
}

/** Creates or replaces the member's alert preferences (resuming them if they were paused). Inside `sql.begin`. */
export async function saveAlertPreferences(
  sql: Sql,
  m: { subscriberId: string; userId: string; secret: string },
  input: AlertPreferencesInput,
): Promise<void> {
  const newId = randomUUID()
  const [row] = await sql<{ id: string }[]>`
    insert into alert_subscriptions (id, subscriber_id, user_id, min_criticality, frequency, unsubscribe_token_hash)
    values (${newId}, ${m.subscriberId}, ${m.userId}, ${input.minCriticality}, ${input.frequency},
      ${unsubscribeTokenHash(newId, m.secret)})
    on conflict (subscriber_id, user_id) do update set min_criticality = excluded.min_criticality,
      frequency = excluded.frequency, paused_at = null, updated_at = now()
    returning id`
  const id = row!.id
  await sql`delete from alert_subscription_nodes where subscription_id = ${id}`
  await sql`
    insert into alert_subscription_nodes (subscription_id, node_id)
    select ${id}, x.id from unnest(${[...new Set(input.serviceIds)]}::uuid[]) x (id)`
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
    update alert_subscriptions a set paused_at = coalesce(a.paused_at, now()), updated_at = now()
    from subscribers s
    where a.unsubscribe_token_hash = ${hashToken(token)} and s.id = a.subscriber_id
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
    order by a.subscriber_id, a.user_id
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
    left join alert_subscriptions a on a.subscriber_id = d.subscriber_id and a.user_id = d.user_id
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
