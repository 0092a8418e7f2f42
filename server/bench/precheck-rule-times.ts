// Per-rule CPU per 1,000 words on the tuning corpora (never the held-out part), to see which rule
// costs most, with V8 set and the pre-checks warmed as the server has them.
// Run: npx tsx server/bench/precheck-rule-times.ts
import '../src/regex-engine.ts'
import { CHECKS, runPrechecks, warmPrechecks } from '../src/precheck/index.ts'
import { textLanguage } from '../src/precheck/language.ts'
import { loadCorpusPart, sampleTexts } from '../src/precheck/evaluate.ts'
import type { Lang } from '../src/precheck/types.ts'

warmPrechecks()
for (const lang of ['en', 'cy'] as Lang[]) {
  const texts = sampleTexts(loadCorpusPart('tuning', lang), 40)
  const thousands = texts.reduce((total, text) => total + text.split(/\s+/).length, 0) / 1000
  const langs = texts.map((text) => textLanguage(text))
  const rows: [string, number][] = []
  const time = (name: string, run: (text: string, i: number) => void) => {
    for (let i = 0; i < texts.length; i++) run(texts[i]!, i)
    const trials: number[] = []
    for (let trial = 0; trial < 9; trial++) {
      const started = process.cpuUsage()
      for (let i = 0; i < texts.length; i++) run(texts[i]!, i)
      const used = process.cpuUsage(started)
      trials.push((used.user + used.system) / 1000 / thousands)
    }
    rows.push([name, trials.sort((a, b) => a - b)[4]!])
  }
  time('runPrechecks (whole)', (text) => runPrechecks(text))
  time('language', (text) => textLanguage(text))
  for (const check of CHECKS) time(check.rule, (text, i) => check.find(text, langs[i]!))
  const total = rows.slice(1).reduce((sum, [, ms]) => sum + ms, 0)
  console.log(`${lang}: ${total.toFixed(2)} ms per 1,000 words in all`)
  for (const [name, ms] of rows.sort((a, b) => b[1] - a[1]))
    console.log(`  ${name.padEnd(20)} ${ms.toFixed(3)}`)
}
