/**
 * How fast `getServiceStats` answers on a large data set, uncached:
 * `npx tsx server/bench/stats.ts [stories]` (default 1,000,000). Builds (or reuses) the
 * `heard_bench` data set of `npm run bench`, gives 40% of the stories a published response
 * (a tenth of them with a change) once, then times the organisation with the most stories and
 * 200 sampled nodes of every kind, and prints the plan of the largest.
 */
import { connectPostgres } from '../src/db.ts'
import { getServiceStats } from '../src/services/stats.ts'
import { ensureDataset } from './dataset.ts'
import { hottestOrganisation, sampleNodes } from './nodes.ts'
import { databaseUrl, parseOptions } from './options.ts'
import { step } from './progress.ts'

const stories = Number(process.argv[2] ?? 1_000_000)
const { adminUrl } = parseOptions([], process.env)
const database = stories === 1_000_000 ? 'heard_bench' : `heard_bench_${stories}`
await ensureDataset({ adminUrl, database, nodes: 20_000, stories, fresh: false })
const db = connectPostgres(databaseUrl(adminUrl, database), { max: 1 })
const { sql } = db
const [has] = await sql<{ n: number }[]>`select count(*)::int as n from responses`
if (has!.n === 0) {
  step('adding published responses to 40% of the stories')
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
    select id, 'published', 'Ward Manager', 'Bench Trust', 'Thank you for telling us about this.',
      case when random() < 0.05 then 'made' when random() < 0.1 then 'planned' end,
      published_at + make_interval(hours => (random() * 400)::int)
    from stories where random() < 0.4`
  await sql`vacuum (analyze) responses`
}
await sql`vacuum (analyze) feed_entries` // as autovacuum would: sets the visibility map for index-only scans
const time = async (id: string) => {
  const started = performance.now()
  await getServiceStats(sql, id)
  return performance.now() - started
}
const hot = await hottestOrganisation(sql)
await time(hot.id) // warm
const hotMs = await time(hot.id)
const sample = await sampleNodes(sql, 200)
const times: number[] = []
for (const id of sample) times.push(await time(id))
times.sort((a, b) => a - b)
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!.toFixed(2)
console.log(`stories: ${stories}; hottest organisation: ${hot.stories} stories, ${hotMs.toFixed(1)} ms`)
console.log(`200 sampled nodes: p50 ${q(0.5)} ms, p90 ${q(0.9)} ms, p99 ${q(0.99)} ms, max ${q(1)} ms`)
const plan = await sql.unsafe(
  `explain (analyze, buffers) select count(*), count(f.first_response_at),
     percentile_cont(0.5) within group (order by f.first_response_at - f.published_at),
     sum(f.changes_planned), sum(f.changes_made)
   from feed_entries f where f.node_id = $1`,
  [hot.id],
)
console.log(plan.map((r) => r['QUERY PLAN']).join('\n'))
await db.close()
