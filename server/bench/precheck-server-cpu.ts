// The pre-checks' CPU inside a running Heard server: the demo on a fresh embedded database, first
// as it stands once started and seeded, then after the tuning corpora and the stories have been
// sent to POST /api/v1/precheck. What a regex costs depends on what the process compiled before it
// (BENCHMARKS.md, "Seventh round"), so this is the figure a server gives, where
// precheck-story-cpu.ts gives the pre-checks' own. Per 1,000 words, stories as written.
//   npx tsx server/bench/precheck-server-cpu.ts [checkout]
// With a checkout (a `git worktree` of another commit, with node_modules), its server is measured.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { loadCorpusPart } from '../src/precheck/evaluate.ts'
import { careStories } from './not-experience-training.ts'

const root = resolve(process.argv[2] ?? '.')
const scratch = mkdtempSync(join(tmpdir(), 'heard-precheck-server-'))
const out = join(scratch, 'probe.json')

const port = await new Promise<number>((done) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const { port } = probe.address() as { port: number }
    probe.close(() => done(port))
  })
})
const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--import', resolve('server/bench/precheck-server-probe.ts'), 'server/src/index.ts'],
  {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      DATA_DIR: join(scratch, 'data'),
      LOG_LEVEL: 'error',
      HEARD_PROBE_OUT: out,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  },
)
const base = `http://127.0.0.1:${port}`
const exited = new Promise<never>((_, fail) =>
  child.on('exit', (code) => fail(new Error(`the server stopped (${code})`))),
)

async function ready() {
  for (;;) {
    const answer = await fetch(`${base}/api/health`).catch(() => undefined)
    if (answer?.ok) return
    await new Promise((done) => setTimeout(done, 250))
  }
}

/** Asks the probe in the server for its figures and waits for the file it writes. */
async function measure(when: string) {
  rmSync(out, { force: true })
  child.kill('SIGUSR2')
  while (!existsSync(out)) await new Promise((done) => setTimeout(done, 50))
  await new Promise((done) => setTimeout(done, 50))
  const figures = JSON.parse(readFileSync(out, 'utf8')) as { en: number; cy: number; machineCode: number }
  console.log(
    `| ${when} | ${figures.en.toFixed(2)} ms | ${figures.cy.toFixed(2)} ms | ${(figures.machineCode / 1e6).toFixed(1)} MB |`,
  )
}

async function send(texts: string[], lang: 'en' | 'cy') {
  for (const text of texts) {
    const answer = await fetch(`${base}/api/v1/precheck`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ text, lang }),
    })
    if (!answer.ok) throw new Error(`POST /api/v1/precheck answered ${answer.status}`)
    await answer.text()
  }
}

try {
  console.error(`starting the server in ${root} (the demo is seeded first)…`)
  await Promise.race([ready(), exited])
  console.log(`Pre-checks in a running server (${root}), CPU per 1,000 words of stories as written`)
  console.log('')
  console.log('| when | English | Welsh | machine code |')
  console.log('|---|--:|--:|--:|')
  await Promise.race([measure('started and seeded'), exited])
  for (const lang of ['en', 'cy'] as const) {
    const sentences = loadCorpusPart('tuning', lang).map((t) => t.text)
    const texts = Array.from({ length: Math.ceil(sentences.length / 8) }, (_, i) =>
      sentences.slice(i * 8, i * 8 + 8).join(' '),
    )
    console.error(`sending ${texts.length} ${lang} texts of the tuning corpora…`)
    await send(texts, lang)
  }
  await Promise.race([measure('after the tuning corpora'), exited])
  for (const lang of ['en', 'cy'] as const) {
    console.error(`sending the ${lang} stories three times…`)
    for (let round = 0; round < 3; round++) await send(careStories(lang), lang)
  }
  await Promise.race([measure('after the stories, three times'), exited])
} finally {
  child.kill()
  rmSync(scratch, { recursive: true, force: true })
}
