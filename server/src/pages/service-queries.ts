import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { FeedCursor, FeedRow } from '../stories/queries.ts'

export interface Responder {
  organisationName: string
  responderTitle: string
  change: 'planned' | 'made' | null
}

/** A story in a service's list, with the language it was told in. */
export type ServiceStoryRow = FeedRow & { responders: Responder[]; lang: Lang }

export interface StoryFilters {
  tag?: string
  responded?: 'yes' | 'no'
  months?: number
}

/**
 * A page of published stories about a node and its subtree, newest first, narrowed by the
 * service page's filters: one range scan of the node's feed entries (feed_entries' primary key),
 * with who responded to each story (published responses, oldest first).
 */
export async function listServiceStories(
  sql: Sql,
  nodeId: string,
  filters: StoryFilters,
  limit: number,
  cursor?: FeedCursor,
): Promise<ServiceStoryRow[]> {
  const after = cursor
    ? sql`and (f.published_at, f.story_id) < (${cursor.publishedAt}, ${cursor.id}::uuid)`
    : sql``
  const tag = filters.tag
    ? sql`and exists (select from story_tags st where st.story_id = f.story_id and st.tag_slug = ${filters.tag})`
    : sql``
  const responded =
    filters.responded === 'yes'
      ? sql`and s.response_count > 0`
      : filters.responded === 'no'
        ? sql`and s.response_count = 0`
        : sql``
  const months = filters.months
    ? sql`and f.published_at >= now() - make_interval(months => ${filters.months})`
    : sql``
  return sql<ServiceStoryRow[]>`
    select s.id, s.title, left(s.body, 400) as body_start, s.lang, s.published_at, s.author_role, s.nickname,
      s.response_count,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      (select coalesce(json_agg(json_build_object('organisationName', r.organisation_name,
                'responderTitle', r.responder_title, 'change', r.change_marker) order by r.published_at), '[]')
         from responses r where r.story_id = s.id and r.status = 'published') as responders
    from feed_entries f
    join stories s on s.id = f.story_id and s.status = 'published'
    where f.node_id = ${nodeId} ${after} ${tag} ${responded} ${months}
    order by f.published_at desc, f.story_id desc
    limit ${limit}`
}
