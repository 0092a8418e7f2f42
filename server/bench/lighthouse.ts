/**
 * `npm run lighthouse [-- --url http://127.0.0.1:3000]`: Lighthouse (mobile, its default
 * throttling) on the home page, a service page and a story page, against a fresh demo server in a
 * temporary embedded database (or the server at --url). Prints the scores; exits 1 if any category
 * is under 95. Chromium: CHROME_PATH, /usr/bin/chromium by default.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

const MINIMUM = 95
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'heard-lighthouse-'))
  const port = process.env.LIGHTHOUSE_PORT ?? '3917'
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/index.ts'], {
    env: {
      ...process.env,
      DATA_DIR: dataDir,
      PORT: port,
      LOG_LEVEL: 'warn',
      PUBLIC_URL: `http://127.0.0.1:${port}`,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const stop = () => {
    child.kill('SIGTERM')
    child.once('exit', () => rmSync(dataDir, { recursive: true, force: true }))
  }
  await new Promise<void>((resolve, reject) => {
    let out = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString()
      if (out.includes('Heard is running on')) resolve()
    })
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before it was ready`)))
  })
  return { url: `http://127.0.0.1:${port}`, stop }
}

/** The home page, and the first service and story it links to. */
async function pagesOf(url: string): Promise<Record<string, string>> {
  const home = await (await fetch(`${url}/`)).text()
  const story = /href="(\/stories\/[0-9a-f-]{36})"/.exec(home)?.[1]
  const service = /href="(\/services\/[0-9a-f-]{36})"/.exec(home)?.[1]
  if (!story || !service) throw new Error('the home page links no story or service: is the demo seeded?')
  return { home: `${url}/`, service: `${url}${service}`, story: `${url}${story}` }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

const option = (name: string) => {
  const at = process.argv.indexOf(`--${name}`)
  return at > 0 ? process.argv[at + 1] : undefined
}

/** One page, `runs` times: the median score of each category (Lighthouse's advice for noisy machines). */
async function score(url: string, port: number, runs: number, desktop: boolean) {
  const all: Record<string, number[]> = {}
  const weak = new Set<string>()
  const benchmark: number[] = []
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(
      url,
      { port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] },
      desktop
        ? {
            extends: 'lighthouse:default',
            settings: {
              formFactor: 'desktop',
              screenEmulation: {
                mobile: false,
                width: 1350,
                height: 940,
                deviceScaleFactor: 1,
                disabled: false,
              },
              throttling: {
                rttMs: 40,
                throughputKbps: 10240,
                cpuSlowdownMultiplier: 1,
                requestLatencyMs: 0,
                downloadThroughputKbps: 0,
                uploadThroughputKbps: 0,
              },
            },
          }
        : undefined,
    )
    const lhr = result!.lhr
    if (lhr.runtimeError) continue
    benchmark.push(lhr.environment.benchmarkIndex)
    for (const c of CATEGORIES) {
      const category = lhr.categories[c]!
      ;(all[c] ??= []).push(Math.round((category.score ?? 0) * 100))
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id]!
        if (ref.weight > 0 && audit.score !== null && audit.score < 0.9)
          weak.add(`${c}: ${audit.id} ${audit.displayValue ?? ''}`)
      }
    }
  }
  return {
    scores: CATEGORIES.map((c) => [c, all[c] ? median(all[c]!) : 0] as const),
    runs: all.performance?.length ?? 0,
    weak: [...weak],
    benchmarkIndex: benchmark.length ? median(benchmark) : 0,
  }
}

async function main() {
  const given = option('url')
  const runs = Number(option('runs') ?? 3)
  const desktop = option('preset') === 'desktop'
  const server = given ? { url: given.replace(/\/$/, ''), stop: () => {} } : await startServer()
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  let failed = false
  try {
    console.log(`${desktop ? 'desktop' : 'mobile'} preset, median of ${runs} runs per page`)
    for (const [name, url] of Object.entries(await pagesOf(server.url))) {
      const r = await score(url, chrome.port, runs, desktop)
      console.log(
        `${name.padEnd(8)} ${r.scores.map(([c, s]) => `${c} ${s}`).join(' · ')}   (${r.runs} runs, benchmarkIndex ${r.benchmarkIndex})`,
      )
      if (r.scores.some(([, s]) => s < MINIMUM)) {
        failed = true
        for (const w of r.weak) console.log(`    ${w}`)
      }
    }
  } finally {
    await chrome.kill()
    server.stop()
  }
  if (failed) {
    console.error(`Some category scored under ${MINIMUM}.`)
    process.exitCode = 1
  }
}

await main()
