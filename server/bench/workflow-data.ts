/**
 * The inbox workflow and dashboards data set (issue 12) on top of the `npm run bench` stories:
 * every organisation of the directory subscribes (so the all-subscriber medians have hundreds of
 * contributors), plus a region of 25 organisations; each has an admin and a responder; about 70%
 * of stories have a published response from their organisation, some with a change planned or
 * made; the inbox entries carry the workflow (responded, assigned, no response needed, overdue).
 * Set-based SQL throughout (no row-by-row inserts); triggers are off while responses are loaded
 * and their effects are written by the same set-based statements the migrations use.
 */
import type { Sql, SqlPool } from '../src/db.ts'
import { saveCoverage } from '../src/tenancy/coverage.ts'
import { fmt, step } from './progress.ts'

const PREPARED = 'heard-bench-workflow v1'

export interface WorkflowScopes {
  /** The organisation with the most stories, its responder, and the region of 25 organisations. */
  org: { subscriberId: string; responderId: string }
  region: { subscriberId: string; responderId: string }
  subscribers: number
}

/** Stories rated and tagged, as a moderated data set: about 55% positive (as `bench:inbox` does). */
async function rateStories(sql: Sql) {
  await sql`
    update stories set criticality = case when h < 55 then 0 when h < 65 then 1 when h < 75 then 2
        when h < 87 then 3 when h < 95 then 4 else 5 end
    from (select id as sid, (hashtext(id::text) & 2147483647) % 100 as h from stories where criticality is null) x
    where x.sid = stories.id`
  await sql`
    insert into story_tags (story_id, tag_slug)
    select s.id, t.slug from stories s cross join lateral (
      select slug from tags where (hashtext(s.id::text || slug) & 1023) < case when grp = 'good' then 60 else 40 end
    ) t
    on conflict do nothing`
}

/** One subscriber per organisation, and the region; an admin and a responder each (no sign-in). */
async function createSubscribers(sql: Sql) {
  await sql`
    create table bench_workflow_subscribers as
    select o.id as org_id, o.name, gen_random_uuid() as subscriber_id, gen_random_uuid() as admin_id,
      gen_random_uuid() as responder_id, row_number() over (order by o.stories desc, o.id)::int as rank
    from (select n.id, n.name, count(f.story_id) as stories
          from service_nodes n left join feed_entries f on f.node_id = n.id
          where n.parent_id is null group by n.id) o`
  // The region: 25 organisations, every eighth by size from the second, as `bench:inbox` chooses.
  await sql`
    insert into bench_workflow_subscribers (org_id, name, subscriber_id, admin_id, responder_id, rank)
    values (null, 'A region of 25 organisations', gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), 0)`
  await sql`insert into subscribers (id, name) select subscriber_id, name from bench_workflow_subscribers`
  await sql`
    insert into users (id, email, name, password_hash)
    select admin_id, 'admin-' || rank || '@bench.example', 'Admin ' || rank, 'bench: no sign-in'
    from bench_workflow_subscribers
    union all
    select responder_id, 'responder-' || rank || '@bench.example', 'Responder ' || rank, 'bench: no sign-in'
    from bench_workflow_subscribers`
  await sql`
    insert into memberships (subscriber_id, user_id, role)
    select subscriber_id, admin_id, 'admin' from bench_workflow_subscribers
    union all select subscriber_id, responder_id, 'responder' from bench_workflow_subscribers`
}

/**
 * About 70% of stories answered by their organisation (the same stories `bench:inbox` counts as
 * answered), after a wait skewed towards the first days; 6% of responses plan a change and 4% say
 * one is made, each with its published claim. Triggers off: the stories' response counts, the
 * feed entries' figures (migration 00051's statement) are written here.
 */
async function loadResponses(sql: Sql) {
  await sql`set session_replication_role = replica`
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker,
      subscriber_id, responder_id, created_at, published_at)
    select s.id, 'published', 'Ward Manager', o.name,
      'Thank you for telling us about your care. I am sorry it was not what it should have been.',
      case when x.c < 61 then 'planned' when x.c < 102 then 'made' end,
      o.subscriber_id, o.responder_id, s.published_at + x.wait, s.published_at + x.wait
    from stories s
    join story_nodes sn on sn.story_id = s.id and sn.position = 1
    join service_closure c on c.descendant_id = sn.node_id
    join bench_workflow_subscribers o on o.org_id = c.ancestor_id
    cross join lateral (select hashtext(s.id::text || 'c') & 1023 as c,
      make_interval(secs => 1800 + power(((hashtext(s.id::text || 'w') & 1023) / 1024.0)::float8, 3) * 864000) as wait) x
    where (hashtext(s.id::text || 'r') & 1023) < 716 and s.published_at + x.wait < now()`
  await sql`
    insert into response_changes (response_id, status, summary, expected_by, state, author_id, created_at, published_at)
    select r.id, r.change_marker, 'Quiet hours from 11 pm on every ward, with a board naming the nurse in charge.',
      date_trunc('month', r.published_at + interval '3 months')::date, 'published', r.responder_id,
      r.published_at, r.published_at
    from responses r where r.change_marker is not null`
  await sql`
    update stories s set response_count = 1 from responses r where r.story_id = s.id and s.response_count = 0`
  await sql`
    update feed_entries f
    set first_response_at = x.first_at, changes_planned = x.planned, changes_made = x.made
    from (
      select r.story_id, min(r.published_at) as first_at,
        count(*) filter (where r.change_marker = 'planned') as planned,
        count(*) filter (where r.change_marker = 'made') as made
      from responses r where r.status = 'published' group by r.story_id
    ) x
    where f.story_id = x.story_id`
  await sql`set session_replication_role = origin`
}

/** Coverage makes the inbox entries (through the app's own triggers: due time, responded). */
async function coverEverything(sql: SqlPool) {
  const rows = await sql<{ subscriberId: string; orgId: string | null }[]>`
    select subscriber_id, org_id from bench_workflow_subscribers order by rank`
  const region = await sql<{ orgId: string }[]>`
    select org_id from bench_workflow_subscribers where rank > 1 and rank % 8 = 2 order by rank limit 25`
  const started = performance.now()
  for (const [i, row] of rows.entries()) {
    const nodes = row.orgId ? [row.orgId] : region.map((r) => r.orgId)
    await sql.begin((tx) => saveCoverage(tx, row.subscriberId, nodes))
    if ((i + 1) % 50 === 0 || i + 1 === rows.length) {
      step(`  coverage ${fmt(i + 1)} / ${fmt(rows.length)} (${fmt((performance.now() - started) / 1000)} s)`)
    }
  }
}

/**
 * The workflow as members would leave it: about 40% of open stories assigned to the responder,
 * some old thank-yous closed as needing no response; what is left open and past due is overdue.
 * Stories that fell overdue in the last day have not been announced yet (the 15-minute job's work).
 */
async function shapeWorkflow(sql: Sql) {
  await sql`
    update inbox_entries e set state = 'assigned', assignee_id = o.responder_id
    from bench_workflow_subscribers o
    where e.subscriber_id = o.subscriber_id and e.state = 'new' and (hashtext(e.story_id::text || 'a') & 1023) < 410`
  await sql`
    update inbox_entries e set state = 'no_response_needed', no_response_reason = 'A thank-you: passed on to the team.'
    where e.state = 'new' and e.criticality = 0 and (hashtext(e.story_id::text || 'n') & 1023) < 300`
  await sql`
    update inbox_entries set overdue_notified_at = null
    where state in ('new', 'assigned') and due_at > now() - interval '1 day' and due_at <= now()`
}

/** Builds the data set once (a marker table says it is complete); its subscribers. */
export async function prepareWorkflow(sql: SqlPool): Promise<WorkflowScopes> {
  await sql`create table if not exists bench_workflow (signature text not null)`
  const [done] = await sql`select 1 from bench_workflow where signature = ${PREPARED}`
  if (!done) {
    step('issue 12 data: rating and tagging stories')
    await rateStories(sql)
    step('issue 12 data: subscribers, admins and responders')
    await sql`drop table if exists bench_workflow_subscribers`
    await createSubscribers(sql)
    step('issue 12 data: responses and their changes (set-based, triggers off)')
    await sql.reserve().then(async (one) => {
      try {
        await loadResponses(one)
      } finally {
        one.release()
      }
    })
    step('issue 12 data: coverage and inbox entries')
    await coverEverything(sql)
    step('issue 12 data: assignments and closed stories')
    await shapeWorkflow(sql)
    step('issue 12 data: vacuum analyze')
    await sql`vacuum analyze stories, story_tags, responses, response_changes, feed_entries, inbox_entries, subscriber_coverage`
    await sql`insert into bench_workflow (signature) values (${PREPARED})`
  }
  const scope = (rank: number) => sql<{ subscriberId: string; responderId: string }[]>`
    select subscriber_id, responder_id from bench_workflow_subscribers where rank = ${rank}`
  const [[org], [region], [count]] = await Promise.all([
    scope(1),
    scope(0),
    sql<{ n: number }[]>`select count(*)::int as n from bench_workflow_subscribers`,
  ])
  return { org: org!, region: region!, subscribers: count!.n }
}
