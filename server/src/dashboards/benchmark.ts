import type { Sql } from '../db.ts'
import type { Benchmark } from './schemas.ts'

/** A benchmark figure is shown only when at least this many subscribers contribute to it. */
export const MIN_CONTRIBUTORS = 5

/**
 * Each subscriber's response-clock figures over its stories published in the period, as a CTE
 * body (`subscriber_id`, `stories`, `rate`, `median_hours`, `within_due`, `overdue_now`). With
 * `only`, that subscriber alone (and its `serviceIds` narrow it). Each entry carries its due time
 * (the inbox's) and its story's first public response with the working hours it waited (migration
 * 00100), so this reads each subscriber's range of inbox_entries_list_idx and nothing else.
 * Overdue now counts as the inbox does: open (new or assigned) and past its due time.
 */
function clockFigures(
  sql: Sql,
  period: { from: Date; to: Date },
  only?: { subscriberId: string; serviceIds: string[] },
) {
  const services = only?.serviceIds.length
    ? sql`and e.story_id in (select f.story_id from feed_entries f where f.node_id = any(${only.serviceIds}::uuid[]))`
    : sql``
  // Per subscriber (a lateral range of its own index entries), not one pass over every entry.
  return sql`
    select sub.id as subscriber_id, c.stories, c.rate, c.median_hours, c.within_due, c.overdue_now
    from subscribers sub cross join lateral (
      select count(*)::int as stories,
        round(count(e.first_response_at)::numeric / nullif(count(*), 0), 4) as rate,
        round(percentile_cont(0.5) within group (order by e.first_response_hours)
          filter (where e.first_response_at is not null)::numeric, 1) as median_hours,
        round(count(*) filter (where e.first_response_at <= e.due_at)::numeric
          / nullif(count(*) filter (where e.first_response_at is not null or e.due_at <= now()), 0), 4) as within_due,
        count(*) filter (where e.state in ('new', 'assigned') and e.due_at <= now())::int as overdue_now
      from inbox_entries e
      where e.subscriber_id = sub.id and e.published_at >= ${period.from} and e.published_at < ${period.to}
        ${services}
    ) c
    where c.stories > 0 ${only ? sql`and sub.id = ${only.subscriberId}` : sql``}`
}

/**
 * Each subscriber's changes on stories published in the period: planned, made, overdue. A response
 * is published after its story, so only responses published since the period began are read
 * (responses_change_figures_idx), then their stories.
 */
function changeFigures(sql: Sql, period: { from: Date; to: Date }) {
  return sql`
    select r.subscriber_id,
      count(*) filter (where r.change_marker = 'planned')::int as planned,
      count(*) filter (where r.change_marker = 'made')::int as made,
      count(*) filter (where r.change_marker = 'planned' and exists (
        select 1 from response_changes c where c.response_id = r.id and c.state = 'published'
          and c.status = 'planned' and c.expected_by + interval '1 month' <= now()))::int as overdue
    from responses r join stories s on s.id = r.story_id
    where r.status = 'published' and r.change_marker is not null and r.subscriber_id is not null
      and r.published_at >= ${period.from}
      and s.published_at >= ${period.from} and s.published_at < ${period.to}
    group by r.subscriber_id`
}

/**
 * The median of every subscriber's figure over the period, each with how many subscribers
 * contributed; null where fewer than MIN_CONTRIBUTORS did. Never names a subscriber.
 */
export async function getBenchmark(sql: Sql, period: { from: Date; to: Date }): Promise<Benchmark> {
  const clock = clockFigures(sql, period)
  const [row] = await sql<Benchmark[]>`
    with clock as (${clock}), changes as (${changeFigures(sql, period)}),
    per as (
      select cl.subscriber_id, cl.rate, cl.median_hours, cl.within_due, cl.overdue_now,
        coalesce(ch.planned, 0) as planned, coalesce(ch.made, 0) as made, coalesce(ch.overdue, 0) as overdue
      from clock cl left join changes ch on ch.subscriber_id = cl.subscriber_id
    )
    select count(*)::int as contributors,
      ${median(sql, 'rate', 4)} as rate,
      ${median(sql, 'median_hours', 1)} as median_working_hours,
      ${median(sql, 'within_due', 4)} as answered_within_due,
      ${median(sql, 'overdue_now', 1)} as overdue_now,
      ${median(sql, 'planned', 1)} as changes_planned,
      ${median(sql, 'made', 1)} as changes_made,
      ${median(sql, 'overdue', 1)} as changes_overdue
    from per`
  return row!
}

const median = (sql: Sql, column: string, digits: number) => sql`
  case when count(${sql(column)}) >= ${MIN_CONTRIBUTORS}
    then round((percentile_cont(0.5) within group (order by ${sql(column)}))::numeric, ${digits})::float8 end`

export interface ClockFigures {
  medianWorkingHoursToFirstResponse: number | null
  answeredWithinDue: number | null
  overdueNow: number
  changesOverdue: number
}

/** The subscriber's response-clock figures and overdue changes for the dashboard's scope. */
export async function getClockFigures(
  sql: Sql,
  scope: { subscriberId: string; serviceIds: string[]; from: Date; to: Date },
): Promise<ClockFigures> {
  const clock = clockFigures(sql, scope, scope)
  const services = scope.serviceIds.length
    ? sql`and s.id in (select f.story_id from feed_entries f where f.node_id = any(${scope.serviceIds}::uuid[]))`
    : sql``
  const [row] = await sql<ClockFigures[]>`
    with clock as (${clock})
    select (select median_hours::float8 from clock) as median_working_hours_to_first_response,
      (select within_due::float8 from clock) as answered_within_due,
      coalesce((select overdue_now from clock), 0) as overdue_now,
      (select count(*)::int from responses r join stories s on s.id = r.story_id
       where r.subscriber_id = ${scope.subscriberId} and r.status = 'published' and r.change_marker = 'planned'
         and r.published_at >= ${scope.from} and s.published_at >= ${scope.from} and s.published_at < ${scope.to} ${services}
         and exists (select 1 from response_changes c where c.response_id = r.id and c.state = 'published'
           and c.status = 'planned' and c.expected_by + interval '1 month' <= now())) as changes_overdue`
  return row!
}
