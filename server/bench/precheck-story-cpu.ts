// CPU of the pre-checks on stories as they are written (the demo stories in English, about 100
// words each, then the Welsh stories of corpora/stories-cy.txt, about 75), per 1,000 words, with a
// fixed piece of work timed in the same run. precheck-figures.ts times 1,000-word texts instead,
// which hides what each text costs however short it is.
//   npx tsx server/bench/precheck-story-cpu.ts [checkout] [--cold] [--spent]
// V8 is set as the server sets it (regex-engine.ts) and the pre-checks are warmed as the server
// warms them (warmPrechecks), where the checkout has these; --cold leaves the warming out.
// --spent then has V8 compile every further regex without its optimisations, as it does once the
// process holds 16 MB of machine code (BENCHMARKS.md, "Seventh round"). Each language is timed
// twice, English first: the second round is the steady state. With a checkout (a `git worktree`
// of another commit), its pre-checks are timed instead.
import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8'
import type { Lang, PrecheckFlag } from '../src/precheck/index.ts'
import { medianCpuMs } from './cpu-median.ts'

const args = process.argv.slice(2)
const root = resolve(args.find((arg) => !arg.startsWith('--')) ?? '.')
// The checkout's V8 settings first, as its server has them (regex-engine.ts), then its pre-checks.
const engine = `${root}/server/src/regex-engine.ts`
if (existsSync(engine)) await import(pathToFileURL(engine).href)
const precheck = (await import(pathToFileURL(`${root}/server/src/precheck/index.ts`).href)) as {
  runPrechecks: (text: string, lang?: Lang) => PrecheckFlag[]
  warmPrechecks?: () => void
}
const { careStories } = await import('./not-experience-training.ts')

const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`
const machineCode = () =>
  getHeapSpaceStatistics()
    .filter((space) => space.space_name.startsWith('code'))
    .reduce((sum, space) => sum + space.space_size, 0)

if (!args.includes('--cold') && precheck.warmPrechecks) {
  const started = process.cpuUsage()
  precheck.warmPrechecks()
  const used = process.cpuUsage(started)
  console.log(`warmed in ${((used.user + used.system) / 1000).toFixed(0)} ms of CPU`)
}
if (args.includes('--spent')) setFlagsFromString('--no-regexp-optimization')

for (const lang of ['en', 'cy', 'en', 'cy'] as Lang[]) {
  // Each story its own string, as a request body gives it (not a slice of the corpus file).
  const stories = careStories(lang).map((story) => JSON.parse(JSON.stringify(story)) as string)
  const thousands = stories.join(' ').split(/\s+/).length / 1000
  const checks =
    medianCpuMs(() => stories.forEach((story) => precheck.runPrechecks(story, lang)), 9, 1) / thousands
  const baseline =
    medianCpuMs(() => stories.forEach((story) => story.toLowerCase().match(/\b\w+\b/g)), 9, 1) / thousands
  console.log(
    `${lang}: ${stories.length} stories of ${Math.round((thousands * 1000) / stories.length)} words on average: ` +
      `${checks.toFixed(2)} ms CPU per 1,000 words; baseline (lower-case + one word regex) ${baseline.toFixed(3)} ms; ` +
      `machine code ${megabytes(machineCode())}`,
  )
}
