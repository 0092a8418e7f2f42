import type { Sql } from '../db.ts'

/** The public figures of a service node and its subtree, over published stories only. */
export interface ServiceStats {
  stories: number
  storiesLast12Months: number
  /** Share of the stories with at least one published response, 0–1; null when there are no stories. */
  responseRate: number | null
  /** Median days from a story's publication to its first published response; null when none has one. */
  medianDaysToFirstResponse: number | null
  /** Published responses by the current status of their change (`responses.change_marker`). */
  changes: { planned: number; made: number }
}

interface StatsRow {
  stories: number
  last12: number
  responded: number
  medianSeconds: number | null
  planned: number
  made: number
}

const DAY = 86_400

/**
 * One statement: the node's feed entries (its whole subtree, one row per story) joined to the
 * stories by key, and each story's published responses from their partial index
 * (responses_published_story_idx, which carries the change marker). The routes cache the answer
 * like a feed, so a large subtree is counted once per cache period, not per request.
 */
export async function getServiceStats(sql: Sql, nodeId: string): Promise<ServiceStats> {
  const [row] = await sql<StatsRow[]>`
    select count(*)::int as stories,
      count(*) filter (where s.published_at > now() - interval '12 months')::int as last12,
      count(r.first_at)::int as responded,
      percentile_cont(0.5) within group (order by extract(epoch from r.first_at - s.published_at))
        filter (where r.first_at is not null) as median_seconds,
      coalesce(sum(r.planned), 0)::int as planned,
      coalesce(sum(r.made), 0)::int as made
    from feed_entries f
    join stories s on s.id = f.story_id and s.status = 'published'
    cross join lateral (
      select min(x.published_at) as first_at,
        count(*) filter (where x.change_marker = 'planned') as planned,
        count(*) filter (where x.change_marker = 'made') as made
      from responses x where x.story_id = s.id and x.status = 'published'
    ) r
    where f.node_id = ${nodeId}`
  const { stories, last12, responded, medianSeconds, planned, made } = row!
  return {
    stories,
    storiesLast12Months: last12,
    responseRate: stories ? Math.round((responded / stories) * 1000) / 1000 : null,
    medianDaysToFirstResponse:
      medianSeconds === null ? null : Math.round((Math.max(0, Number(medianSeconds)) / DAY) * 10) / 10,
    changes: { planned, made },
  }
}
