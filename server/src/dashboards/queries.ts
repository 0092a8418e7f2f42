import type { Sql } from '../db.ts'
import type { Dashboard } from './schemas.ts'

export interface DashboardScope {
  subscriberId: string
  /** Services within coverage; empty means the whole coverage. */
  serviceIds: string[]
  /** First day of the first month, and first day of the month after the last (UTC). */
  from: Date
  to: Date
}

const TOP_TAGS = 10

/**
 * Every series of the dashboard in one statement. The stories are the subscriber's inbox entries
 * published in the period (an index-only range scan that carries criticality, responded, tags and
 * its response figures, migration 00100); nothing else is read but the tags' labels.
 */
export async function getDashboard(
  sql: Sql,
  scope: DashboardScope,
): Promise<Omit<Dashboard, 'period' | 'services' | 'clock' | 'benchmark'>> {
  const services = scope.serviceIds.length
    ? sql`and e.story_id in (select f.story_id from feed_entries f where f.node_id = any(${scope.serviceIds}::uuid[]))`
    : sql``
  const [row] = await sql<Omit<Dashboard, 'period' | 'services' | 'clock' | 'benchmark'>[]>`
    with scope as materialized (
      select e.story_id, e.published_at, e.criticality, e.responded, e.tags, e.first_response_at,
        e.changes_planned, e.changes_made
      from inbox_entries e
      where e.subscriber_id = ${scope.subscriberId}
        and e.published_at >= ${scope.from} and e.published_at < ${scope.to} ${services}
    ),
    months as (
      select to_char(m, 'YYYY-MM') as month
      from generate_series(${scope.from}::timestamptz at time zone 'UTC',
        (${scope.to}::timestamptz at time zone 'UTC') - interval '1 month', interval '1 month') m
    ),
    per_month as (
      select to_char(m, 'YYYY-MM') as month, stories, positive
      from (select date_trunc('month', published_at at time zone 'UTC') as m, count(*)::int as stories,
              count(*) filter (where criticality = 0)::int as positive
            from scope group by 1) x
    ),
    first_responses as (
      select first_response_at - published_at as wait from scope where first_response_at is not null
    ),
    tag_counts as (
      select t.slug, t.label, t.label_cy, t.grp, c.stories,
        row_number() over (partition by t.grp order by c.stories desc, t.position) as rank
      from (select st.slug, count(*)::int as stories from scope sc cross join unnest(sc.tags) as st (slug)
            group by st.slug) c
      join tags t on t.slug = c.slug
      where t.grp in ('good', 'improve')
    )
    select
      (select coalesce(json_agg(json_build_object('month', m.month, 'stories', coalesce(p.stories, 0),
                'positive', coalesce(p.positive, 0),
                'positiveShare', case when p.stories > 0 then round(p.positive::numeric / p.stories, 4) end)
                order by m.month), '[]')
         from months m left join per_month p on p.month = m.month) as stories_per_month,
      (select coalesce(json_agg(json_build_object('criticality', c.criticality, 'stories', c.stories)
                order by c.criticality nulls last), '[]')
         from (select criticality, count(*)::int as stories from scope group by criticality) c) as criticality,
      (select json_build_object('stories', count(*)::int, 'responded', count(*) filter (where responded)::int,
                'rate', case when count(*) > 0 then round(count(*) filter (where responded)::numeric / count(*), 4) end,
                'medianHoursToFirstResponse', (
                  select round((extract(epoch from percentile_cont(0.5) within group (order by wait)) / 3600)::numeric, 1)
                  from first_responses))
         from scope) as responses,
      (select json_build_object('planned', coalesce(sum(changes_planned), 0)::int,
                'made', coalesce(sum(changes_made), 0)::int)
         from scope) as changes,
      (select json_build_object(
           'good', coalesce(json_agg(json_build_object('slug', slug, 'label', label, 'labelCy', label_cy, 'stories', stories)
                     order by rank) filter (where grp = 'good'), '[]'),
           'improve', coalesce(json_agg(json_build_object('slug', slug, 'label', label, 'labelCy', label_cy, 'stories', stories)
                     order by rank) filter (where grp = 'improve'), '[]'))
         from tag_counts where rank <= ${TOP_TAGS}) as top_tags`
  return row!
}

/** The services a dashboard is narrowed to, in directory order. */
export async function listServiceNames(sql: Sql, serviceIds: string[]) {
  return sql<{ id: string; name: string; nameCy: string | null }[]>`
    select id, name, name_cy from service_nodes where id = any(${serviceIds}::uuid[]) order by path_names`
}
