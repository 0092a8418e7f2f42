/**
 * `npx tsx server/bench/inbox.ts [--database <name>]`: the subscriber inbox at a million stories.
 * Builds (or reuses) the benchmark data set, gives its stories moderators' criticality, tags and
 * responses, creates two subscribers — the largest organisation, and a region of 25 organisations
 * — and times the inbox as the portal asks for it (page + counts + the stories on the page), for
 * each kind of filter, with the plan PostgreSQL chose for each list.
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import postgres from 'postgres'
import { connectPostgres, type Sql, type SqlPool } from '../src/db.ts'
import { countInbox, getInboxStories, listInboxPage } from '../src/inbox/queries.ts'
import type { InboxFilters } from '../src/inbox/schemas.ts'
import { saveCoverage } from '../src/tenancy/coverage.ts'
import { ensureDataset } from './dataset.ts'
import { databaseUrl } from './options.ts'
import { fmt, step } from './progress.ts'

const RUNS = 30
const PAGE = 25
const PREPARED = 'heard-bench-inbox v1'

/** Criticality, "responded" and tags like a moderated data set: about 55% positive, 70% answered. */
async function prepare(sql: SqlPool): Promise<{ org: string; region: string }> {
  await sql`create table if not exists bench_inbox (signature text not null, org uuid, region uuid)`
  const [done] = await sql<{ org: string; region: string }[]>`
    select org, region from bench_inbox where signature = ${PREPARED}`
  if (done) return done
  step('rating stories (criticality, responses) and tagging them')
  await sql`
    update stories set criticality = case when h < 55 then 0 when h < 65 then 1 when h < 75 then 2
        when h < 87 then 3 when h < 95 then 4 else 5 end,
      response_count = case when (hashtext(id::text || 'r') & 1023) < 716 then 1 else 0 end
    from (select id as sid, (hashtext(id::text) & 2147483647) % 100 as h from stories where criticality is null) x
    where x.sid = stories.id`
  await sql`
    insert into story_tags (story_id, tag_slug)
    select s.id, t.slug from stories s cross join lateral (
      select slug from tags where (hashtext(s.id::text || slug) & 1023) < case when grp = 'good' then 60 else 40 end
    ) t
    on conflict do nothing`
  step('creating the subscribers and their inbox entries')
  const orgs = await sql<{ id: string; name: string }[]>`
    select n.id, n.name from service_nodes n join feed_entries f on f.node_id = n.id
    where n.parent_id is null group by n.id order by count(*) desc, n.id`
  const create = (name: string, nodes: string[]) =>
    sql.begin(async (tx) => {
      const [row] = await tx<{ id: string }[]>`insert into subscribers (name) values (${name}) returning id`
      const started = performance.now()
      await saveCoverage(tx, row!.id, nodes)
      step(`  ${name}: inbox entries in ${fmt((performance.now() - started) / 1000, 1)} s`)
      return row!.id
    })
  const org = await create(`${orgs[0]!.name} (largest organisation)`, [orgs[0]!.id])
  const region = await create(
    'A region of 25 organisations',
    orgs
      .filter((_, i) => i % 8 === 1)
      .slice(0, 25)
      .map((o) => o.id),
  )
  await sql`vacuum analyze stories, story_tags, inbox_entries, subscriber_coverage`
  await sql`insert into bench_inbox (signature, org, region) values (${PREPARED}, ${org}, ${region})`
  return { org, region }
}

interface Case {
  name: string
  filters: InboxFilters
}

async function cases(sql: Sql, subscriberId: string): Promise<Case[]> {
  const [ward] = await sql<{ id: string }[]>`
    select f.node_id as id from inbox_entries e join feed_entries f on f.story_id = e.story_id
    join service_nodes n on n.id = f.node_id and n.kind = 'ward'
    where e.subscriber_id = ${subscriberId} limit 1`
  const month = new Date(Date.now() - 400 * 86_400_000).toISOString().slice(0, 8)
  return [
    { name: 'no filter', filters: {} },
    { name: 'criticality 4–5, unanswered', filters: { criticality: [4, 5], responded: false } },
    {
      name: 'criticality 5, unanswered, tag "parking"',
      filters: { criticality: [5], responded: false, tags: ['parking'] },
    },
    { name: 'one ward', filters: { serviceId: ward!.id } },
    { name: 'one month', filters: { from: `${month}01`, to: `${month}28` } },
    { name: 'text: common word ("staff")', filters: { q: 'staff' } },
    { name: 'text: 5% of stories ("wonder")', filters: { q: 'wonder' } },
    { name: 'text: no match ("zebra")', filters: { q: 'zebra' } },
  ]
}

/** What the inbox endpoint runs: a page and the counts at once, then the page's stories. */
async function inboxRequest(sql: Sql, subscriberId: string, filters: InboxFilters) {
  const [page] = await Promise.all([
    listInboxPage(sql, subscriberId, filters, PAGE + 1),
    countInbox(sql, subscriberId, filters),
  ])
  await getInboxStories(
    sql,
    subscriberId,
    page.slice(0, PAGE).map((p) => p.storyId),
  )
}

async function explainPage(url: string, subscriberId: string, filters: InboxFilters): Promise<string> {
  let captured: { query: string; params: unknown[] } | undefined
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_c, query, params) => (captured = { query, params }),
  })
  try {
    await listInboxPage(sql, subscriberId, filters, PAGE + 1)
    const { query, params } = captured!
    // unsafe only to prefix EXPLAIN to the captured statement; its parameters stay parameters.
    const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(
      `explain (analyze, buffers, costs off) ${query}`,
      params as postgres.ParameterOrJSON<never>[],
    )
    const plan = rows.map((r) => r['QUERY PLAN'])
    const scans = plan
      .filter((l) => /Scan|BitmapAnd|Sort\b/.test(l))
      .map((l) => l.trim().replace(/ \(actual.*$/, ''))
    const buffers = plan.find((l) => l.trim().startsWith('Buffers:'))?.trim() ?? ''
    return `${scans.join(' → ')}; ${buffers}`
  } finally {
    await sql.end({ timeout: 5 })
  }
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!

async function main() {
  const { values } = parseArgs({ options: { database: { type: 'string' } } })
  const adminUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const database = values.database ?? 'heard_bench'
  await ensureDataset({ adminUrl, database, nodes: 20_000, stories: 1_000_000, fresh: false })
  const url = databaseUrl(adminUrl, database)
  const db = connectPostgres(url, { max: 4 })
  try {
    const scopes = await prepare(db.sql)
    const [row] = await db.sql<{ stories: number }[]>`select count(*)::int as stories from stories`
    console.log(
      `\n${fmt(row!.stories)} stories; load average ${fmt(loadavg()[0]!, 1)}; ${RUNS} warm runs each\n`,
    )
    console.log('| subscriber | filter | stories matching | p50 ms | p95 ms | plan of the page query |')
    console.log('| --- | --- | --- | --- | --- | --- |')
    for (const [label, subscriberId] of [
      ['largest organisation', scopes.org],
      ['region (25 organisations)', scopes.region],
    ] as const) {
      for (const c of await cases(db.sql, subscriberId)) {
        await inboxRequest(db.sql, subscriberId, c.filters)
        const times: number[] = []
        for (let i = 0; i < RUNS; i++) {
          const started = performance.now()
          await inboxRequest(db.sql, subscriberId, c.filters)
          times.push(performance.now() - started)
        }
        times.sort((a, b) => a - b)
        const counts = await countInbox(db.sql, subscriberId, c.filters)
        const plan = await explainPage(url, subscriberId, c.filters)
        console.log(
          `| ${label} | ${c.name} | ${counts.exact ? fmt(counts.total) : `≥ ${fmt(counts.total)}`} | ${fmt(percentile(times, 0.5), 1)} | ${fmt(percentile(times, 0.95), 1)} | ${plan} |`,
        )
      }
    }
  } finally {
    await db.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err)
  process.exit(1)
})
