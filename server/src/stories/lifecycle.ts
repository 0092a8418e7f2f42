import { queueStoryAlerts } from '../alerts/queue.ts'
import type { Sql } from '../db.ts'
import type { StoryStatus } from './schemas.ts'

export type ActorType = 'author' | 'moderator' | 'system' | 'operator'

export interface StatusChange {
  storyId: string
  to: StoryStatus
  actor: { type: ActorType; id?: string }
  reason?: string
  /** Only for `held`: when the story publishes itself. */
  heldUntil?: Date
  /** When the change happened; defaults to now (the demo seeder back-dates its stories). */
  at?: Date
}

/**
 * Moves a story to another status, keeps the public feed in step (entries exist exactly while
 * the story is published) and records the audit event. Returns the previous status, or
 * undefined if the story does not exist. Several statements: call it inside `sql.begin`.
 */
export async function changeStoryStatus(sql: Sql, change: StatusChange): Promise<StoryStatus | undefined> {
  const at = change.at ?? null
  const [row] = await sql<{ fromStatus: StoryStatus }[]>`
    update stories s set
      status = ${change.to},
      status_reason = ${change.reason ?? null},
      held_until = ${change.heldUntil ?? null},
      published_at = case when ${change.to} = 'published'
        then coalesce(s.published_at, date_trunc('milliseconds', coalesce(${at}::timestamptz, now())))
        else s.published_at end,
      updated_at = now()
    from (select id, status from stories where id = ${change.storyId} for update) old
    where s.id = old.id
    returning old.status as from_status`
  if (!row) return undefined
  if (change.to === 'published') {
    await sql`
      insert into feed_entries (node_id, published_at, story_id)
      select distinct c.ancestor_id, s.published_at, s.id
      from stories s
      join story_nodes sn on sn.story_id = s.id
      join service_closure c on c.descendant_id = sn.node_id
      where s.id = ${change.storyId}
      on conflict do nothing`
    if (row.fromStatus !== 'published') await queueStoryAlerts(sql, change.storyId)
  } else if (row.fromStatus === 'published') {
    await sql`delete from feed_entries where story_id = ${change.storyId}`
  }
  await sql`
    insert into story_events (story_id, from_status, to_status, actor_type, actor_id, reason, created_at)
    values (${change.storyId}, ${row.fromStatus}, ${change.to}, ${change.actor.type}, ${change.actor.id ?? null},
      ${change.reason ?? null}, coalesce(${at}::timestamptz, now()))`
  return row.fromStatus
}
