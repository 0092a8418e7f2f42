// CPU of the pre-checks on stories as they are written (the demo stories in English, about 100
// words each, then the Welsh stories of corpora/stories-cy.txt, about 75), per 1,000 words, with a
// fixed piece of work timed in the same run. precheck-figures.ts times 1,000-word texts instead,
// which hides what each text costs however short it is.
//   npx tsx server/bench/precheck-story-cpu.ts [checkout]
// With a checkout (a `git worktree` of another commit), its pre-checks are timed on the same stories.
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Lang, PrecheckFlag } from '../src/precheck/index.ts'
import { careStories } from './not-experience-training.ts'

const root = resolve(process.argv[2] ?? '.')
const { runPrechecks } = (await import(pathToFileURL(`${root}/server/src/precheck/index.ts`).href)) as {
  runPrechecks: (text: string, lang?: Lang) => PrecheckFlag[]
}

/** Median CPU milliseconds of `work` over nine runs, after one to warm up. */
function cpu(work: () => void): number {
  const runs: number[] = []
  for (let i = 0; i < 10; i++) {
    const started = process.cpuUsage()
    work()
    const used = process.cpuUsage(started)
    if (i > 0) runs.push((used.user + used.system) / 1000)
  }
  return runs.sort((a, b) => a - b)[4]!
}

for (const lang of ['en', 'cy'] as Lang[]) {
  const stories = careStories(lang)
  const thousands = stories.join(' ').split(/\s+/).length / 1000
  const checks = cpu(() => stories.forEach((story) => runPrechecks(story, lang))) / thousands
  const baseline = cpu(() => stories.forEach((story) => story.toLowerCase().match(/\b\w+\b/g))) / thousands
  console.log(
    `${root} ${lang}: ${stories.length} stories of ${Math.round((thousands * 1000) / stories.length)} words on average: ` +
      `${checks.toFixed(2)} ms CPU per 1,000 words; baseline (lower-case + one word regex) ${baseline.toFixed(3)} ms`,
  )
}
