/** The median CPU milliseconds of `work` over `runs` runs, after `warmups` runs left untimed. */
export function medianCpuMs(work: () => void, runs: number, warmups: number): number {
  for (let i = 0; i < warmups; i++) work()
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const started = process.cpuUsage()
    work()
    const used = process.cpuUsage(started)
    times.push((used.user + used.system) / 1000)
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)]!
}
