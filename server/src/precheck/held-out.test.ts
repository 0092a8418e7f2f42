import { describe, expect, it } from 'vitest'
import { PRECHECK_RULES } from './index.ts'
import { loadCorpusPart, scoreTexts } from './evaluate.ts'
import type { Lang, PrecheckRule } from './types.ts'

// The held-out corpora were split from the tuning corpora by a hash when they were written
// (server/bench/precheck-split.ts) and are never read while rules are changed: these are the
// figures a moderator can lean on. Issue 14's targets: recall ≥ 0.95 and precision ≥ 0.9 for
// every rule, in English and in Welsh.
const RECALL = 0.95
const PRECISION = 0.9
const MIN_SENTENCES = 300
// Rules still short of the recall target on held-out text (BENCHMARKS.md, fifth round, fifth
// measurement, with the learned model behind the cues): not_experience finds 104 of 110 English
// and 105 of 111 Welsh labels; of the part two independent writers added (W1 and W2), 68 and 68
// of 74. Held at what it reaches, so that it cannot get worse unnoticed.
const RECALL_BELOW_TARGET: Partial<Record<Lang, Partial<Record<PrecheckRule, number>>>> = {
  en: { not_experience: 0.945 },
  cy: { not_experience: 0.945 },
}

describe.each<Lang>(['en', 'cy'])('pre-checks on the held-out %s corpus', (lang) => {
  const texts = loadCorpusPart('held-out', lang)
  const score = scoreTexts(texts)

  it(`has at least ${MIN_SENTENCES} sentences, positives and hard negatives`, () => {
    expect(texts.length).toBeGreaterThanOrEqual(MIN_SENTENCES)
    expect(texts.filter((t) => t.labels.length === 0).length).toBeGreaterThanOrEqual(MIN_SENTENCES / 3)
  })

  const meeting = PRECHECK_RULES.filter((rule) => RECALL_BELOW_TARGET[lang]?.[rule] === undefined)
  const short = PRECHECK_RULES.filter((rule) => RECALL_BELOW_TARGET[lang]?.[rule] !== undefined)

  it.each(meeting)(`finds at least ${RECALL * 100}%% of %s labels`, (rule) => {
    const r = score.rules.find((x) => x.rule === rule)!
    expect(r.labels).toBeGreaterThan(0)
    expect(r.recall).toBeGreaterThanOrEqual(RECALL)
  })

  it.each(short)(`holds %s recall at its measured floor (below the ${RECALL * 100}%% target)`, (rule) => {
    expect(score.rules.find((x) => x.rule === rule)!.recall).toBeGreaterThanOrEqual(
      RECALL_BELOW_TARGET[lang]![rule]!,
    )
  })

  it.each(PRECHECK_RULES)(`keeps %s precision at ${PRECISION * 100}%% or more`, (rule) => {
    expect(score.rules.find((x) => x.rule === rule)!.precision).toBeGreaterThanOrEqual(PRECISION)
  })
})
