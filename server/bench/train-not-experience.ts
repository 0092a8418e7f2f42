// Trains the not_experience model on the tuning corpora and half the story text, and writes it to
// server/src/precheck/rules/not-experience-model.json. Run: npm run precheck:train
// (held-out.test.ts checks that the stored model is what this writes).
import { writeFileSync } from 'node:fs'
import { MODEL_FILE } from '../src/precheck/rules/not-experience-model.ts'
import { trainingSamples, trainModels } from './not-experience-training.ts'

for (const lang of ['en', 'cy'] as const) {
  const samples = trainingSamples(lang)
  const positives = samples.filter((s) => s.label === 1).length
  console.log(`${lang}: training on ${samples.length} sentences, ${positives} not an experience of care`)
}
const models = trainModels()
writeFileSync(MODEL_FILE, `${JSON.stringify(models)}\n`)
for (const lang of ['en', 'cy'] as const) {
  console.log(`${lang}: ${Object.keys(models[lang].weights).length} weights kept`)
}
console.log(`written to ${MODEL_FILE.pathname}`)
