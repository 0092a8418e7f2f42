import { setTimeout as sleep } from 'node:timers/promises'
import type { Sql } from '../src/db.ts'
import { startChild, type Child } from './children.ts'
import { cpuShare, machineCpu, processCpu, type CpuSample, type CpuShare } from './cpu.ts'
import type { LoadResult, LoadSpec } from './load-spec.ts'
import { fmt, step } from './progress.ts'
import { waitForQuiet } from './quiet.ts'

export interface Measurement extends LoadResult {
  cpu: CpuShare
  /** Share of the machine busy with other work just before the measurement started. */
  backgroundPct: number
  /** Measurements made to get this one (more than 1 when other work disturbed a window). */
  attempts: number
  /** Set when this combines several short rounds (see combineRounds). */
  rounds?: number
}

export interface MeasureContext {
  /** How long to wait for other work on the machine to finish before measuring. */
  quietWaitMs: number
  /** The database under test, to attribute its PostgreSQL backends' CPU. */
  database?: { sql: Sql; name: string }
  /** CPU-profile the server over the measured window into this file. */
  profileFile?: string
  /** Measure once, even if other work disturbed the window (e.g. for interleaved rounds). */
  once?: boolean
}

/** Other work may use this much CPU (in cores) during a window before it is measured again. */
export const DISTURBED_CORES = 0.5
export const MAX_ATTEMPTS = 2

async function backendPids(database: MeasureContext['database']): Promise<number[]> {
  if (!database) return []
  const rows = await database.sql<{ pid: number }[]>`
    select pid from pg_stat_activity where datname = ${database.name} and pid <> pg_backend_pid()`
  return rows.map((r) => r.pid)
}

async function sample(generator: Child, server: Child, pids: number[]): Promise<CpuSample> {
  const [generatorMs, serverMs] = await Promise.all([generator.cpuMs(), server.cpuMs()])
  return { machine: machineCpu(), generatorMs, serverMs, postgres: processCpu(pids), at: performance.now() }
}

async function measureOnce(server: Child, spec: Omit<LoadSpec, 'origin'>, ctx: MeasureContext) {
  const backgroundPct = await waitForQuiet(ctx.quietWaitMs)
  const generator = await startChild('./load.ts')
  try {
    const full: LoadSpec = { ...spec, origin: `http://127.0.0.1:${server.port}` }
    const result = generator.ask({ type: 'run', spec: full }, 'result')
    await sleep(spec.warmupMs)
    if (ctx.profileFile) await server.ask({ type: 'profile-start' }, 'profiling')
    const pids = await backendPids(ctx.database)
    const before = await sample(generator, server, pids)
    await sleep(spec.durationMs)
    const after = await sample(generator, server, pids)
    if (ctx.profileFile) await server.ask({ type: 'profile-stop', file: ctx.profileFile }, 'profiled')
    const { result: load } = await result
    return { ...(load as LoadResult), cpu: cpuShare(before, after), backgroundPct }
  } finally {
    await generator.stop()
  }
}

/**
 * Runs the load generator (in its own process) against `server` and attributes the machine's
 * CPU over the measured window (after the warm-up) to the generator, the server, the database's
 * PostgreSQL backends and everything else. Waits first for other work on the machine to finish;
 * if other work still took more than a quarter of a core during the window, measures again
 * (at most three times) and keeps the least disturbed window.
 */
export async function measure(
  server: Child,
  spec: Omit<LoadSpec, 'origin'>,
  ctx: MeasureContext,
): Promise<Measurement> {
  let best: Omit<Measurement, 'attempts'> | undefined
  let attempts = 0
  while (attempts < MAX_ATTEMPTS) {
    attempts++
    const m = await measureOnce(server, spec, ctx)
    if (!best || m.cpu.otherCores < best.cpu.otherCores) best = m
    // Submissions are not repeatable without side effects; feeds are.
    if (m.cpu.otherCores <= DISTURBED_CORES || spec.requests.kind === 'submit' || ctx.profileFile || ctx.once)
      break
    step(`    other work used ${fmt(m.cpu.otherCores, 2)} cores during the window; measuring again`)
  }
  return { ...best!, attempts }
}

export const describe = (m: Measurement) =>
  `${fmt(m.perSecond)} req/s, p50 ${fmt(m.p50Ms, 2)} ms, p99 ${fmt(m.p99Ms, 2)} ms, ` +
  `statuses ${JSON.stringify(m.statuses)}${m.errors ? `, ${m.errors} errors` : ''}; CPU: generator ` +
  `${fmt(m.cpu.generatorCores, 2)}, server ${fmt(m.cpu.serverCores, 2)}, PostgreSQL ${fmt(m.cpu.postgresCores, 2)}, ` +
  `other ${fmt(m.cpu.otherCores, 2)} ` +
  `cores (machine ${fmt(m.cpu.machinePct)}% of ${m.cpu.cores})`

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor((sorted.length - 1) / 2)]!
}
const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length

/**
 * Several short measurements of one thing as one: counts add up, rates and CPU are averaged,
 * percentiles are the median of the rounds' (robust to one round disturbed by other work).
 */
export function combineRounds(rounds: Measurement[]): Measurement {
  const statuses: Record<string, number> = {}
  for (const r of rounds)
    for (const [s, n] of Object.entries(r.statuses)) statuses[s] = (statuses[s] ?? 0) + n
  const sum = (f: (m: Measurement) => number) => rounds.reduce((a, m) => a + f(m), 0)
  const cpu = rounds[0]!.cpu
  return {
    requests: sum((m) => m.requests),
    seconds: sum((m) => m.seconds),
    perSecond: sum((m) => m.requests) / sum((m) => m.seconds),
    p50Ms: median(rounds.map((m) => m.p50Ms)),
    p90Ms: median(rounds.map((m) => m.p90Ms)),
    p99Ms: median(rounds.map((m) => m.p99Ms)),
    maxMs: Math.max(...rounds.map((m) => m.maxMs)),
    statuses,
    errors: sum((m) => m.errors),
    sentTotal: sum((m) => m.sentTotal),
    okTotal: sum((m) => m.okTotal),
    cpu: {
      machinePct: mean(rounds.map((m) => m.cpu.machinePct)),
      generatorCores: mean(rounds.map((m) => m.cpu.generatorCores)),
      serverCores: mean(rounds.map((m) => m.cpu.serverCores)),
      postgresCores: mean(rounds.map((m) => m.cpu.postgresCores)),
      otherCores: mean(rounds.map((m) => m.cpu.otherCores)),
      cores: cpu.cores,
    },
    backgroundPct: mean(rounds.map((m) => m.backgroundPct)),
    attempts: 1,
    rounds: rounds.length,
  }
}
