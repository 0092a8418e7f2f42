import type { Sql } from '../db.ts'
import type { Member } from '../tenancy/membership.ts'
import { tagGroupsJson } from './queries.ts'
import type { MemberResponse, MemberStory } from './schemas.ts'

/** Minutes after publishing during which a response can still be edited. */
export const EDIT_MINUTES = 30

type StoryRow = Omit<MemberStory, 'publishedAt' | 'responses' | 'url'> & { publishedAt: Date }
type ResponseRow = Omit<MemberResponse, 'createdAt' | 'publishedAt' | 'editableUntil'> & {
  createdAt: Date
  publishedAt: Date | null
  editableUntil: Date | null
}

/**
 * A published story within the member's coverage, as provider staff see it: the published text
 * (never the original), criticality and tags (never the email); their organisation's responses in
 * every state, other organisations' published ones, and the author's published replies.
 * Undefined when the story is not published or not within coverage — the same answer either way.
 */
export async function getMemberStory(
  sql: Sql,
  member: Member,
  storyId: string,
): Promise<(Omit<MemberStory, 'url'> & { publishedAt: string }) | undefined> {
  const [story] = await sql<StoryRow[]>`
    select s.id, s.title, s.body, s.published_at, s.author_role, s.nickname, s.criticality,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name,
                'path', array_to_string(n.path_names, ' › ')) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      ${tagGroupsJson(sql)} as tags
    from inbox_entries e join stories s on s.id = e.story_id
    where e.subscriber_id = ${member.subscriberId} and e.story_id = ${storyId} and s.status = 'published'`
  if (!story) return undefined
  const isAdmin = member.role === 'admin'
  const mayWrite = member.role !== 'viewer'
  const responses = await sql<ResponseRow[]>`
    select r.id, r.status, ours.yes as ours, r.body, r.responder_title, r.organisation_name, r.change_marker,
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
  return {
    ...story,
    publishedAt: story.publishedAt.toISOString(),
    responses: responses.map((r) => ({
      ...r,
      createdAt: r.createdAt.toISOString(),
      publishedAt: r.publishedAt?.toISOString() ?? null,
      editableUntil: r.editableUntil?.toISOString() ?? null,
    })),
  }
}
