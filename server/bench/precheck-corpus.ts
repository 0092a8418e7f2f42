// Scores the pre-check engine against the labelled corpus and times it.
// Run: npx tsx server/bench/precheck-corpus.ts
import { loadCorpus, sampleTexts, scoreCorpus, timePerThousandWords } from '../src/precheck/evaluate.ts'

const corpus = loadCorpus()
const score = scoreCorpus(corpus)
const pct = (value: number) => `${(value * 100).toFixed(1)}%`

console.log(
  `Pre-check corpus: ${corpus.length} sentences, ${score.rules.reduce((n, r) => n + r.labels, 0)} labelled spans`,
)
console.log('')
console.log('| rule | labels | TP | FP | FN | precision | recall |')
console.log('|---|--:|--:|--:|--:|--:|--:|')
for (const r of score.rules) {
  console.log(
    `| ${r.rule} | ${r.labels} | ${r.tp} | ${r.fp} | ${r.fn} | ${pct(r.precision)} | ${pct(r.recall)} |`,
  )
}
console.log(`| **overall** | | | | | **${pct(score.precision)}** | **${pct(score.recall)}** |`)
console.log('')
console.log('TP and FP count predicted flags; FN counts labelled spans that no flag overlaps.')

console.log('')
const timings = [
  ['all corpus sentences (dense in details)', corpus],
  ['sentences without labels (plain stories)', corpus.filter((entry) => entry.spans.length === 0)],
] as const
for (const [label, sentences] of timings) {
  const texts = sampleTexts(sentences, 40)
  const { wallBest, wallMedian, cpuMedian } = timePerThousandWords(texts)
  console.log(
    `Time per 1,000-word text, ${label}: ${wallBest.toFixed(2)} ms (best trial), ` +
      `${wallMedian.toFixed(2)} ms (median trial), ${cpuMedian.toFixed(2)} ms CPU (median trial); ` +
      `${texts.length} texts, 9 trials, after warm-up`,
  )
}
