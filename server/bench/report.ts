import { existsSync, readFileSync } from 'node:fs'
import { readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { LatencyResult } from './feed-latency.ts'
import type { ThroughputPair } from './feed-throughput.ts'
import type { Machine } from './machine.ts'
import { DISTURBED_CORES, MAX_ATTEMPTS, type Measurement } from './measure.ts'
import type { BenchOptions } from './options.ts'
import { BENCH_NICE } from './priority.ts'
import { fmt } from './progress.ts'
import type { SubmissionResult } from './submissions.ts'

const FILE = fileURLToPath(new URL('../../BENCHMARKS.md', import.meta.url))
const ANALYSIS = fileURLToPath(new URL('./analysis.md', import.meta.url))
const START = '<!-- bench:start -->'
const END = '<!-- bench:end -->'
/** p50 latency may grow at most this much from 10,000 to 1,000,000 stories and count as "no growth". */
export const GROWTH_TOLERANCE = 1.2

export interface Report {
  options: BenchOptions
  machine: Machine
  /** Whether the bench processes ran at a raised priority (BENCH_NICE). */
  prioritised: boolean
  throughput: ThroughputPair[]
  latency: LatencyResult
  submitted: SubmissionResult
  date: Date
}

const ms = (v: number) => fmt(v, 2)
const yes = (ok: boolean) => (ok ? '**yes**' : '**no**')
/** How far a figure is from its target, in percent. */
const by = (v: number, target: number) => `${fmt(Math.abs(100 * (v / target - 1)))}%`
const cpu = (m: Measurement) =>
  `${fmt(m.cpu.generatorCores, 2)} / ${fmt(m.cpu.serverCores, 2)} / ${fmt(m.cpu.postgresCores, 2)} / ${fmt(m.cpu.otherCores, 2)} (${fmt(m.cpu.machinePct)}%)`
const statuses = (m: Measurement) =>
  Object.entries(m.statuses)
    .map(([s, n]) => `${s}×${fmt(n)}`)
    .join(' ') + (m.errors ? ` errors×${m.errors}` : '')
/** Server CPU per request, µs: what limits a one-threaded server's rate, whatever else runs. */
const serverUs = (m: Measurement) => (1e6 * m.cpu.serverCores) / m.perSecond
const row = (scenario: string, server: string, conns: number, m: Measurement) =>
  `| ${scenario} | ${server} | ${conns} | ${fmt(m.perSecond)} | ${ms(m.p50Ms)} | ${ms(m.p90Ms)} | ${ms(m.p99Ms)} | ${ms(m.maxMs)} | ${fmt(serverUs(m))} | ${statuses(m)} | ${cpu(m)}${m.attempts > 1 ? `, ${m.attempts} attempts` : ''}${m.rounds ? `, ${m.rounds} rounds` : ''} |`

function targets({ options, throughput, latency, submitted }: Report): string[] {
  const [hot, mix] = throughput as [ThroughputPair, ThroughputPair]
  const ratio = hot.app.perSecond / hot.bare.perSecond
  const mixRatio = mix.app.perSecond / mix.bare.perSecond
  const growth = latency.big.sequential.p50Ms / latency.small.sequential.p50Ms
  const growth99 = latency.big.sequential.p99Ms / latency.small.sequential.p99Ms
  const rate = submitted.run.perSecond
  return [
    '| DESIGN §5 target | measured | met? |',
    '|---|---|---|',
    `| cached feed ≥ 0.5× a bare node:http server (same JSON) | hot feed ${fmt(ratio, 2)}× (${fmt(hot.app.perSecond)} vs ${fmt(hot.bare.perSecond)} req/s); 1,000-feed mix ${fmt(mixRatio, 2)}×; server CPU per request ${fmt(serverUs(hot.app))} vs ${fmt(serverUs(hot.bare))} µs | ${yes(ratio >= 0.5)}${ratio < 0.5 ? ` (short by ${by(ratio, 0.5)})` : ''} |`,
    `| p99 < 10 ms at 50 connections (cached feed) | hot ${ms(hot.app.p99Ms)} ms; mix ${ms(mix.app.p99Ms)} ms | ${p99Verdict('hot', hot.app.p99Ms)}; ${p99Verdict('mix', mix.app.p99Ms)} |`,
    `| feed latency does not grow with table size (uncached, p50 ratio ≤ ${GROWTH_TOLERANCE}) | from ${fmt(latency.small.stories)} to ${fmt(latency.big.stories)} stories, 1 connection: p50 ${ms(latency.small.sequential.p50Ms)} → ${ms(latency.big.sequential.p50Ms)} ms (${fmt(growth, 2)}×), p99 ${ms(latency.small.sequential.p99Ms)} → ${ms(latency.big.sequential.p99Ms)} ms (${fmt(growth99, 2)}×); ${options.connections} connections: p50 ${fmt(latency.big.concurrent.p50Ms / latency.small.concurrent.p50Ms, 2)}×; feed statement in PostgreSQL (median over ${latency.nodes} nodes) ${ms(latency.small.statement.p50Ms)} → ${ms(latency.big.statement.p50Ms)} ms | ${yes(growth <= GROWTH_TOLERANCE)} |`,
    `| ≥ 1,000 accepted submissions/s (on PostgreSQL) | ${fmt(rate)}/s (${fmt(submitted.accepted)} × 201, ${fmt(submitted.committed)} committed); baseline in the same run: ${fmt(submitted.baseline.serialPerSecond)} durable one-row commits/s on one connection, ${fmt(submitted.baseline.concurrentPerSecond)}/s on ${submitted.baseline.connections} | ${yes(rate >= 1000 && submitted.accepted === submitted.committed)}${rate < 1000 ? ` (short by ${by(rate, 1000)})` : ''} |`,
  ]
}

/** The p99 target's verdict for one feed scenario, with how far over it is when missed. */
const p99Verdict = (label: string, p99Ms: number) =>
  `${label} ${yes(p99Ms < 10)}${p99Ms >= 10 ? ` (over by ${by(p99Ms, 10)})` : ''}`

export function renderSection(report: Report): string {
  const { options, machine, prioritised, throughput, latency, submitted, date } = report
  const secs = options.durationMs / 1000
  const lines = [
    START,
    '## Feed and submissions (`npm run bench`)',
    '',
    `Command: \`npm run bench\`${options.quick ? ' -- --quick' : ''} — builds the data sets once (reused while complete; \`npm run bench -- --fresh\` rebuilds them), then measures everything below in one run and rewrites this section. \`npm run bench -- --quick\` is a smoke run on 100,000 stories that prints this section instead of writing it.`,
    '',
    `Run: ${date.toISOString().slice(0, 16).replace('T', ' ')} UTC. Machine: \`nproc\` ${machine.cores}, ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node.js ${machine.node}, ${machine.postgres} on the same machine (default settings: shared_buffers 128 MB, synchronous_commit on). The load generator, the server under test and PostgreSQL each run in their own process but share these ${machine.cores} cores; 1-minute load average when measuring began: ${fmt(machine.loadAtStart, 2)}${prioritised ? `. Other sessions' builds and tests share this machine, so the load generator and the servers under test ran at nice ${BENCH_NICE}, each in a session of its own; PostgreSQL, which the other sessions use too, ran at its normal priority. What other work still took is in the "other" CPU column` : ''}.`,
    '',
    `Data sets: \`${options.bigDatabase}\` — ${fmt(options.bigStories)} published stories over the leaves of a ${fmt(options.nodes)}-node directory (organisations → sites → departments → wards, imported with \`importDirectory\`), each with its story_nodes row and one feed_entries row per ancestor; \`${options.smallDatabase}\` — the same directory (same codes) with ${fmt(options.smallStories)} stories. A separate database rather than a 10,000-story subtree of the big one, because the claim under test is about *table* size: a subtree inside the big database would still query the big tables.`,
    '',
    ...targets(report),
    '',
    `### All measurements`,
    '',
    `Closed loop: each connection keeps one request in flight over keep-alive; ${fmt(options.warmupMs / 1000)} s warm-up, then ${fmt(secs)} s measured. Feeds are \`GET /api/v1/services/:id/stories?limit=10\`. The load generator is this repo's own (\`server/bench/load.ts\`, prepared request bytes over raw keep-alive sockets; no extra dependency). CPU is in cores used during the measured window, from /proc: the load generator, the server under test, the PostgreSQL backends of the database under test, and everything else (PostgreSQL's WAL writer and checkpointer, and any other work on the machine), with the machine's total busy share. Before each measurement the run waits for the machine to be idle; a window in which other work took more than ${DISTURBED_CORES} of a core is measured again (at most ${MAX_ATTEMPTS} windows in all, keeping the least disturbed; submissions are never repeated) — \`attempts\` counts them.`,
    '',
    '| scenario | server | conns | req/s | p50 ms | p90 ms | p99 ms | max ms | server CPU µs/req | statuses | CPU: generator / server / PostgreSQL / other (machine busy) |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
    ...throughput.flatMap((p) => [
      row(`${p.label}, FEED_CACHE_SECONDS=10, ${fmt(p.bodyBytes)} B body`, 'app', options.connections, p.app),
      row(p.label, 'bare node:http', options.connections, p.bare),
    ]),
    ...(['small', 'big'] as const).flatMap((which) => {
      const run = latency[which]
      const scenario = `uncached (FEED_CACHE_SECONDS=0), ${fmt(run.stories)} stories, ${latency.nodes} nodes averaging ${fmt(run.avgFeedStories)} stories in their feed; alternating with the other data set in ${latency.rounds} rounds (percentiles: median of the rounds')`
      return [
        row(scenario, 'app', 1, run.sequential),
        row(scenario, 'app', options.connections, run.concurrent),
      ]
    }),
    row('POST /api/v1/stories, unique Idempotency-Key each', 'app', options.connections, submitted.run),
    '',
    `### Feed query on ${fmt(latency.big.stories)} stories`,
    '',
    'EXPLAIN (ANALYZE, BUFFERS) of the statement `listFeed` sends (captured from the driver) for the organisation with the most stories, warm:',
    '',
    '```',
    ...latency.explain.summary,
    '```',
    '',
    '<details><summary>Full plan</summary>',
    '',
    '```',
    ...latency.explain.plan,
    '```',
    '',
    '</details>',
    '',
    '### Submissions',
    '',
    `${fmt(submitted.accepted)} submissions answered 201 over the whole run (warm-up included); ${fmt(submitted.committed)} stories with those idempotency keys are in the database${submitted.accepted === submitted.committed ? ' — equal, as they must be' : ' — **MISMATCH**'}. Per accepted story PostgreSQL counted ${fmt(submitted.transactionsPerStory, 2)} committed transactions, ${fmt(submitted.rowsInsertedPerStory, 2)} inserted rows${submitted.walSyncsPerStory === undefined ? '' : ` and ${fmt(submitted.walSyncsPerStory, 2)} WAL syncs (cluster-wide counter)`}. The bench stories are deleted afterwards.`,
    '',
    `Baseline, measured just before in the same run: PostgreSQL completed ${fmt(submitted.baseline.serialPerSecond)} durable one-row \`insert\` commits per second on one connection (≈ ${ms(1000 / submitted.baseline.serialPerSecond)} ms per WAL flush — the ceiling for any single row that every request must update and commit) and ${fmt(submitted.baseline.concurrentPerSecond)} per second on ${submitted.baseline.connections} connections (group commit — the ceiling for anything that needs one durable commit per request).`,
    ...(existsSync(ANALYSIS) ? ['', readFileSync(ANALYSIS, 'utf8').trim()] : []),
    END,
  ]
  return lines.join('\n') + '\n'
}

/** Replaces this benchmark's section of BENCHMARKS.md (between the markers), keeping everything else. */
export async function writeReport(report: Report): Promise<string | undefined> {
  const section = renderSection(report)
  if (report.options.quick) {
    console.log(`\n${section}`)
    return undefined
  }
  const current = existsSync(FILE) ? await readFile(FILE, 'utf8') : ''
  const start = current.indexOf(START)
  const end = current.indexOf(END)
  const next =
    start >= 0 && end > start
      ? current.slice(0, start) + section + current.slice(end + END.length).replace(/^\n/, '')
      : current
        ? current.replace(/^(# .*\n\n?)?/, (title) => `${title || '# Benchmarks\n\n'}${section}\n`)
        : `# Benchmarks\n\n${section}`
  await writeFile(FILE, next)
  return FILE
}

const resultsFile = (options: BenchOptions) => join(tmpdir(), `heard-bench-${options.bigDatabase}.json`)

/** Keeps the last run's figures, so the report can be re-rendered without measuring again. */
export async function saveResults(report: Report): Promise<void> {
  await writeFile(resultsFile(report.options), JSON.stringify(report))
}

export async function loadResults(options: BenchOptions): Promise<Report> {
  const file = resultsFile(options)
  if (!existsSync(file)) throw new Error(`No saved results at ${file}: run the benchmark first.`)
  const saved = JSON.parse(await readFile(file, 'utf8')) as Report & { date: string }
  return { ...saved, date: new Date(saved.date), options: { ...saved.options, reportOnly: false } }
}
