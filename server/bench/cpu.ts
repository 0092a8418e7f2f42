import { readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'

const TICK_MS = 10 // USER_HZ is 100 on Linux

/** Busy and total CPU time of the whole machine so far (all cores), in ms, from /proc/stat. */
export function machineCpu(): { busyMs: number; totalMs: number } {
  const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number)
  // user nice system idle iowait irq softirq steal …; idle and iowait are not busy.
  const total = fields.slice(0, 8).reduce((a, b) => a + b, 0)
  const idle = fields[3]! + fields[4]!
  return { busyMs: (total - idle) * TICK_MS, totalMs: total * TICK_MS }
}

/** CPU time (user + system) of each process in `pids` so far, in ms; exited ones are left out. */
export function processCpu(pids: number[]): Map<number, number> {
  const times = new Map<number, number>()
  for (const pid of pids) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
      // Fields after the command (which may contain spaces) start after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
      times.set(pid, (Number(fields[11]) + Number(fields[12])) * TICK_MS)
    } catch {
      // the process has exited
    }
  }
  return times
}

export interface CpuShare {
  /** Share of the whole machine (all cores) in use, 0–100. */
  machinePct: number
  /** CPU of each part in cores (1.0 = one core fully busy). */
  generatorCores: number
  serverCores: number
  /** The PostgreSQL backends serving the database under test. */
  postgresCores: number
  /** Everything else: PostgreSQL's background processes and any other work on the machine. */
  otherCores: number
  cores: number
}

export interface CpuSample {
  machine: { busyMs: number; totalMs: number }
  generatorMs: number
  serverMs: number
  postgres: Map<number, number>
  at: number
}

export function cpuShare(a: CpuSample, b: CpuSample): CpuShare {
  const wallMs = b.at - a.at
  const busy = b.machine.busyMs - a.machine.busyMs
  const total = b.machine.totalMs - a.machine.totalMs
  const generatorCores = (b.generatorMs - a.generatorMs) / wallMs
  const serverCores = (b.serverMs - a.serverMs) / wallMs
  let postgresMs = 0
  for (const [pid, ms] of b.postgres) postgresMs += ms - (a.postgres.get(pid) ?? ms)
  const postgresCores = postgresMs / wallMs
  return {
    machinePct: (100 * busy) / total,
    generatorCores,
    serverCores,
    postgresCores,
    otherCores: Math.max(0, busy / wallMs - generatorCores - serverCores - postgresCores),
    cores: availableParallelism(),
  }
}
