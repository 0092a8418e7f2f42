/**
 * Loaded into a Heard server by precheck-server-cpu.ts (`node --import`): on SIGUSR2 it times the
 * server's own pre-checks on the demo and Welsh stories, in the server process as traffic has left
 * it, and writes the figures and the process's machine code to the file HEARD_PROBE_OUT names. It
 * loads the pre-checks only when asked, so the server creates its regexes as it always does.
 */
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { getHeapSpaceStatistics } from 'node:v8'
import { medianCpuMs } from './cpu-median.ts'

type Lang = 'en' | 'cy'
interface DemoStory {
  body: string
  status: string
}

const src = resolve('server/src')
const load = async <T>(path: string) => (await import(pathToFileURL(`${src}/${path}`).href)) as T

async function stories(lang: Lang): Promise<string[]> {
  if (lang === 'en') {
    const { storiesA } = await load<{ storiesA: DemoStory[] }>('demo/stories-a.ts')
    const { storiesB } = await load<{ storiesB: DemoStory[] }>('demo/stories-b.ts')
    return [...storiesA, ...storiesB].filter((s) => s.status !== 'rejected').map((s) => s.body)
  }
  return readFileSync(`${src}/precheck/corpora/stories-cy.txt`, 'utf8')
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

process.on('SIGUSR2', () => {
  void (async () => {
    const { runPrechecks } = await load<{ runPrechecks: (text: string, lang: Lang) => unknown }>(
      'precheck/index.ts',
    )
    const figures: Record<string, number> = {}
    for (const lang of ['en', 'cy'] as Lang[]) {
      // Each story its own string, as a request body gives it.
      const texts = (await stories(lang)).map((story) => JSON.parse(JSON.stringify(story)) as string)
      const thousands = texts.join(' ').split(/\s+/).length / 1000
      figures[lang] = medianCpuMs(() => texts.forEach((text) => runPrechecks(text, lang)), 5, 3) / thousands
    }
    figures.machineCode = getHeapSpaceStatistics()
      .filter((space) => space.space_name.startsWith('code'))
      .reduce((sum, space) => sum + space.space_size, 0)
    writeFileSync(process.env.HEARD_PROBE_OUT!, JSON.stringify(figures))
  })()
})
