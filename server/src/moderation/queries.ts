import type { z } from '@hono/zod-openapi'
import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import {
  CLAIM_MINUTES,
  type Claim,
  type ItemKind,
  type ModerationTag,
  type QueueQuery,
  type TagCreate,
  type TagPatch,
  type TextItem,
} from './schemas.ts'

// Claims and the moderation audit trail

const TABLES = { story: 'stories', response: 'responses', reply: 'author_replies' } as const

/** Locks an item's row for the rest of the transaction; its status, or undefined if there is none. */
export async function lockItemStatus(sql: Sql, kind: ItemKind, id: string): Promise<string | undefined> {
  const [row] = await sql<{ status: string }[]>`
    select status from ${sql(TABLES[kind])} where id = ${id} for update`
  return row?.status
}

const claimJson = (sql: Sql) => sql`
  json_build_object('moderatorId', c.moderator_id, 'moderatorName', u.name,
    'expiresAt', to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`

/**
 * Takes or renews the claim on an item for `CLAIM_MINUTES`. Succeeds when nobody holds it, when
 * the caller holds it, or when the holder's lease has run out; undefined when another moderator
 * holds a live claim. One statement, so two moderators racing cannot both win.
 */
export async function takeClaim(
  sql: Sql,
  kind: ItemKind,
  id: string,
  moderatorId: string,
): Promise<Claim | undefined> {
  const [row] = await sql<{ claim: Claim }[]>`
    with taken as (
      insert into moderation_claims as mc (item_kind, item_id, moderator_id, expires_at)
      values (${kind}, ${id}, ${moderatorId}, now() + make_interval(mins => ${CLAIM_MINUTES}))
      on conflict (item_kind, item_id) do update
        set moderator_id = excluded.moderator_id, claimed_at = now(), expires_at = excluded.expires_at
        where mc.moderator_id = excluded.moderator_id or mc.expires_at <= now()
      returning moderator_id, expires_at
    )
    select ${claimJson(sql)} as claim from taken c join users u on u.id = c.moderator_id`
  return row?.claim
}

/** The live claim on an item, if any. */
export async function liveClaim(sql: Sql, kind: ItemKind, id: string): Promise<Claim | null> {
  const [row] = await sql<{ claim: Claim }[]>`
    select ${claimJson(sql)} as claim
    from moderation_claims c join users u on u.id = c.moderator_id
    where c.item_kind = ${kind} and c.item_id = ${id} and c.expires_at > now()`
  return row?.claim ?? null
}

/** Ends the claim on an item (whoever held it): after a decision, or when released. */
export async function dropClaim(sql: Sql, kind: ItemKind, id: string): Promise<void> {
  await sql`delete from moderation_claims where item_kind = ${kind} and item_id = ${id}`
}

export interface ModerationEvent {
  kind: ItemKind
  id: string
  actorId: string
  action:
    | 'claim'
    | 'release'
    | 'edit'
    | 'services'
    | 'criticality'
    | 'tags'
    | 'escalate'
    | 'publish'
    | 'reject'
    | 'hold'
  reason?: string | null
  detail?: Record<string, postgres.JSONValue>
}

/** The audit trail of what moderators did besides changing a story's status. */
export async function recordEvent(sql: Sql, event: ModerationEvent): Promise<void> {
  await sql`
    insert into moderation_events (item_kind, item_id, actor_id, action, reason, detail)
    values (${event.kind}, ${event.id}, ${event.actorId}, ${event.action}, ${event.reason ?? null},
      ${sql.json(event.detail ?? {})})`
}

// The queue

/** Where a queue page ends (see queue.ts for its cursor form). */
export interface QueuePosition {
  priority: number
  at: string
  id: string
}

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
  criticality: number | null
  priority: number
  claim: Claim | null
}

/**
 * One kind's waiting items as (kind, id, story_id, title, body, submitted_at, route, flags,
 * flag_count, priority, criticality). Priority 0 is an open escalation, 1 a safeguarding flag.
 */
function source(sql: Sql, kind: ItemKind) {
  if (kind === 'story') {
    return sql`
      select 'story' as kind, s.id, s.id as story_id, s.title, s.body, s.submitted_at, s.route, s.flags, s.flag_count,
        s.queue_priority, s.criticality
      from stories s where s.status in ('pending', 'in_review')`
  }
  if (kind === 'response') {
    // Waiting responses, and change claims waiting beside published responses (shown by their summary).
    return sql`
      select 'response' as kind, r.id, r.story_id, s.title, r.body, r.created_at, s.route, r.flags, r.flag_count,
        2::smallint, null::smallint
      from responses r join stories s on s.id = r.story_id where r.status = 'pending' and s.status = 'published'
      union all
      select 'response', r.id, r.story_id, s.title, c.summary, c.created_at, s.route, '[]'::jsonb, 0,
        2::smallint, null::smallint
      from response_changes c join responses r on r.id = c.response_id join stories s on s.id = r.story_id
      where c.state = 'pending' and r.status = 'published' and s.status = 'published'`
  }
  return sql`
    select 'reply' as kind, a.id, a.story_id, s.title, a.body, a.created_at, s.route, a.flags, a.flag_count,
      2::smallint, null::smallint
    from author_replies a join stories s on s.id = a.story_id where a.status = 'pending' and s.status = 'published'`
}

const likePattern = (words: string) => `%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`

/**
 * Waiting stories, responses and replies: open escalations, then safeguarding flags, then the
 * rest, each oldest first. Each source is read through its partial
 * "waiting" index, so the cost depends on how much is waiting, not on how much was ever written.
 */
export async function listQueue(sql: Sql, query: QueueQuery, after?: QueuePosition): Promise<QueueRow[]> {
  const kinds: ItemKind[] = query.kind ? [query.kind] : ['story', 'response', 'reply']
  const conditions: postgres.PendingQuery<postgres.Row[]>[] = []
  if (query.rule) conditions.push(sql`q.flags @> ${sql.json([{ rule: query.rule }])}`)
  if (query.route) conditions.push(sql`q.route = ${query.route}`)
  if (query.criticality !== undefined) conditions.push(sql`q.criticality = ${query.criticality}`)
  if (query.flagged) conditions.push(query.flagged === 'yes' ? sql`q.flag_count > 0` : sql`q.flag_count = 0`)
  if (query.q) {
    const pattern = likePattern(query.q)
    conditions.push(sql`(q.title ilike ${pattern} or q.body ilike ${pattern})`)
  }
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
    conditions.push(
      sql`(q.priority, q.submitted_at, q.id) > (${after.priority}::smallint, ${after.at}::text::timestamptz, ${after.id}::uuid)`,
    )
  const where = conditions.reduce((acc, condition) => sql`${acc} and ${condition}`, sql`true`)
  const union = kinds.map((kind) => source(sql, kind)).reduce((acc, part) => sql`${acc} union all ${part}`)
  return sql<QueueRow[]>`
    select q.kind, q.id, q.story_id, q.title, left(q.body, 400) as body_start, q.submitted_at,
      q.submitted_at::text as position, extract(epoch from now() - q.submitted_at)::int as waiting_seconds,
      q.route, q.flag_count, q.priority, q.criticality,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = q.story_id) as services,
      (select coalesce(json_object_agg(f.rule, f.n), '{}')
         from (select e->>'rule' as rule, count(*)::int as n from jsonb_array_elements(q.flags) e group by 1) f) as flag_counts,
      (select json_build_object('moderatorId', c.moderator_id, 'moderatorName', u.name,
                'expiresAt', to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
         from moderation_claims c join users u on u.id = c.moderator_id
         where c.item_kind = q.kind and c.item_id = q.id and c.expires_at > now()) as claim
    from (${union}) as q (kind, id, story_id, title, body, submitted_at, route, flags, flag_count, priority, criticality)
    where ${where}
    order by q.priority, q.submitted_at, q.id
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
      ((select count(*) from responses r join stories s on s.id = r.story_id
        where r.status = 'pending' and s.status = 'published')
       + (select count(*) from response_changes c join responses r on r.id = c.response_id
          join stories s on s.id = r.story_id
          where c.state = 'pending' and r.status = 'published' and s.status = 'published'))::int as response,
      (select count(*) from author_replies a join stories s on s.id = a.story_id
        where a.status = 'pending' and s.status = 'published')::int as reply`
  return row!
}

// Tags and reject reasons

const TAG_COLUMNS = (sql: Sql) => sql`slug, grp as group, label, label_cy, polarity, retired`

/** The whole managed tag list, retired tags included, in display order. */
export async function listAllTags(sql: Sql): Promise<ModerationTag[]> {
  return sql<ModerationTag[]>`select ${TAG_COLUMNS(sql)} from tags order by grp, position, slug`
}

/** Adds a tag at the end of its group; a slug that exists is a 23505 (409). */
export async function createTag(sql: Sql, tag: z.infer<typeof TagCreate>): Promise<ModerationTag> {
  const [row] = await sql<ModerationTag[]>`
    insert into tags (slug, grp, label, label_cy, polarity, position)
    select ${tag.slug}, ${tag.group}, ${tag.label}, ${tag.labelCy}, ${tag.polarity},
      coalesce(max(position), 0) + 1 from tags where grp = ${tag.group}
    returning ${TAG_COLUMNS(sql)}`
  return row!
}

/** Changes a tag's labels, polarity or retirement; slugs never change. Undefined if unknown. */
export async function updateTag(
  sql: Sql,
  slug: string,
  patch: z.infer<typeof TagPatch>,
): Promise<ModerationTag | undefined> {
  const [row] = await sql<ModerationTag[]>`
    update tags set
      label = coalesce(${patch.label ?? null}, label),
      label_cy = coalesce(${patch.labelCy ?? null}, label_cy),
      polarity = coalesce(${patch.polarity ?? null}, polarity),
      retired = coalesce(${patch.retired ?? null}::boolean, retired)
    where slug = ${slug}
    returning ${TAG_COLUMNS(sql)}`
  return row
}

// Responses and author replies

export type TextKind = 'response' | 'reply'

export interface TextRow {
  id: string
  status: string
  body: string
  originalBody: string
  flags: TextItem['flags']
  storyId: string
  storyTitle: string
  responderTitle?: string | null
  organisationName?: string | null
  changeMarker?: 'planned' | 'made' | null
  createdAt: Date
}

const table = (sql: Sql, kind: TextKind) => sql(kind === 'response' ? 'responses' : 'author_replies')

/** A response (with who it speaks for) or a reply, with its story. */
export async function getTextRow(sql: Sql, kind: TextKind, id: string): Promise<TextRow | undefined> {
  const [row] =
    kind === 'response'
      ? await sql<TextRow[]>`
          select r.id, r.status, r.body, coalesce(r.original_body, r.body) as original_body, r.flags,
            s.id as story_id, s.title as story_title, r.responder_title, r.organisation_name, r.change_marker,
            r.created_at
          from responses r join stories s on s.id = r.story_id where r.id = ${id}`
      : await sql<TextRow[]>`
          select a.id, a.status, a.body, a.original_body, a.flags, s.id as story_id, s.title as story_title,
            a.created_at
          from author_replies a join stories s on s.id = a.story_id where a.id = ${id}`
  return row
}

/** What moderators did to a response or reply: edits and decisions, oldest first. */
export async function listTextActions(sql: Sql, kind: TextKind, id: string) {
  return sql<
    {
      action: string
      actorName: string | null
      reason: string | null
      change: string | null
      createdAt: Date
    }[]
  >`
    select m.action, u.name as actor_name, m.reason, m.detail->>'change' as change, m.created_at
    from moderation_events m left join users u on u.id = m.actor_id
    where m.item_kind = ${kind} and m.item_id = ${id} and m.action in ('edit', 'publish', 'reject')
    order by m.id`
}

export async function getTextBody(sql: Sql, kind: TextKind, id: string): Promise<string> {
  const [current] = await sql<{ body: string }[]>`select body from ${table(sql, kind)} where id = ${id}`
  return current!.body
}

/** Replaces the text, keeping the first original. */
export async function updateTextBody(sql: Sql, kind: TextKind, id: string, body: string, flags: unknown[]) {
  await sql`
    update ${table(sql, kind)} set original_body = coalesce(original_body, body), body = ${body},
      flags = ${sql.json(flags as postgres.JSONValue)}, flag_count = ${flags.length}, updated_at = now()
    where id = ${id}`
}

/** The status of the story a response or reply belongs to. */
export async function textStoryStatus(sql: Sql, kind: TextKind, id: string): Promise<string | undefined> {
  const [story] = await sql<{ status: string }[]>`
    select s.status from ${table(sql, kind)} t join stories s on s.id = t.story_id where t.id = ${id}`
  return story?.status
}

/** Publishes or rejects a response or reply; its story's id. */
export async function setTextDecision(
  sql: Sql,
  kind: TextKind,
  id: string,
  published: boolean,
  reason: string | undefined,
): Promise<string> {
  const [row] = await sql<{ storyId: string }[]>`
    update ${table(sql, kind)} set status = ${published ? 'published' : 'rejected'},
      published_at = ${published ? sql`date_trunc('milliseconds', now())` : null},
      status_reason = ${reason ?? null}, updated_at = now()
    where id = ${id}
    returning story_id`
  return row!.storyId
}

/** Counts one more published response on the story; the story's status. */
export async function countPublishedResponse(sql: Sql, storyId: string): Promise<string | undefined> {
  const [story] = await sql<{ status: string }[]>`
    update stories set response_count = response_count + 1, updated_at = now() where id = ${storyId}
    returning status`
  return story?.status
}

// Background jobs

/** Locks a story for the job that publishes it when its hold ends. */
export async function lockHeldStory(sql: Sql, storyId: string) {
  const [story] = await sql<{ status: string; heldUntil: Date | null }[]>`
    select status, held_until from stories where id = ${storyId} for update`
  return story
}
