import { setTimeout as sleep } from 'node:timers/promises'
import { machineCpu } from './cpu.ts'
import { fmt, step } from './progress.ts'

/** Share of the machine (0–100) busy over `ms`. */
export async function busyPct(ms = 2000): Promise<number> {
  const a = machineCpu()
  await sleep(ms)
  const b = machineCpu()
  return (100 * (b.busyMs - a.busyMs)) / Math.max(1, b.totalMs - a.totalMs)
}

/**
 * Waits until the machine is quiet (at most `thresholdPct` busy over 2 s) before a measurement,
 * for at most `maxWaitMs`: other work on these few cores would otherwise be measured as ours.
 * Returns the busy share seen last, so the report can say what else was running.
 */
export async function waitForQuiet(maxWaitMs: number, thresholdPct = 15): Promise<number> {
  const deadline = performance.now() + maxWaitMs
  let lastShown = 0
  for (;;) {
    const busy = await busyPct()
    if (busy <= thresholdPct) return busy
    if (performance.now() >= deadline) {
      step(`    the machine is still ${fmt(busy)}% busy with other work; measuring anyway`)
      return busy
    }
    if (performance.now() - lastShown > 30_000) {
      step(
        `    waiting for other work to finish: the machine is ${fmt(busy)}% busy (idle threshold ${thresholdPct}%)`,
      )
      lastShown = performance.now()
    }
    await sleep(3000)
  }
}
