// Per-rule recall and precision of the pre-checks on the held-out corpora (English and Welsh),
// and CPU time per 1,000 words. Run: npm run precheck:figures
// With --tuning it scores the tuning part instead and lists every miss (the only part to read
// while changing rules).
import '../src/regex-engine.ts'
import { cpus, loadavg } from 'node:os'
import { PRECHECK_RULES, warmPrechecks } from '../src/precheck/index.ts'
import {
  loadCorpusPart,
  sampleTexts,
  scoreTexts,
  timePerThousandWords,
  type CorpusPart,
  type Miss,
} from '../src/precheck/evaluate.ts'
import type { Lang } from '../src/precheck/types.ts'
import { tellsOfCare } from '../src/precheck/rules/not-experience.ts'
import { sentencesOf } from './not-experience-training.ts'

const part: CorpusPart = process.argv.includes('--tuning') ? 'tuning' : 'held-out'
const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const LANGS: Lang[] = ['en', 'cy']

// As the server does on starting, so that the regexes are compiled as they are there.
warmPrechecks()

const scores = LANGS.map((lang) => {
  const texts = loadCorpusPart(part, lang)
  const misses: Miss[] = []
  return { lang, texts, score: scoreTexts(texts, misses), misses }
})

console.log(
  `Pre-check figures on the ${part} corpora (${scores.map((s) => `${s.lang}: ${s.texts.length} sentences`).join(', ')})`,
)
console.log('')
console.log('| rule | en labels | en recall | en precision | cy labels | cy recall | cy precision |')
console.log('|---|--:|--:|--:|--:|--:|--:|')
for (const rule of PRECHECK_RULES) {
  const cells = scores.map(({ score }) => {
    const r = score.rules.find((x) => x.rule === rule)!
    return `${r.labels} | ${pct(r.recall)} | ${pct(r.precision)} (${r.fp} FP)`
  })
  console.log(`| ${rule} | ${cells.join(' | ')} |`)
}
const overall = scores.map(({ score }) => `| ${pct(score.recall)} | ${pct(score.precision)}`)
console.log(`| **overall** | ${overall.join(' | ')} |`)
console.log('')

// A fixed piece of work timed in the same run, so that figures from a busy machine can be compared.
function baselinePerThousandWords(texts: string[]): number {
  const thousands = texts.reduce((total, text) => total + text.split(/\s+/).length, 0) / 1000
  const trials: number[] = []
  for (let trial = 0; trial < 9; trial++) {
    const started = process.cpuUsage()
    for (const text of texts) text.toLowerCase().match(/\b\w+\b/g)
    const used = process.cpuUsage(started)
    trials.push((used.user + used.system) / 1000 / thousands)
  }
  return trials.sort((a, b) => a - b)[4]!
}

console.log(`1-minute load average when timing began: ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores`)
for (const lang of LANGS) {
  const sentences = loadCorpusPart(part, lang)
  const kinds = [
    ['all sentences (dense in details)', sentences],
    ['sentences without labels (plain story text)', sentences.filter((t) => t.labels.length === 0)],
    // The worst case for the learned not_experience model, which is asked about every sentence.
    [
      'sentences in which nobody tells of care',
      sentences.filter((t) => !sentencesOf(t.text).some((s) => tellsOfCare(s, lang))),
    ],
  ] as const
  for (const [label, chosen] of kinds) {
    const texts = sampleTexts(chosen, 40)
    const { cpuMedian, wallMedian } = timePerThousandWords(texts, 9)
    const baseline = baselinePerThousandWords(texts)
    console.log(
      `${lang}, ${label}: ${cpuMedian.toFixed(2)} ms CPU per 1,000 words (median of 9 trials, process.cpuUsage; ` +
        `${wallMedian.toFixed(2)} ms wall); baseline in the same run (lower-case + one word regex): ` +
        `${baseline.toFixed(3)} ms, ratio ${(cpuMedian / baseline).toFixed(0)}×; 40 texts of about 1,000 words, language detected`,
    )
  }
}

if (part === 'tuning') {
  for (const { lang, misses } of scores) {
    for (const m of misses) console.log(`${lang} ${m.rule} ${m.kind}: «${m.span}» in: ${m.text}`)
  }
}
