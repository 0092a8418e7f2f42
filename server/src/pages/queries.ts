import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { StoryStatus } from '../stories/schemas.ts'

/** A story's status and public reason, for the page of a story that is not (or no longer) published. */
export async function getStoryStatus(
  sql: Sql,
  id: string,
): Promise<{ status: StoryStatus; statusReason: string | null } | undefined> {
  const [row] = await sql<{ status: StoryStatus; statusReason: string | null }[]>`
    select status, status_reason from stories where id = ${id}`
  return row
}

export interface RecentStory {
  id: string
  title: string
  bodyStart: string
  /** The language it was told in. */
  lang: Lang
  publishedAt: Date
  nickname: string
  services: { id: string; name: string; nameCy: string | null }[]
}

/** The newest published stories, whatever the service (the home page). */
export async function listRecentStories(sql: Sql, limit: number): Promise<RecentStory[]> {
  return sql<RecentStory[]>`
    select s.id, s.title, left(s.body, 300) as body_start, s.lang, s.published_at, s.nickname,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services
    from stories s
    where s.status = 'published'
    order by s.published_at desc, s.id desc
    limit ${limit}`
}
