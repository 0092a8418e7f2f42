import type { Sql } from '../db.ts'
import type { FeedCursor } from '../stories/queries.ts'
import { pendingChangeJson, responseChangeJson } from '../stories/response-change.ts'
import type { HeldStory } from './held.ts'
import { overdueSql } from './workflow-queries.ts'
import {
  COUNT_LIMIT,
  TEXT_COUNT_LIMIT,
  type InboxFilters,
  type MemberResponse,
  type MemberStory,
  type StoryTags,
} from './schemas.ts'

/** Filters with `assignee=me` replaced by the member's id. */
export type ResolvedFilters = Omit<InboxFilters, 'assignee'> & { assignee?: string }

/**
 * A state as a literal, not a parameter: a prepared statement's generic plan can then still use the
 * partial indexes of open (00040) and closed (00101) states.
 */
function stateSql(sql: Sql, state: NonNullable<ResolvedFilters['state']>) {
  switch (state) {
    case 'new':
      return sql`and e.state = 'new'`
    case 'assigned':
      return sql`and e.state = 'assigned'`
    case 'responded':
      return sql`and e.state = 'responded'`
    case 'no_response_needed':
      return sql`and e.state = 'no_response_needed'`
  }
}

/**
 * The WHERE clause of an inbox list: one subscriber's entries narrowed by the filters. Every
 * condition is on inbox_entries itself, so the list index (which includes criticality,
 * responded and tags) or, for text, the GIN index answers it; see migration 00021. Text is
 * searched as `websearch_to_tsquery('english', q)`, in the subscriber's own lexemes.
 */
export function inboxConditions(sql: Sql, subscriberId: string, f: ResolvedFilters) {
  const to = f.to ? new Date(Date.parse(f.to) + 86_400_000) : undefined
  return sql`
    e.subscriber_id = ${subscriberId}
    ${f.criticality?.length ? sql`and e.criticality = any(${f.criticality}::smallint[])` : sql``}
    ${f.tags?.length ? sql`and e.tags @> ${f.tags}::text[]` : sql``}
    ${f.responded !== undefined ? sql`and e.responded = ${f.responded}` : sql``}
    ${f.from ? sql`and e.published_at >= ${new Date(f.from)}` : sql``}
    ${to ? sql`and e.published_at < ${to}` : sql``}
    ${f.q ? sql`and e.search @@ inbox_search_query(${subscriberId}::uuid, ${f.q})` : sql``}
    ${f.state ? stateSql(sql, f.state) : sql``}
    ${f.assignee === 'none' ? sql`and e.assignee_id is null` : f.assignee ? sql`and e.assignee_id = ${f.assignee}::uuid` : sql``}
    ${f.overdue === true ? sql`and ${overdueSql(sql)}` : f.overdue === false ? sql`and not ${overdueSql(sql)}` : sql``}
    ${
      f.serviceId
        ? sql`and e.story_id in (select fe.story_id from feed_entries fe where fe.node_id = ${f.serviceId})`
        : sql``
    }`
}

export interface InboxPosition {
  storyId: string
  publishedAt: Date
}

/** One page of story ids, newest first. */
export async function listInboxPage(
  sql: Sql,
  subscriberId: string,
  filters: ResolvedFilters,
  limit: number,
  after?: FeedCursor,
): Promise<InboxPosition[]> {
  return sql<InboxPosition[]>`
    select e.story_id, e.published_at
    from inbox_entries e
    where ${inboxConditions(sql, subscriberId, filters)}
      ${after ? sql`and (e.published_at, e.story_id) < (${after.publishedAt}, ${after.id}::uuid)` : sql``}
    order by e.published_at desc, e.story_id desc
    limit ${limit}`
}

export interface InboxCounts {
  total: number
  unresponded: number
  overdue: number
  exact: boolean
}

/** How many match, and how many of them are unanswered: exact up to COUNT_LIMIT (TEXT_COUNT_LIMIT with `q`). */
export async function countInbox(
  sql: Sql,
  subscriberId: string,
  filters: ResolvedFilters,
): Promise<InboxCounts> {
  const limit = filters.q ? TEXT_COUNT_LIMIT : COUNT_LIMIT
  const [row] = await sql<{ total: number; unresponded: number; overdue: number }[]>`
    select count(*)::int as total, count(*) filter (where not responded)::int as unresponded,
      count(*) filter (where overdue)::int as overdue
    from (
      select e.responded, ${overdueSql(sql)} as overdue from inbox_entries e
      where ${inboxConditions(sql, subscriberId, filters)}
      limit ${limit + 1}
    ) matching`
  const exact = row!.total <= limit
  return {
    total: Math.min(row!.total, limit),
    unresponded: Math.min(row!.unresponded, limit),
    overdue: Math.min(row!.overdue, limit),
    exact,
  }
}

export interface InboxStoryRow {
  id: string
  title: string
  bodyStart: string
  publishedAt: Date
  authorRole: 'patient' | 'carer' | 'relative' | 'staff' | 'other'
  nickname: string
  criticality: number | null
  responseCount: number
  services: { id: string; name: string; nameCy: string | null }[]
  tags: StoryTags
  ourPublished: number
  ourPending: number
}

/** What a list shows of each story: the published text only (never the original), no email. */
export const tagGroupsJson = (sql: Sql) => sql`
  (select json_build_object(
       'good', coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label, 'labelCy', t.label_cy) order by t.position)
                 filter (where t.grp = 'good'), '[]'),
       'improve', coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label, 'labelCy', t.label_cy) order by t.position)
                 filter (where t.grp = 'improve'), '[]'),
       'feelings', coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label, 'labelCy', t.label_cy) order by t.position)
                 filter (where t.grp = 'feelings'), '[]'))
     from story_tags st join tags t on t.slug = st.tag_slug where st.story_id = s.id)`

/** The stories at `ids`, in that order; `fullText` gives the whole body instead of its start. */
export async function getInboxStories(
  sql: Sql,
  subscriberId: string,
  ids: string[],
  fullText = false,
): Promise<InboxStoryRow[]> {
  if (!ids.length) return []
  return sql<InboxStoryRow[]>`
    select s.id, s.title, ${fullText ? sql`s.body` : sql`left(s.body, 400)`} as body_start, s.published_at, s.author_role, s.nickname,
      s.criticality, s.response_count,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      ${tagGroupsJson(sql)} as tags,
      (select count(*)::int from responses r
         where r.subscriber_id = ${subscriberId} and r.story_id = s.id and r.status = 'published') as our_published,
      (select count(*)::int from responses r
         where r.subscriber_id = ${subscriberId} and r.story_id = s.id and r.status = 'pending') as our_pending
    from stories s
    join unnest(${ids}::uuid[]) with ordinality page (id, ord) on page.id = s.id
    order by page.ord`
}

/** Whether the story is published and within the subscriber's coverage. */
export async function inInbox(sql: Sql, subscriberId: string, storyId: string): Promise<boolean> {
  const [row] = await sql`
    select 1 from inbox_entries where subscriber_id = ${subscriberId} and story_id = ${storyId}`
  return Boolean(row)
}

export type HeldRow = Omit<HeldStory, 'heldUntil'> & { heldUntil: Date }

/** Held stories about services within the subscriber's coverage, soonest to publish first. */
export async function listHeldStoryRows(sql: Sql, subscriberId: string, limit: number): Promise<HeldRow[]> {
  return sql<HeldRow[]>`
    select s.id, s.title, s.body, s.held_until, s.author_role, s.nickname, s.criticality, s.lang,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy,
                'path', array_to_string(n.path_names, ' › '),
                'pathCy', array_to_string(n.path_names_cy, ' › ')) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      ${tagGroupsJson(sql)} as tags
    from stories s
    where s.status = 'held' and exists (
      select from story_nodes sn
      join service_closure c on c.descendant_id = sn.node_id
      join subscriber_coverage cov on cov.node_id = c.ancestor_id
      where sn.story_id = s.id and cov.subscriber_id = ${subscriberId})
    order by s.held_until, s.id
    limit ${limit}`
}

/** Minutes after publishing during which a response can still be edited. */
export const EDIT_MINUTES = 30

export type MemberStoryRow = Omit<MemberStory, 'publishedAt' | 'responses' | 'url'> & { publishedAt: Date }

/** A published story within the subscriber's coverage (its inbox), as provider staff see it. */
export async function getMemberStoryRow(
  sql: Sql,
  subscriberId: string,
  storyId: string,
): Promise<MemberStoryRow | undefined> {
  const [story] = await sql<MemberStoryRow[]>`
    select s.id, s.title, s.body, s.published_at, s.author_role, s.nickname, s.criticality, s.lang,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy,
                'path', array_to_string(n.path_names, ' › '),
                'pathCy', array_to_string(n.path_names_cy, ' › ')) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      ${tagGroupsJson(sql)} as tags
    from inbox_entries e join stories s on s.id = e.story_id
    where e.subscriber_id = ${subscriberId} and e.story_id = ${storyId} and s.status = 'published'`
  return story
}

export type MemberResponseRow = Omit<MemberResponse, 'createdAt' | 'publishedAt' | 'editableUntil'> & {
  createdAt: Date
  publishedAt: Date | null
  editableUntil: Date | null
}

/**
 * A story's responses as a member sees them: their organisation's in every state, with who wrote
 * them and whether this member may still edit them; other organisations' published ones.
 */
export async function listMemberStoryResponses(
  sql: Sql,
  member: { subscriberId: string; userId: string; role: string },
  storyId: string,
): Promise<MemberResponseRow[]> {
  const isAdmin = member.role === 'admin'
  const mayWrite = member.role !== 'viewer'
  return sql<MemberResponseRow[]>`
    select r.id, r.status, ours.yes as ours, r.body, r.responder_title, r.organisation_name, r.change_marker,
      ${responseChangeJson(sql)} as change, case when ours.yes then ${pendingChangeJson(sql)} end as pending_change,
      (ours.yes and ${mayWrite} and (${isAdmin} or r.responder_id = ${member.userId})
        and r.status in ('pending', 'published')) as may_claim_change,
      case when ours.yes then u.name end as written_by,
      case when ours.yes then r.on_behalf_of end as on_behalf_of,
      case when ours.yes and r.status = 'rejected' then r.status_reason end as status_reason,
      r.created_at, r.published_at,
      case when ours.yes and r.status = 'published'
        then r.published_at + make_interval(mins => ${EDIT_MINUTES}) end as editable_until,
      (ours.yes and ${mayWrite} and (${isAdmin} or r.responder_id = ${member.userId})
        and (r.status = 'pending'
          or (r.status = 'published' and now() < r.published_at + make_interval(mins => ${EDIT_MINUTES}))))
        as editable,
      (select coalesce(json_agg(json_build_object('id', a.id, 'body', a.body,
                'publishedAt', to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
                order by a.published_at), '[]')
         from author_replies a where a.response_id = r.id and a.status = 'published') as replies
    from responses r
    cross join lateral (select coalesce(r.subscriber_id = ${member.subscriberId}, false) as yes) ours
    left join users u on u.id = r.responder_id
    where r.story_id = ${storyId} and (r.status = 'published' or ours.yes)
    order by coalesce(r.published_at, r.created_at), r.id`
}
