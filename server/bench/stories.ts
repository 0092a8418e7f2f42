import type { Sql } from '../src/db.ts'
import { fmt, step } from './progress.ts'
import { SENTENCES, TITLES } from './story-text.ts'

const BATCH = 100_000
const SPAN_MS = 3 * 365 * 24 * 3600 * 1000
const ROLES = ['patient', 'carer', 'relative', 'staff', 'other']
const AGES = ['16-24', '25-34', '35-44', '45-54', '55-64', '65-74', '75-84', '85+']
const ROUTES = ['widget', 'site', 'api', 'assisted']

/**
 * Inserts `total` published stories spread over the leaves of the directory (skewed: some wards get
 * many more stories than others), with their story_nodes and one feed_entries row per ancestor, in
 * batches of 100,000 set-based statements. Story ids and the story → leaf mapping are derived from
 * the story number, so a rerun builds the same data set. Expects FK triggers to be off.
 */
export async function loadStories(sql: Sql, total: number, newest: Date): Promise<void> {
  const [{ leaves } = { leaves: 0 }] = await sql<{ leaves: number }[]>`
    select count(*)::int as leaves from service_nodes n
    where not exists (select 1 from service_nodes c where c.parent_id = n.id)`
  const stepMs = SPAN_MS / total
  for (let from = 1; from <= total; from += BATCH) {
    const to = Math.min(total, from + BATCH - 1)
    const started = performance.now()
    await sql`
      with leaves as materialized (
        select id, (row_number() over (order by md5(external_code)) - 1)::int as idx
        from service_nodes n
        where not exists (select 1 from service_nodes c where c.parent_id = n.id)
      ),
      g as materialized (
        select i, md5('heard-bench-story-' || i)::uuid as id,
          date_trunc('milliseconds', ${newest}::timestamptz - (i * ${stepMs}::float8) * interval '1 millisecond')
            as published_at,
          least(${leaves - 1}, floor(${leaves}
            * power((hashint8(i)::float8 + 2147483648) / 4294967296.0, 1.6))::int) as leaf
        from generate_series(${from}::bigint, ${to}::bigint) i
      ),
      picked as materialized (select g.*, l.id as node_id from g join leaves l on l.idx = g.leaf),
      s as (
        insert into stories (id, status, title, body, original_title, original_body, author_role, age_group,
          nickname, route, submitted_at, published_at, updated_at)
        select id, 'published', t.title, t.body, t.title, t.body,
          (${ROLES}::text[])[1 + i % 5], (${AGES}::text[])[1 + i % 8], 'Reader ' || (i % 9973),
          (${ROUTES}::text[])[1 + i % 4], published_at - interval '2 days', published_at, published_at
        from picked, lateral (
          select (${TITLES as unknown as string[]}::text[])[1 + (i * 7) % ${TITLES.length}] as title,
            (select string_agg((${SENTENCES as unknown as string[]}::text[])[1 + (i * 13 + k * 7) % ${SENTENCES.length}], ' ')
               from generate_series(0, 1 + i % 5) k) as body
        ) t
      ),
      n as (insert into story_nodes (story_id, node_id, position) select id, node_id, 1 from picked)
      insert into feed_entries (node_id, published_at, story_id)
      select c.ancestor_id, p.published_at, p.id from picked p join service_closure c on c.descendant_id = p.node_id`
    const seconds = (performance.now() - started) / 1000
    step(`  stories ${fmt(to)} / ${fmt(total)} (${fmt((to - from + 1) / seconds)} stories/s)`)
  }
}
