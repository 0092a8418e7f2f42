import type { Sql } from '../db.ts'

/** A decision ends a story's wait: published, rejected or held (to be published on a date). */
const DECIDED = ['published', 'rejected', 'held']

export interface WeekFigures {
  weekStart: string
  submitted: number
  published: number
  rejected: number
}

/** Stories in, published and rejected in each of the last `weeks` weeks (Monday to Sunday, UTC). */
export async function weeklyFigures(sql: Sql, weeks: number): Promise<WeekFigures[]> {
  return sql<WeekFigures[]>`
    with w as (
      select generate_series(date_trunc('week', now() at time zone 'UTC') - make_interval(weeks => ${weeks - 1}),
        date_trunc('week', now() at time zone 'UTC'), interval '1 week') at time zone 'UTC' as start
    )
    select to_char(w.start at time zone 'UTC', 'YYYY-MM-DD') as week_start,
      (select count(*) from stories s
        where s.submitted_at >= w.start and s.submitted_at < w.start + interval '1 week')::int as submitted,
      (select count(*) from story_events e where e.to_status = 'published' and e.from_status <> 'published'
        and e.created_at >= w.start and e.created_at < w.start + interval '1 week')::int as published,
      (select count(*) from story_events e where e.to_status = 'rejected'
        and e.created_at >= w.start and e.created_at < w.start + interval '1 week')::int as rejected
    from w order by w.start`
}

/** Each story's first decision since `since`, with its wait from submission and its time in review. */
const firstDecisions = (sql: Sql, since: Date) => sql`
  select distinct on (e.story_id) e.story_id, e.actor_id, e.actor_type, e.created_at,
    extract(epoch from e.created_at - s.submitted_at) as wait_seconds,
    extract(epoch from e.created_at - (
      select max(r.created_at) from story_events r
      where r.story_id = e.story_id and r.to_status = 'in_review' and r.id < e.id)) as review_seconds
  from story_events e join stories s on s.id = e.story_id
  where e.to_status in ${sql(DECIDED)} and e.created_at >= ${since}
    and not exists (select 1 from story_events p where p.story_id = e.story_id
      and p.to_status in ${sql(DECIDED)} and p.id < e.id)
  order by e.story_id, e.id`

export async function waitFigures(sql: Sql, since: Date) {
  const [row] = await sql<{ decided: number; medianHours: number | null; p90Hours: number | null }[]>`
    select count(*)::int as decided,
      round((percentile_cont(0.5) within group (order by d.wait_seconds) / 3600)::numeric, 1)::float8 as median_hours,
      round((percentile_cont(0.9) within group (order by d.wait_seconds) / 3600)::numeric, 1)::float8 as p90_hours
    from (${firstDecisions(sql, since)}) d`
  return row!
}

export async function moderatorFigures(sql: Sql, since: Date) {
  return sql<{ moderatorId: string; name: string; decided: number; medianReviewMinutes: number | null }[]>`
    select u.id as moderator_id, u.name, count(*)::int as decided,
      round((percentile_cont(0.5) within group (order by d.review_seconds) / 60)::numeric, 1)::float8
        as median_review_minutes
    from (${firstDecisions(sql, since)}) d join users u on u.id = d.actor_id
    where d.actor_type = 'moderator'
    group by u.id, u.name
    order by decided desc, u.name`
}

export async function openEscalationCount(sql: Sql): Promise<number> {
  const [row] = await sql<
    { n: number }[]
  >`select count(*)::int as n from story_escalations where outcome is null`
  return row!.n
}
