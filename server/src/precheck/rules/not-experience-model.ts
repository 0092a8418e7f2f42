import { readFileSync } from 'node:fs'
import type { Lang } from '../types.ts'

// A small learned model that backs up the not_experience cues: logistic regression over hashed
// words, word pairs and four-letter pieces of words, one per language. It is trained on the tuning
// corpora and the demo stories only (npm run precheck:train, server/bench/train-not-experience.ts)
// and asked only about texts in which nobody tells of care, so that a story is never flagged by it.

/** How many weights the hashed features share. */
export const BUCKETS = 1 << 20

/** A model as stored: its bias and the weights that matter, by feature bucket. */
export interface StoredModel {
  bias: number
  weights: Record<string, number>
}

export interface ModelFile {
  /** Above this probability a sentence reads as not an experience of care. */
  threshold: number
  en: StoredModel
  cy: StoredModel
}

/** Lower case, accents dropped (Welsh is often typed without them), curly apostrophes made plain. */
const foldText = (s: string) =>
  s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘]/g, "'")

/** FNV-1a, folded into BUCKETS. */
function bucket(key: string): number {
  let h = 2166136261
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 16777619)
  return (h >>> 0) % BUCKETS
}

/** The buckets a sentence's features fall in, each once. */
export function features(sentence: string): number[] {
  const found = new Set<number>()
  const words = foldText(sentence).match(/[\p{L}\p{N}']+|[?!]/gu) ?? []
  const padded = ['<s>', ...words, '</s>']
  for (let i = 0; i < padded.length; i++) {
    found.add(bucket(`u${padded[i]}`))
    if (i > 0) found.add(bucket(`b${padded[i - 1]} ${padded[i]}`))
  }
  for (const word of words) {
    const marked = `<${word}>`
    for (let i = 0; i + 4 <= marked.length; i++) found.add(bucket(`c${marked.slice(i, i + 4)}`))
  }
  if (/\d/.test(sentence)) found.add(bucket('has-digit'))
  if (/https?:|www\./i.test(sentence)) found.add(bucket('has-url'))
  if (/\?\s*$/.test(sentence)) found.add(bucket('ends-question'))
  return [...found]
}

export type Scorer = (sentence: string) => number

/** The probability the model gives that a sentence is not an experience of care. */
export function scorer(model: StoredModel): Scorer {
  const weights = new Map(Object.entries(model.weights).map(([k, w]) => [Number(k), w]))
  return (sentence) => {
    let z = model.bias
    for (const f of features(sentence)) z += weights.get(f) ?? 0
    return 1 / (1 + Math.exp(-z))
  }
}

export const MODEL_FILE = new URL('./not-experience-model.json', import.meta.url)

let loaded: { threshold: number; score: Record<Lang, Scorer> } | undefined

/** Whether the model reads `sentence` as not an experience of care (loaded once, on first use). */
export function learnedNotExperience(sentence: string, lang: Lang): boolean {
  if (!loaded) {
    const file = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile
    loaded = { threshold: file.threshold, score: { en: scorer(file.en), cy: scorer(file.cy) } }
  }
  return loaded.score[lang](sentence) > loaded.threshold
}
