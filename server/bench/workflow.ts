/**
 * `npm run bench:workflow [-- --database <name>] [-- --runs <n>]`: the inbox workflow and the
 * dashboards (issue 12) at a million stories, on PostgreSQL. Builds (or reuses) the `npm run bench`
 * stories, adds the issue 12 data set (`workflow-data.ts`), then times what the portal asks for, one
 * request after another on warm caches: the dashboard (its series, the response clock, and the
 * median of all subscribers), the inbox list with each workflow filter, and the overdue and weekly
 * digest jobs' queries; with the plan PostgreSQL chose for the statements that read the most.
 */
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import postgres from 'postgres'
import { getBenchmark, getClockFigures } from '../src/dashboards/benchmark.ts'
import { getDashboard } from '../src/dashboards/queries.ts'
import { connectPostgres, type Sql, type SqlPool } from '../src/db.ts'
import { lockNewlyOverdue, listUnanswered } from '../src/inbox/job-queries.ts'
import { countInbox, getInboxStories, type ResolvedFilters } from '../src/inbox/queries.ts'
import { getWorkflowItems, listWorkflowPage } from '../src/inbox/workflow-list.ts'
import { ensureDataset } from './dataset.ts'
import { describeMachine } from './machine.ts'
import { databaseUrl } from './options.ts'
import { fmt } from './progress.ts'
import { prepareWorkflow, type WorkflowScopes } from './workflow-data.ts'

const PAGE = 25

interface Timing {
  p50: number
  p95: number
  max: number
}

/** Runs `fn` once to warm up, then `runs` times; the percentiles in ms. */
async function time(runs: number, fn: () => Promise<unknown>): Promise<Timing> {
  await fn()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = performance.now()
    await fn()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!
  return { p50: at(0.5), p95: at(0.95), max: times[times.length - 1]! }
}

const ms = (t: Timing) => `${fmt(t.p50, 1)} | ${fmt(t.p95, 1)}`

/** The twelve months the dashboard shows by default (this month and the eleven before it). */
function lastTwelveMonths(now = new Date()) {
  const to = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1))
  const from = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11, 1))
  return { from, to }
}

/** EXPLAIN (ANALYZE, BUFFERS) of every statement `run` sends: the scans and buffers of each. */
async function explainAll(url: string, run: (sql: Sql) => Promise<unknown>): Promise<string> {
  const captured: { query: string; params: unknown[] }[] = []
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    transform: { column: { from: postgres.toCamel } },
    debug: (_c, query, params) => captured.push({ query, params: params as unknown[] }),
  })
  try {
    await run(sql as unknown as Sql)
    const plans: string[] = []
    // The EXPLAINs below are captured too: only the statements `run` sent (copied now) are explained.
    // postgres.js asks for the array types once per connection: not one of `run`'s statements.
    const statements = captured.filter((c) => !/pg_catalog\.pg_type/.test(c.query))
    for (const { query, params } of statements) {
      // unsafe only to prefix EXPLAIN to the captured statement; its parameters stay parameters.
      const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(
        `explain (analyze, buffers, costs off) ${query}`,
        params as postgres.ParameterOrJSON<never>[],
      )
      const plan = rows.map((r) => r['QUERY PLAN'])
      const scans = [
        ...new Set(
          plan.filter((l) => /Scan on|Scan using/.test(l)).map((l) => l.trim().replace(/ \(actual.*$/, '')),
        ),
      ]
      const buffers = plan.find((l) => l.trim().startsWith('Buffers:'))?.trim() ?? ''
      const total = plan.find((l) => l.startsWith('Execution Time'))?.trim() ?? ''
      plans.push(`${scans.slice(0, 4).join(' → ')}; ${buffers}; ${total}`)
    }
    return plans.join(' ‖ ')
  } finally {
    await sql.end({ timeout: 5 })
  }
}

/**
 * The dashboard as the route asks for it: series and clock at once, with the median of all
 * subscribers kept for the period (`BenchmarkCache`), and what that median costs each time it is
 * worked out again (fewer runs: it is the slow part).
 */
async function dashboards(sql: Sql, url: string, scopes: WorkflowScopes, runs: number) {
  const period = lastTwelveMonths()
  const slowRuns = Math.max(3, Math.round(runs / 4))
  console.log('\n| subscriber | what | runs | p50 ms | p95 ms |')
  console.log('| --- | --- | --- | --- | --- |')
  for (const [label, { subscriberId }] of [
    ['largest organisation', scopes.org],
    ['region (25 organisations)', scopes.region],
  ] as const) {
    const scope = { subscriberId, serviceIds: [], ...period }
    const parts: [string, number, () => Promise<unknown>][] = [
      ['series (`getDashboard`)', runs, () => getDashboard(sql, scope)],
      ['response clock (`getClockFigures`)', runs, () => getClockFigures(sql, scope)],
      [
        'the request, the median of all subscribers kept (series and clock at once)',
        runs,
        () => Promise.all([getDashboard(sql, scope), getClockFigures(sql, scope)]),
      ],
    ]
    for (const [what, n, fn] of parts) console.log(`| ${label} | ${what} | ${n} | ${ms(await time(n, fn))} |`)
  }
  const cold = await time(slowRuns, () => getBenchmark(sql, period))
  console.log(
    `| every subscriber | the median of all subscribers (\`getBenchmark\`), worked out | ${slowRuns} | ${ms(cold)} |`,
  )
  const benchmark = await getBenchmark(sql, period)
  console.log(`\nMedians of all subscribers over the last 12 months: ${JSON.stringify(benchmark)}`)
  console.log(`\nPlan of getBenchmark: ${await explainAll(url, (s) => getBenchmark(s, period))}`)
}

/** The inbox page as the route runs it: page and counts at once, then the page's stories and workflow. */
async function inboxRequest(
  sql: Sql,
  member: { subscriberId: string; userId: string },
  filters: ResolvedFilters,
) {
  const [positions] = await Promise.all([
    listWorkflowPage(sql, member.subscriberId, filters, PAGE + 1),
    countInbox(sql, member.subscriberId, filters),
  ])
  const ids = positions.slice(0, PAGE).map((p) => p.storyId)
  await Promise.all([getInboxStories(sql, member.subscriberId, ids), getWorkflowItems(sql, member, ids)])
}

async function inbox(sql: Sql, url: string, scopes: WorkflowScopes, runs: number) {
  console.log('\n| subscriber | filter | stories matching | p50 ms | p95 ms | plan of the list statements |')
  console.log('| --- | --- | --- | --- | --- | --- |')
  for (const [label, scope] of [
    ['largest organisation', scopes.org],
    ['region (25 organisations)', scopes.region],
  ] as const) {
    const member = { subscriberId: scope.subscriberId, userId: scope.responderId }
    const cases: [string, ResolvedFilters][] = [
      ['no filter (overdue first)', {}],
      ['assignee: me', { assignee: scope.responderId }],
      ['assignee: nobody', { assignee: 'none' }],
      ['state: new', { state: 'new' }],
      ['state: assigned', { state: 'assigned' }],
      ['state: responded', { state: 'responded' }],
      ['state: no response needed', { state: 'no_response_needed' }],
      ['overdue only', { overdue: true }],
      ['assignee: me, overdue only', { assignee: scope.responderId, overdue: true }],
    ]
    for (const [name, filters] of cases) {
      const t = await time(runs, () => inboxRequest(sql, member, filters))
      const counts = await countInbox(sql, scope.subscriberId, filters)
      const plan = await explainAll(url, (s) => listWorkflowPage(s, scope.subscriberId, filters, PAGE + 1))
      const matching = counts.exact ? fmt(counts.total) : `≥ ${fmt(counts.total)}`
      console.log(`| ${label} | ${name} | ${matching} | ${ms(t)} | ${plan} |`)
    }
  }
}

async function jobs(sql: SqlPool, runs: number) {
  const now = new Date()
  const [open] = await sql<{ open: number; unannounced: number }[]>`
    select count(*)::int as open,
      count(*) filter (where overdue_notified_at is null and due_at <= now())::int as unannounced
    from inbox_entries where state in ('new', 'assigned')`
  console.log(`\nOpen entries: ${fmt(open!.open)}; overdue and not yet announced: ${fmt(open!.unannounced)}`)
  console.log('\n| job query | p50 ms | p95 ms |')
  console.log('| --- | --- | --- |')
  // Locks rows: each run in a transaction that is rolled back.
  const overdue = await time(runs, () =>
    sql
      .begin(async (tx) => {
        await lockNewlyOverdue(tx, now, 100)
        throw new Error('rollback')
      })
      .catch(() => undefined),
  )
  console.log(`| overdue notices: the next 100 newly overdue (\`lockNewlyOverdue\`) | ${ms(overdue)} |`)
  const digest = await time(runs, () => listUnanswered(sql, now, 10))
  console.log(`| weekly digest: every subscriber's unanswered stories (\`listUnanswered\`) | ${ms(digest)} |`)
}

async function main() {
  const { values } = parseArgs({ options: { database: { type: 'string' }, runs: { type: 'string' } } })
  const adminUrl = process.env.BENCH_DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/test'
  const database = values.database ?? 'heard_bench'
  const runs = Number(values.runs ?? 20)
  await ensureDataset({ adminUrl, database, nodes: 20_000, stories: 1_000_000, fresh: false })
  const url = databaseUrl(adminUrl, database)
  const db = connectPostgres(url, { max: 4 })
  try {
    const scopes = await prepareWorkflow(db.sql)
    const [row] = await db.sql<{ stories: number; entries: number }[]>`
      select (select count(*)::int from stories) as stories, (select count(*)::int from inbox_entries) as entries`
    const machine = await describeMachine(db.sql)
    console.log(
      `\nRun: ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: \`nproc\` ${machine.cores}, ` +
        `${machine.cpuModel}, ${machine.memoryGiB} GiB, Node.js ${machine.node}, ${machine.postgres} on the same machine.`,
    )
    console.log(
      `\n${fmt(row!.stories)} stories; ${fmt(scopes.subscribers)} subscribers with ${fmt(row!.entries)} inbox entries; ` +
        `load average ${fmt(machine.loadAtStart, 1)} at the start; ${runs} warm runs each`,
    )
    await dashboards(db.sql, url, scopes, runs)
    await inbox(db.sql, url, scopes, runs)
    await jobs(db.sql, runs)
    console.log(`\nLoad average at the end: ${fmt(loadavg()[0]!, 1)}`)
  } finally {
    await db.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err)
  process.exit(1)
})
