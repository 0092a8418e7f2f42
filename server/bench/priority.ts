import { writeFileSync } from 'node:fs'
import { setPriority } from 'node:os'

/**
 * The benchmark's own processes (load generator, servers) run at this nice value when allowed
 * (root), so other work on a shared machine takes little of the CPU during a measurement.
 */
export const BENCH_NICE = -10

/**
 * Raises `pid`'s priority: its nice value, and — because Linux's autogroup scheduling shares the
 * CPU fairly between sessions whatever their nice values — the nice value of its session's
 * autogroup (children are started in sessions of their own). False if not permitted.
 */
export function prioritise(pid: number | undefined, ownSession = false): boolean {
  if (pid === undefined) return false
  try {
    setPriority(pid, BENCH_NICE)
    if (ownSession) writeFileSync(`/proc/${pid}/autogroup`, String(BENCH_NICE))
    return true
  } catch {
    return false
  }
}
