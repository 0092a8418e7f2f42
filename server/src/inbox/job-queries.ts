import type { Sql } from '../db.ts'
import type { MailStory } from './emails.ts'

/** What the assignee's email needs; undefined when the story is no longer theirs or they cannot receive it. */
export async function getAssignedMailFacts(
  sql: Sql,
  p: { subscriberId: string; storyId: string; userId: string },
) {
  const [row] = await sql<(MailStory & { email: string; subscriberName: string })[]>`
    select u.email, sub.name as subscriber_name, s.id as story_id, s.title, e.due_at
    from inbox_entries e
    join stories s on s.id = e.story_id
    join subscribers sub on sub.id = e.subscriber_id
    join memberships m on m.subscriber_id = e.subscriber_id and m.user_id = e.assignee_id
    join users u on u.id = m.user_id
    where e.subscriber_id = ${p.subscriberId} and e.story_id = ${p.storyId} and e.assignee_id = ${p.userId}
      and not m.frozen and s.status = 'published'
      -- The member may turn these emails off on the alerts page (on by default).
      and coalesce((select o.assigned from alert_options o
                    where o.subscriber_id = e.subscriber_id and o.user_id = e.assignee_id), true)`
  return row
}

export interface OverdueRow extends MailStory {
  subscriberId: string
  assigneeId: string | null
}

/** Open stories past due and not yet announced, locked (up to `limit`), oldest due first. */
export async function lockNewlyOverdue(sql: Sql, now: Date, limit: number): Promise<OverdueRow[]> {
  return sql<OverdueRow[]>`
    select e.subscriber_id, e.story_id, e.assignee_id, e.due_at, s.title
    from inbox_entries e join stories s on s.id = e.story_id
    where e.state in ('new', 'assigned') and e.overdue_notified_at is null and e.due_at <= ${now}
    order by e.due_at, e.story_id
    limit ${limit}
    for update of e skip locked`
}

export async function markOverdueNotified(sql: Sql, rows: OverdueRow[], now: Date): Promise<void> {
  for (const subscriberId of new Set(rows.map((r) => r.subscriberId))) {
    const ids = rows.filter((r) => r.subscriberId === subscriberId).map((r) => r.storyId)
    await sql`
      update inbox_entries set overdue_notified_at = ${now}
      where subscriber_id = ${subscriberId} and story_id = any(${ids}::uuid[])`
    await sql`
      insert into inbox_events (subscriber_id, story_id, kind)
      select ${subscriberId}, x.id, 'overdue_notified' from unnest(${ids}::uuid[]) x (id)`
  }
}

export interface Recipient {
  userId: string
  email: string
  role: 'admin' | 'responder' | 'viewer'
}

/** Members of a subscriber who are not frozen: its admins, and (when named) some others. */
export async function listRecipients(
  sql: Sql,
  subscriberId: string,
  roles: string[],
  alsoUserIds: string[] = [],
): Promise<Recipient[]> {
  return sql<Recipient[]>`
    select m.user_id, u.email, m.role from memberships m join users u on u.id = m.user_id
    where m.subscriber_id = ${subscriberId} and not m.frozen
      and (m.role = any(${roles}::text[]) or m.user_id = any(${alsoUserIds}::uuid[]))
    order by m.user_id`
}

export async function getSubscriberName(sql: Sql, subscriberId: string): Promise<string> {
  const [row] = await sql<{ name: string }[]>`select name from subscribers where id = ${subscriberId}`
  return row?.name ?? ''
}

/** Subscribers with unanswered stories: how many, how many overdue, and the oldest due. */
export async function listUnanswered(sql: Sql, now: Date, perSubscriber: number) {
  return sql<{ subscriberId: string; name: string; total: number; overdue: number; stories: MailStory[] }[]>`
    select sub.id as subscriber_id, sub.name, open.total, open.overdue,
      (select coalesce(json_agg(json_build_object('storyId', x.story_id, 'title', s.title, 'dueAt', x.due_at)
                order by x.due_at, x.story_id), '[]')
         from (select e.story_id, e.due_at from inbox_entries e
               where e.subscriber_id = sub.id and e.state in ('new', 'assigned')
               order by e.due_at, e.story_id limit ${perSubscriber}) x
         join stories s on s.id = x.story_id) as stories
    from subscribers sub
    cross join lateral (
      select count(*)::int as total, count(*) filter (where e.due_at < ${now})::int as overdue
      from inbox_entries e where e.subscriber_id = sub.id and e.state in ('new', 'assigned')) open
    where open.total > 0
    order by sub.id`
}
