import { readFileSync } from 'node:fs'
import { PRECHECK_RULES, runPrechecks } from './index.ts'
import { overlaps } from './spans.ts'
import type { PrecheckRule, Span } from './types.ts'
import { parseCorpus, type Lang, type LabelledText } from './corpora/parse.ts'

export interface CorpusEntry {
  text: string
  spans: { rule: PrecheckRule; text: string; occurrence?: number }[]
}

export interface RuleScore {
  rule: PrecheckRule
  /** Predicted flags that overlap a labelled span of the same rule. */
  tp: number
  /** Predicted flags that overlap none. */
  fp: number
  /** Labelled spans that no predicted flag overlaps. */
  fn: number
  labels: number
  precision: number
  recall: number
}

export interface CorpusScore {
  rules: RuleScore[]
  precision: number
  recall: number
}

export function loadCorpus(): CorpusEntry[] {
  return JSON.parse(readFileSync(new URL('./corpus.json', import.meta.url), 'utf8')) as CorpusEntry[]
}

/** The labelled span as offsets: the n-th occurrence of its text. */
function locate(entry: CorpusEntry, label: CorpusEntry['spans'][number]): Span {
  let start = -1
  for (let n = 0; n < (label.occurrence ?? 1); n++) {
    start = entry.text.indexOf(label.text, start + 1)
    if (start === -1) throw new Error(`label "${label.text}" not found in "${entry.text}"`)
  }
  return { start, end: start + label.text.length }
}

/** The first corpus (corpus.json, English) in the labelled-text form the scorer reads. */
export function toLabelledTexts(corpus: CorpusEntry[]): LabelledText[] {
  return corpus.map((entry) => ({
    text: entry.text,
    lang: 'en',
    labels: entry.spans.map((label) => ({ rule: label.rule, ...locate(entry, label) })),
  }))
}

export type CorpusPart = 'tuning' | 'held-out'

/** One part of the English and Welsh corpora (corpora/<part>/<lang>.txt). */
export function loadCorpusPart(part: CorpusPart, lang: Lang): LabelledText[] {
  const file = new URL(`./corpora/${part}/${lang}.txt`, import.meta.url)
  return parseCorpus(readFileSync(file, 'utf8'), lang)
}

const ratio = (part: number, whole: number) => (whole === 0 ? 1 : part / whole)

/** A wrong call of one rule on one sentence, to read while tuning (never on held-out text). */
export interface Miss {
  rule: PrecheckRule
  kind: 'missed' | 'false alarm'
  text: string
  span: string
}

/**
 * Scores each rule over labelled texts; the text's language is given to the checks. `misses`,
 * when given, collects what went wrong.
 */
export function scoreTexts(texts: LabelledText[], misses?: Miss[], givenLang = true): CorpusScore {
  const counts = new Map(PRECHECK_RULES.map((rule) => [rule, { tp: 0, fp: 0, fn: 0, labels: 0 }]))
  for (const entry of texts) {
    const flags = runPrechecks(entry.text, givenLang ? entry.lang : undefined)
    for (const rule of PRECHECK_RULES) {
      const count = counts.get(rule)!
      const labels = entry.labels.filter((s) => s.rule === rule)
      const predicted = flags.filter((f) => f.rule === rule)
      for (const flag of predicted) {
        if (labels.some((label) => overlaps(label, flag))) count.tp++
        else {
          count.fp++
          misses?.push({
            rule,
            kind: 'false alarm',
            text: entry.text,
            span: entry.text.slice(flag.start, flag.end),
          })
        }
      }
      count.labels += labels.length
      for (const label of labels.filter((l) => !predicted.some((flag) => overlaps(l, flag)))) {
        count.fn++
        misses?.push({
          rule,
          kind: 'missed',
          text: entry.text,
          span: entry.text.slice(label.start, label.end),
        })
      }
    }
  }
  const rules = PRECHECK_RULES.map((rule) => {
    const { tp, fp, fn, labels } = counts.get(rule)!
    return { rule, tp, fp, fn, labels, precision: ratio(tp, tp + fp), recall: ratio(labels - fn, labels) }
  })
  const sum = (key: 'tp' | 'fp' | 'fn' | 'labels') => rules.reduce((total, r) => total + r[key], 0)
  return {
    rules,
    precision: ratio(sum('tp'), sum('tp') + sum('fp')),
    recall: ratio(sum('labels') - sum('fn'), sum('labels')),
  }
}

export function scoreCorpus(corpus: CorpusEntry[]): CorpusScore {
  return scoreTexts(toLabelledTexts(corpus))
}

/** Texts of about `words` words, each made of corpus sentences in a different order. */
export function sampleTexts(corpus: { text: string }[], count: number, words = 1000): string[] {
  let seed = 42
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
  const texts: string[] = []
  for (let i = 0; i < count; i++) {
    const parts: string[] = []
    let total = 0
    while (total < words) {
      const sentence = corpus[Math.floor(random() * corpus.length)]!.text
      parts.push(sentence)
      total += sentence.split(/\s+/).length
    }
    texts.push(parts.join(' '))
  }
  return texts
}

export interface Timing {
  /** Wall-clock milliseconds per 1,000 words: the fastest trial and the median trial. */
  wallBest: number
  wallMedian: number
  /** CPU milliseconds per 1,000 words in the median trial: steadier when other work shares the machine. */
  cpuMedian: number
}

/** How long runPrechecks takes per 1,000 words, after a warm-up; each trial checks every text once. */
export function timePerThousandWords(texts: string[], trials = 9, lang?: Lang): Timing {
  for (const text of texts) runPrechecks(text, lang)
  const thousands = texts.reduce((total, text) => total + text.split(/\s+/).length, 0) / 1000
  const wall: number[] = []
  const cpu: number[] = []
  for (let trial = 0; trial < trials; trial++) {
    const startedCpu = process.cpuUsage()
    const started = performance.now()
    for (const text of texts) runPrechecks(text, lang)
    wall.push((performance.now() - started) / thousands)
    const used = process.cpuUsage(startedCpu)
    cpu.push((used.user + used.system) / 1000 / thousands)
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!
  return { wallBest: Math.min(...wall), wallMedian: median(wall), cpuMedian: median(cpu) }
}
