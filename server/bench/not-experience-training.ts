// Trains the not_experience model (server/src/precheck/rules/not-experience-model.ts) on the
// tuning corpora and on text of real care: the demo stories in English and corpora/stories-cy.txt
// in Welsh, and short reviews told without "I" (corpora/short-reviews-*.txt). Only the
// even-numbered stories and reviews are trained on; the odd-numbered ones are kept to count false
// alarms (not-experience-model.test.ts, not-experience-folds.ts). The held-out corpora are never
// read here.
import { readFileSync } from 'node:fs'
import { storiesA } from '../src/demo/stories-a.ts'
import { storiesB } from '../src/demo/stories-b.ts'
import type { LabelledText } from '../src/precheck/corpora/parse.ts'
import { loadCorpusPart } from '../src/precheck/evaluate.ts'
import {
  BUCKETS,
  features,
  type ModelFile,
  type StoredModel,
} from '../src/precheck/rules/not-experience-model.ts'
import { SENTENCE } from '../src/precheck/rules/not-experience.ts'
import type { Lang } from '../src/precheck/types.ts'

export interface Sample {
  sentence: string
  /** 1 when a labelled not_experience span covers part of the sentence. */
  label: 0 | 1
}

export const sentencesOf = (text: string) =>
  [...text.matchAll(SENTENCE)].map((m) => m[0].trim()).filter((s) => s !== '')

/** The sentences of labelled texts (the tuning corpus of `lang` unless given), each labelled. */
export function tuningSamples(lang: Lang, texts: LabelledText[] = loadCorpusPart('tuning', lang)): Sample[] {
  return texts.flatMap((text) => {
    const spans = text.labels.filter((l) => l.rule === 'not_experience')
    return [...text.text.matchAll(SENTENCE)]
      .filter((m) => m[0].trim() !== '')
      .map((m): Sample => {
        const start = m.index
        const end = start + m[0].length
        return { sentence: m[0].trim(), label: spans.some((s) => s.start < end && s.end > start) ? 1 : 0 }
      })
  })
}

/** Stories of care in `lang`: the demo stories' bodies in English (those not rejected), the Welsh story file in Welsh. */
export function careStories(lang: Lang): string[] {
  // Rejected demo stories are left out: some are adverts, tests and opinions on purpose.
  if (lang === 'en')
    return [...storiesA, ...storiesB].filter((s) => s.status !== 'rejected').map((s) => s.body)
  const file = new URL('../src/precheck/corpora/stories-cy.txt', import.meta.url)
  return readFileSync(file, 'utf8')
    .split(/\n\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

/**
 * Short reviews of care told without "I" or "my" ("Outstanding care on the stroke ward. Nurses
 * patient and never rushed."), one a line: the kind of text the model most easily mistakes.
 */
export function shortReviews(lang: Lang): string[] {
  const file = new URL(`../src/precheck/corpora/short-reviews-${lang}.txt`, import.meta.url)
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((s) => s.trim())
    .filter((s) => s !== '')
}

const half = <T>(items: T[], which: 'train' | 'measure') =>
  items.filter((_, i) => i % 2 === (which === 'train' ? 0 : 1))

/** The stories trained on (even-numbered) or kept to measure false alarms on (odd-numbered). */
export const storyHalf = (lang: Lang, which: 'train' | 'measure') => half(careStories(lang), which)

/** The short reviews trained on (even-numbered) or kept to measure false alarms on (odd-numbered). */
export const reviewHalf = (lang: Lang, which: 'train' | 'measure') => half(shortReviews(lang), which)

const EPOCHS = 12
const L2 = 1e-5
const RATE = 0.5
/** Weights smaller than this change no decision worth having and are not stored. */
const KEEP = 0.01

/** Logistic regression by AdaGrad over a fixed, seeded order of samples: the same input, the same model. */
export function train(samples: Sample[]): StoredModel {
  const data = samples.map((s) => ({ x: features(s.sentence), y: s.label }))
  const w = new Float64Array(BUCKETS)
  const g = new Float64Array(BUCKETS).fill(1e-8)
  let bias = 0
  let gBias = 1e-8
  let seed = 7
  const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
  const order = data.map((_, i) => i)
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    // Fisher–Yates with the seeded generator.
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1))
      ;[order[i], order[j]] = [order[j]!, order[i]!]
    }
    for (const i of order) {
      const { x, y } = data[i]!
      let z = bias
      for (const k of x) z += w[k]!
      const d = 1 / (1 + Math.exp(-z)) - y
      for (const k of x) {
        const grad = d + L2 * w[k]!
        g[k]! += grad * grad
        w[k]! -= (RATE * grad) / Math.sqrt(g[k]!)
      }
      gBias += d * d
      bias -= (RATE * d) / Math.sqrt(gBias)
    }
  }
  const weights: Record<string, number> = {}
  w.forEach((value, k) => {
    if (Math.abs(value) >= KEEP) weights[k] = Math.round(value * 1000) / 1000
  })
  return { bias: Math.round(bias * 1000) / 1000, weights }
}

/** Everything a language's model learns from. */
export const trainingSamples = (lang: Lang, texts?: LabelledText[]): Sample[] => [
  ...tuningSamples(lang, texts),
  ...[...storyHalf(lang, 'train'), ...reviewHalf(lang, 'train')].flatMap((text) =>
    sentencesOf(text).map((sentence): Sample => ({ sentence, label: 0 })),
  ),
]

export const THRESHOLD = 0.95

export const trainModels = (): ModelFile => ({
  threshold: THRESHOLD,
  en: train(trainingSamples('en')),
  cy: train(trainingSamples('cy')),
})
