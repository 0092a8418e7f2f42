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
 * One index-only range scan over the node's feed entries (feed_entries_figures_idx): each entry is
 * one published story of the subtree and carries its first published response and its changes
 * (kept by the triggers of migration 00051), so neither stories nor responses are read. The routes
 * also cache the answer like a feed.
 */
export async function getServiceStats(sql: Sql, nodeId: string): Promise<ServiceStats> {
  const [row] = await sql<StatsRow[]>`
    select count(*)::int as stories,
      count(*) filter (where f.published_at > now() - interval '12 months')::int as last12,
      count(f.first_response_at)::int as responded,
      -- Nulls (stories not answered) are left out of the median.
      extract(epoch from percentile_cont(0.5) within group (order by f.first_response_at - f.published_at))::float8
        as median_seconds,
      coalesce(sum(f.changes_planned), 0)::int as planned,
      coalesce(sum(f.changes_made), 0)::int as made
    from feed_entries f
    where f.node_id = ${nodeId}`
  const { stories, last12, responded, medianSeconds, planned, made } = row!
  return {
    stories,
    storiesLast12Months: last12,
    responseRate: stories ? responded / stories : null,
    medianDaysToFirstResponse:
      medianSeconds === null ? null : Math.round((Math.max(0, Number(medianSeconds)) / DAY) * 10) / 10,
    changes: { planned, made },
  }
}
