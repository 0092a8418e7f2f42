import { describe, expect, it } from 'vitest'
import { loadCorpus, scoreCorpus } from './evaluate.ts'

const corpus = loadCorpus()
const score = scoreCorpus(corpus)
const recall = (rule: string) => score.rules.find((r) => r.rule === rule)!.recall

describe('pre-check corpus', () => {
  it('has at least 160 labelled sentences, many of them without any detail', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(160)
    expect(corpus.filter((entry) => entry.spans.length === 0).length).toBeGreaterThanOrEqual(50)
  })

  it.each(['email', 'phone', 'nhs_number', 'postcode'])('finds at least 95%% of %s labels', (rule) => {
    expect(recall(rule)).toBeGreaterThanOrEqual(0.95)
  })

  it('finds at least 80% of person_name labels', () => {
    expect(recall('person_name')).toBeGreaterThanOrEqual(0.8)
  })

  it('keeps overall precision at 85% or more', () => {
    expect(score.precision).toBeGreaterThanOrEqual(0.85)
  })
})
