import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg, totalmem } from 'node:os'
import type { Sql } from '../src/db.ts'

export interface Machine {
  cores: number
  cpuModel: string
  memoryGiB: number
  node: string
  postgres: string
  /** 1-minute load average when the measurements started: other work sharing the machine. */
  loadAtStart: number
}

export async function describeMachine(sql: Sql): Promise<Machine> {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8')
  const [{ version } = { version: '?' }] = await sql<{ version: string }[]>`select version()`
  return {
    cores: availableParallelism(),
    cpuModel: /^model name\s*:\s*(.+)$/m.exec(cpuinfo)?.[1]?.trim() ?? 'unknown',
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    postgres: version.split(' ').slice(0, 2).join(' '),
    loadAtStart: loadavg()[0]!,
  }
}
