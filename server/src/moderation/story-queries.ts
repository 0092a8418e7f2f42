import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import { addFeedEntries } from '../stories/queries.ts'
import { latestEscalation } from './escalation-queries.ts'
import type { Claim, WorkbenchStory } from './schemas.ts'

type Json<T> = Omit<T, 'createdAt'> & { createdAt: string }
type Row = Omit<
  WorkbenchStory,
  'submittedAt' | 'publishedAt' | 'heldUntil' | 'redactions' | 'events' | 'activity' | 'claim' | 'escalation'
> & {
  submittedAt: Date
  publishedAt: Date | null
  heldUntil: Date | null
  redactions: Json<WorkbenchStory['redactions'][number]>[]
  events: Json<WorkbenchStory['events'][number]>[]
  activity: Json<WorkbenchStory['activity'][number]>[]
  claim: Claim | null
}

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString())
const withIsoDates = <T extends { createdAt: string }>(list: T[]) =>
  list.map((item) => ({ ...item, createdAt: iso(item.createdAt)! }))

/** Everything a moderator needs about one story, with its original text and audit trail. */
export async function getWorkbenchStory(sql: Sql, id: string): Promise<WorkbenchStory | undefined> {
  const [row] = await sql<Row[]>`
    select s.id, s.status, s.title, s.body, s.original_title, s.original_body, s.flags, s.criticality,
      s.author_role, s.age_group, s.nickname, s.route, s.lang, s.email is not null as has_email,
      s.submitted_at, s.published_at, s.held_until, s.escalated_at is not null as escalated,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy,
                'path', array_to_string(n.path_names, ' › '),
                'pathCy', array_to_string(n.path_names_cy, ' › ')) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      (select json_build_object(
           'good', coalesce(json_agg(t.slug order by t.position) filter (where t.grp = 'good'), '[]'),
           'improve', coalesce(json_agg(t.slug order by t.position) filter (where t.grp = 'improve'), '[]'),
           'feelings', coalesce(json_agg(t.slug order by t.position) filter (where t.grp = 'feelings'), '[]'))
         from story_tags st join tags t on t.slug = st.tag_slug where st.story_id = s.id) as tags,
      (select coalesce(json_agg(json_build_object('id', r.id::text, 'field', r.field, 'before', r.before,
                'after', r.after, 'reason', r.reason, 'moderatorName', u.name, 'createdAt', r.created_at)
                order by r.id), '[]')
         from story_redactions r left join users u on u.id = r.moderator_id where r.story_id = s.id) as redactions,
      (select coalesce(json_agg(json_build_object('fromStatus', e.from_status, 'toStatus', e.to_status,
                'actorType', e.actor_type, 'actorName', u.name, 'reason', e.reason, 'createdAt', e.created_at)
                order by e.id), '[]')
         from story_events e left join users u on u.id = e.actor_id where e.story_id = s.id) as events,
      (select coalesce(json_agg(json_build_object('action', m.action, 'actorName', u.name, 'reason', m.reason,
                'detail', m.detail, 'createdAt', m.created_at) order by m.id), '[]')
         from moderation_events m left join users u on u.id = m.actor_id
         where m.item_kind = 'story' and m.item_id = s.id) as activity,
      (select json_build_object('moderatorId', c.moderator_id, 'moderatorName', u.name,
                'expiresAt', to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
         from moderation_claims c join users u on u.id = c.moderator_id
         where c.item_kind = 'story' and c.item_id = s.id and c.expires_at > now()) as claim
    from stories s where s.id = ${id}`
  if (!row) return undefined
  return {
    ...row,
    submittedAt: iso(row.submittedAt)!,
    publishedAt: iso(row.publishedAt),
    heldUntil: iso(row.heldUntil),
    redactions: withIsoDates(row.redactions),
    events: withIsoDates(row.events),
    activity: withIsoDates(row.activity),
    escalation: await latestEscalation(sql, id),
  }
}

export interface CurrentStory {
  title: string
  body: string
  status: string
  criticality: number | null
  publishedAt: Date | null
}

export async function currentStory(sql: Sql, id: string): Promise<CurrentStory> {
  const [row] = await sql<CurrentStory[]>`
    select title, body, status, criticality, published_at from stories where id = ${id}`
  return row!
}

export interface Redaction {
  field: 'title' | 'body'
  before: string
  after: string
}

/** Replaces the public text, keeping each change with its reason; the original columns never change. */
export async function redactStory(
  sql: Sql,
  id: string,
  text: { title: string; body: string; flags: unknown[] },
  redactions: Redaction[],
  reason: string,
  moderatorId: string,
): Promise<void> {
  for (const r of redactions) {
    await sql`
      insert into story_redactions (story_id, field, before, after, reason, moderator_id)
      values (${id}, ${r.field}, ${r.before}, ${r.after}, ${reason}, ${moderatorId})`
  }
  await sql`
    update stories set title = ${text.title}, body = ${text.body},
      flags = ${sql.json(text.flags as postgres.JSONValue)}, flag_count = ${text.flags.length}, updated_at = now()
    where id = ${id}`
}

/** Replaces the services a story is about; a published story's feed entries follow at once. */
export async function setStoryServices(sql: Sql, id: string, serviceIds: string[], published: boolean) {
  await sql`delete from story_nodes where story_id = ${id}`
  await sql`
    insert into story_nodes (story_id, node_id, position)
    select ${id}, x.node_id, x.ord from unnest(${serviceIds}::uuid[]) with ordinality x (node_id, ord)`
  if (!published) return
  await sql`delete from feed_entries where story_id = ${id}`
  await addFeedEntries(sql, id)
}

export async function setStoryTags(sql: Sql, id: string, slugs: string[]) {
  await sql`delete from story_tags where story_id = ${id}`
  await sql`insert into story_tags (story_id, tag_slug) select ${id}, x from unnest(${slugs}::text[]) x`
}

/** The tags named, with their group and whether they are retired. */
export async function findTags(sql: Sql, slugs: string[]) {
  return sql<{ slug: string; group: string; retired: boolean }[]>`
    select slug, grp as group, retired from tags where slug = any(${slugs}::text[])`
}

export async function storyTagSlugs(sql: Sql, id: string): Promise<Set<string>> {
  const rows = await sql<{ tagSlug: string }[]>`select tag_slug from story_tags where story_id = ${id}`
  return new Set(rows.map((r) => r.tagSlug))
}

export async function setStoryCriticality(sql: Sql, id: string, criticality: number | null) {
  await sql`update stories set criticality = ${criticality}, updated_at = now() where id = ${id}`
}

/** Whether a moderator changed the story's words. */
export async function wasRedacted(sql: Sql, id: string): Promise<boolean> {
  const [row] = await sql<{ edited: boolean }[]>`
    select exists (select 1 from story_redactions where story_id = ${id}) as edited`
  return row!.edited
}
