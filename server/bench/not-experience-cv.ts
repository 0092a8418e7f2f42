// False alarms of the learned not_experience model on tuning text it was not trained on: five
// folds of the tuning corpus, each scored by a model trained on the other four (and half the story
// text), counting sentences the model would add that carry no not_experience label. This is what
// chose the model's threshold. Run: npx tsx server/bench/not-experience-cv.ts
import { loadCorpusPart } from '../src/precheck/evaluate.ts'
import { scorer } from '../src/precheck/rules/not-experience-model.ts'
import { mayAskModel, notExperience, SENTENCE, tellsOfOwnCare } from '../src/precheck/rules/not-experience.ts'
import { sentencesOf, storyHalf, THRESHOLD, train, tuningSamples } from './not-experience-training.ts'
import type { Lang } from '../src/precheck/types.ts'

const FOLDS = 5
const THRESHOLDS = [0.8, 0.9, 0.95, 0.97, THRESHOLD].filter((t, i, all) => all.indexOf(t) === i)

for (const lang of ['en', 'cy'] as Lang[]) {
  const texts = loadCorpusPart('tuning', lang)
  const stories = storyHalf(lang, 'train').flatMap((s) =>
    sentencesOf(s).map((sentence) => ({ sentence, label: 0 as const })),
  )
  const falseAlarms = new Map(THRESHOLDS.map((t) => [t, 0]))
  let unlabelled = 0
  for (let fold = 0; fold < FOLDS; fold++) {
    const score = scorer(
      train([
        ...tuningSamples(
          lang,
          texts.filter((_, i) => i % FOLDS !== fold),
        ),
        ...stories,
      ]),
    )
    for (const text of texts.filter((_, i) => i % FOLDS === fold)) {
      const sentences = [...text.text.matchAll(SENTENCE)].filter((m) => m[0].trim() !== '')
      if (
        tellsOfOwnCare(
          sentences.map((m) => m[0]),
          lang,
        )
      )
        continue
      const byRules = notExperience.find(text.text, lang)
      for (const m of sentences) {
        const [start, end] = [m.index, m.index + m[0].length]
        const overlaps = (s: { start: number; end: number }) => s.start < end && s.end > start
        if (text.labels.some((l) => l.rule === 'not_experience' && overlaps(l))) continue
        unlabelled++
        if (byRules.some(overlaps) || !mayAskModel(m[0], lang)) continue
        const p = score(m[0])
        for (const t of THRESHOLDS) if (p > t) falseAlarms.set(t, falseAlarms.get(t)! + 1)
      }
    }
  }
  console.log(`${lang}: ${unlabelled} unlabelled sentences in texts where nobody tells of their own care`)
  for (const [t, n] of falseAlarms) console.log(`  threshold ${t}: ${n} false alarms the model adds`)
}
