import { randomUUID } from 'node:crypto'
import { hashToken, TOKEN_PATTERN } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import type { AlertPreferences, AlertPreferencesInput } from './schemas.ts'
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
