import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import type { Claim, ItemKind, QueueQuery } from './schemas.ts'

export interface QueueRow {
  kind: ItemKind
  id: string
  storyId: string
  title: string
  bodyStart: string
  submittedAt: Date
  position: string
  waitingSeconds: number
  route: 'widget' | 'site' | 'api' | 'assisted'
  services: { id: string; name: string }[]
  flagCount: number
  flagCounts: Record<string, number>
  claim: Claim | null
}

export interface QueuePosition {
  at: string
  id: string
}

// PostgreSQL's text form of a timestamptz, kept in the cursor so no microsecond is lost.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/

export const encodePosition = (row: QueueRow) =>
  Buffer.from(`${row.position}|${row.id}`).toString('base64url')

export function decodePosition(cursor: string): QueuePosition | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|')
  if (!at || !id || !/^[0-9a-f-]{36}$/.test(id) || !TIMESTAMP.test(at)) return undefined
  if (Number.isNaN(Date.parse(at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))) return undefined
  return { at, id }
}

/** One kind's waiting items as (kind, id, story_id, title, body, submitted_at, route, flags, flag_count). */
function source(sql: Sql, kind: ItemKind) {
  if (kind === 'story') {
    return sql`
      select 'story' as kind, s.id, s.id as story_id, s.title, s.body, s.submitted_at, s.route, s.flags, s.flag_count
      from stories s where s.status in ('pending', 'in_review')`
  }
  if (kind === 'response') {
    return sql`
      select 'response' as kind, r.id, r.story_id, s.title, r.body, r.created_at, s.route, r.flags, r.flag_count
      from responses r join stories s on s.id = r.story_id where r.status = 'pending' and s.status = 'published'`
  }
  return sql`
    select 'reply' as kind, a.id, a.story_id, s.title, a.body, a.created_at, s.route, a.flags, a.flag_count
    from author_replies a join stories s on s.id = a.story_id where a.status = 'pending' and s.status = 'published'`
}

/**
 * Waiting stories, responses and replies, oldest first. Each source is read through its partial
 * "waiting" index, so the cost depends on how much is waiting, not on how much was ever written.
 */
export async function listQueue(sql: Sql, query: QueueQuery, after?: QueuePosition): Promise<QueueRow[]> {
  const kinds: ItemKind[] = query.kind ? [query.kind] : ['story', 'response', 'reply']
  const conditions: postgres.PendingQuery<postgres.Row[]>[] = []
  if (query.rule) conditions.push(sql`q.flags @> ${sql.json([{ rule: query.rule }])}`)
  if (query.route) conditions.push(sql`q.route = ${query.route}`)
  if (query.minWaitHours !== undefined) {
    conditions.push(sql`q.submitted_at <= now() - make_interval(secs => ${query.minWaitHours * 3600})`)
  }
  if (query.serviceId) {
    conditions.push(sql`exists (
      select 1 from story_nodes sn join service_closure c on c.descendant_id = sn.node_id
      where sn.story_id = q.story_id and c.ancestor_id = ${query.serviceId})`)
  }
  // Sent as text: the driver would turn a timestamptz parameter into a Date and drop the microseconds.
  if (after)
    conditions.push(sql`(q.submitted_at, q.id) > (${after.at}::text::timestamptz, ${after.id}::uuid)`)
  const where = conditions.reduce((acc, condition) => sql`${acc} and ${condition}`, sql`true`)
  const union = kinds.map((kind) => source(sql, kind)).reduce((acc, part) => sql`${acc} union all ${part}`)
  return sql<QueueRow[]>`
    select q.kind, q.id, q.story_id, q.title, left(q.body, 400) as body_start, q.submitted_at,
      q.submitted_at::text as position, extract(epoch from now() - q.submitted_at)::int as waiting_seconds,
      q.route, q.flag_count,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = q.story_id) as services,
      (select coalesce(json_object_agg(f.rule, f.n), '{}')
         from (select e->>'rule' as rule, count(*)::int as n from jsonb_array_elements(q.flags) e group by 1) f) as flag_counts,
      (select json_build_object('moderatorId', c.moderator_id, 'moderatorName', u.name,
                'expiresAt', to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
         from moderation_claims c join users u on u.id = c.moderator_id
         where c.item_kind = q.kind and c.item_id = q.id and c.expires_at > now()) as claim
    from (${union}) as q (kind, id, story_id, title, body, submitted_at, route, flags, flag_count)
    where ${where}
    order by q.submitted_at, q.id
    limit ${query.limit + 1}`
}

/**
 * Everything waiting, by kind (the queue's tabs), whatever the filters. Responses and replies wait
 * only while their story is published: a withdrawn story takes its conversation with it.
 */
export async function countQueue(sql: Sql): Promise<Record<ItemKind, number>> {
  const [row] = await sql<Record<ItemKind, number>[]>`
    select
      (select count(*) from stories where status in ('pending', 'in_review'))::int as story,
      (select count(*) from responses r join stories s on s.id = r.story_id
        where r.status = 'pending' and s.status = 'published')::int as response,
      (select count(*) from author_replies a join stories s on s.id = a.story_id
        where a.status = 'pending' and s.status = 'published')::int as reply`
  return row!
}
