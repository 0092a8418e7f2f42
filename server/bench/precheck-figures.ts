// Per-rule recall and precision of the pre-checks on the held-out corpora (English and Welsh),
// and CPU time per 1,000 words. Run: npm run precheck:figures
// With --tuning it scores the tuning part instead and lists every miss (the only part to read
// while changing rules).
import { PRECHECK_RULES } from '../src/precheck/index.ts'
import {
  loadCorpusPart,
  sampleTexts,
  scoreTexts,
  timePerThousandWords,
  type CorpusPart,
  type Miss,
} from '../src/precheck/evaluate.ts'
import type { Lang } from '../src/precheck/types.ts'

const part: CorpusPart = process.argv.includes('--tuning') ? 'tuning' : 'held-out'
const pct = (value: number) => `${(value * 100).toFixed(1)}%`
const LANGS: Lang[] = ['en', 'cy']

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

for (const lang of LANGS) {
  const texts = sampleTexts(loadCorpusPart(part, lang), 40)
  const { cpuMedian, wallMedian } = timePerThousandWords(texts, 9)
  console.log(
    `${lang}: ${cpuMedian.toFixed(2)} ms CPU per 1,000 words (median of 9 trials; process.cpuUsage), ` +
      `${wallMedian.toFixed(2)} ms wall; ${texts.length} texts of about 1,000 words made of ${part} sentences, language detected`,
  )
}

if (part === 'tuning') {
  for (const { lang, misses } of scores) {
    for (const m of misses) console.log(`${lang} ${m.rule} ${m.kind}: «${m.span}» in: ${m.text}`)
  }
}
