import { readFileSync } from 'node:fs'
import type { Lang } from '../types.ts'

// A small learned model that backs up the not_experience cues: logistic regression over hashed
// words, word pairs and four-letter pieces of words, one per language. It is trained on the tuning
// corpora, half the story text and half the short reviews (npm run precheck:train,
// server/bench/not-experience-training.ts), and asked only about texts in which nobody tells of their
// own care (not-experience.ts), so that a story is not flagged by it.

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

const NOT_ASCII = /[^\0-\x7f]/
/** Lower case, accents dropped (Welsh is often typed without them), curly apostrophes made plain. */
function foldText(s: string) {
  const lower = s.toLowerCase()
  if (!NOT_ASCII.test(lower)) return lower
  return lower.normalize('NFD').replace(/\p{M}/gu, '').replace(/[’‘]/g, "'")
}

/** The words of folded text; plain ASCII (most text, once folded) takes a cheaper pattern. */
const wordsOf = (folded: string) =>
  (NOT_ASCII.test(folded) ? folded.match(/[\p{L}\p{N}']+|[?!]/gu) : folded.match(/[a-z0-9']+|[?!]/g)) ?? []

/**
 * Pieces of the words of care, in English and Welsh (with the Welsh mutations), matched in folded
 * text: a sentence with none of them talks of something other than care, or of care without naming it.
 */
const CARE_WORD =
  /nurs|doctor|\bdr\b|\bgp|ward|hospital|surger|clinic|\bcare|carer|appointment|treat|midwi|paramedic|ambulance|dentist|dental|pharmac|prescri|medic|tablet|\bscan|operation|consultant|reception|staff|hospice|therap|physio|\btest|blood|\bpain|diagnos|referr|discharg|admit|theatre|injection|\bjab|vaccin|\bnhs|patient|\bill\b|sick|nyrs|eddyg|ysbyty|glinig|ofal|apwyntiad|riniaeth|[bf]ydwr|ambiwlans|eintydd|fferyll|presgrip|[td]abled|sgan|[l]?lawdrin|ymgynghor|derbynfa|hosbis|ffisio|[pb]rawf|profion|gwaed|[pb]oen|theatr|pigiad|brechlyn|moddion|cleif|\b[cg]?laf\b|salwch|\bsal\b|\bgig\b/

const FNV_OFFSET = 2166136261
const FNV_PRIME = 16777619

/** FNV-1a over `text` from `from` to `to`, continuing from `h`. */
function fnv(h: number, text: string, from = 0, to = text.length): number {
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), FNV_PRIME)
  return h
}

const U = fnv(FNV_OFFSET, 'u')
const B = fnv(FNV_OFFSET, 'b')
const C = fnv(FNV_OFFSET, 'c')
const SPACE = ' '.charCodeAt(0)
const bucket = (h: number) => (h >>> 0) % BUCKETS

/**
 * The buckets a sentence's features fall in, each once: its words ("u" and the word), pairs of
 * words ("b", a word, a space, the next), and four-letter pieces of each word marked "<word>" ("c"
 * and the piece), with sentence start and end as words "<s>" and "</s>"; then whether it has a
 * digit, a web address, and ends in a question mark.
 */
export function features(sentence: string): number[] {
  const found = new Set<number>()
  const words = wordsOf(foldText(sentence))
  const padded = ['<s>', ...words, '</s>']
  for (let i = 0; i < padded.length; i++) {
    const word = padded[i]!
    found.add(bucket(fnv(U, word)))
    if (i > 0) found.add(bucket(fnv(Math.imul(fnv(B, padded[i - 1]!) ^ SPACE, FNV_PRIME), word)))
  }
  for (const word of words) {
    const marked = `<${word}>`
    for (let i = 0; i + 4 <= marked.length; i++) found.add(bucket(fnv(C, marked, i, i + 4)))
  }
  if (/\d/.test(sentence)) found.add(bucket(fnv(FNV_OFFSET, 'has-digit')))
  if (/https?:|www\./i.test(sentence)) found.add(bucket(fnv(FNV_OFFSET, 'has-url')))
  if (/\?\s*$/.test(sentence)) found.add(bucket(fnv(FNV_OFFSET, 'ends-question')))
  if (!CARE_WORD.test(words.join(' '))) found.add(bucket(fnv(FNV_OFFSET, 'no-care-word')))
  return [...found]
}

/** Whether a sentence names care at all ("the nurse", "ysbyty", "y feddygfa"). */
export const mentionsCare = (sentence: string) => CARE_WORD.test(foldText(sentence))

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
