import { readFile } from 'node:fs/promises'

interface ProfileNode {
  id: number
  callFrame: { functionName: string; url: string; lineNumber: number }
  children?: number[]
}
interface Profile {
  nodes: ProfileNode[]
  samples: number[]
  timeDeltas: number[]
}

export interface Hotspot {
  name: string
  selfPct: number
}

const short = (url: string) =>
  url.replace(/^file:\/\/.*?\/node_modules\//, '').replace(/^file:\/\/.*?\/server\//, 'server/')

/**
 * The functions with the most self time in a .cpuprofile, and the share by package
 * (node_modules/<pkg>, Heard's server code, node internals, garbage collection).
 */
export async function summariseProfile(
  file: string,
  top = 15,
): Promise<{ functions: Hotspot[]; packages: Hotspot[] }> {
  const profile = JSON.parse(await readFile(file, 'utf8')) as Profile
  const byId = new Map(profile.nodes.map((n) => [n.id, n]))
  const self = new Map<string, number>()
  const packages = new Map<string, number>()
  let total = 0
  profile.samples.forEach((id, i) => {
    const node = byId.get(id)!
    const dt = profile.timeDeltas[i] ?? 0
    const { functionName, url, lineNumber } = node.callFrame
    if (functionName === '(idle)' || functionName === '(program)') return
    total += dt
    const name = `${functionName || '(anonymous)'} ${short(url)}:${lineNumber + 1}`
    self.set(name, (self.get(name) ?? 0) + dt)
    const pkg =
      /node_modules\/((@[^/]+\/)?[^/]+)/.exec(url)?.[1] ??
      (url.includes('/server/') ? 'heard server' : url ? 'node internals' : functionName)
    packages.set(pkg, (packages.get(pkg) ?? 0) + dt)
  })
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, t]) => ({ name, selfPct: (100 * t) / total }))
  return { functions: rank(self), packages: rank(packages) }
}

/** Prints where the profiled process spent its CPU, by package and by function. */
export async function printProfile(file: string, label: string): Promise<void> {
  const { functions, packages } = await summariseProfile(file, 12)
  const pct = (h: Hotspot) => `${h.selfPct.toFixed(1).padStart(5)}%  ${h.name}`
  console.log(`\nCPU profile of the app server, ${label} (${file}):\n  by package:`)
  for (const h of packages) console.log(`    ${pct(h)}`)
  console.log('  by function (self time):')
  for (const h of functions) console.log(`    ${pct(h)}`)
  console.log('')
}
