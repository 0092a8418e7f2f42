import type { Sql } from '../db.ts'

/**
 * The public figures of a service node and its subtree (or of several nodes: the union of their
 * subtrees, each story once), over published stories only.
 */
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
 * One index-only range scan per node over its feed entries (feed_entries_figures_story_idx): each entry
 * is one published story of the subtree and carries its first published response and its changes
 * (kept by the triggers of migration 00051), so neither stories nor responses are read. Several
 * nodes' entries are made distinct by story first (subtrees may overlap; the figures an entry
 * carries are the same for every entry of a story), the story id is in the index too (00052). The
 * routes also cache the answer like a feed.
 */
export async function getServiceStats(sql: Sql, nodes: string | string[]): Promise<ServiceStats> {
  const ids = typeof nodes === 'string' ? [nodes] : [...new Set(nodes)]
  const entries =
    ids.length === 1
      ? sql`(select * from feed_entries where node_id = ${ids[0]!}) f`
      : sql`(select distinct story_id, published_at, first_response_at, changes_planned, changes_made
          from feed_entries where node_id = any(${ids}::uuid[])) f`
  const [row] = await sql<StatsRow[]>`
    select count(*)::int as stories,
      count(*) filter (where f.published_at > now() - interval '12 months')::int as last12,
      count(f.first_response_at)::int as responded,
      -- Nulls (stories not answered) are left out of the median.
      extract(epoch from percentile_cont(0.5) within group (order by f.first_response_at - f.published_at))::float8
        as median_seconds,
      coalesce(sum(f.changes_planned), 0)::int as planned,
      coalesce(sum(f.changes_made), 0)::int as made
    from ${entries}`
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
