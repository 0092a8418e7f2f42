import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { careStories, sentencesOf, storyHalf, trainModels } from '../../../bench/not-experience-training.ts'
import { features, MODEL_FILE, scorer, type ModelFile } from './not-experience-model.ts'
import { mayAskModel, notExperience, tellsOfCare, tellsOfOwnCare } from './not-experience.ts'
import { runPrechecks } from '../index.ts'

const stored = JSON.parse(readFileSync(MODEL_FILE, 'utf8')) as ModelFile

describe('the learned not_experience model', () => {
  it('is what training on the tuning corpora and half the stories writes (npm run precheck:train)', () => {
    // Compared as text: printing the difference of 40,000 weights would take minutes.
    const same = JSON.stringify(trainModels()) === JSON.stringify(stored)
    expect(same, 'the stored model is not what training writes: run npm run precheck:train').toBe(true)
  })

  it('reads words, word pairs and pieces of words, accents or not', () => {
    expect(features('Ysbyty')).toEqual(features('ysbyty'))
    expect(features('Gofal ardderchog, diolch')).toEqual(features('gofal ardderchog, diolch'))
    expect(features('â')).toEqual(features('a'))
    expect(new Set(features('Buy one get one free')).size).toBeGreaterThan(10)
  })

  it.each(['en', 'cy'] as const)('flags nothing in the %s stories it was not trained on', (lang) => {
    const score = scorer(stored[lang])
    const stories = storyHalf(lang, 'measure')
    expect(stories.length).toBeGreaterThanOrEqual(lang === 'en' ? 100 : 20)
    // As the rule asks it: only where nobody tells of their own care and names it, so a story is
    // read whole, and also as its first sentence alone (as the form checks it while the author is
    // still writing).
    const flagged = (text: string) => {
      const sentences = sentencesOf(text)
      if (tellsOfOwnCare(sentences, lang)) return []
      return sentences.filter((s) => mayAskModel(s, lang) && score(s) > stored.threshold)
    }
    expect(stories.flatMap(flagged)).toEqual([])
    expect(stories.flatMap((story) => flagged(sentencesOf(story)[0]!))).toEqual([])
    // Without that condition the model alone would: the condition is what keeps stories safe.
    const unguarded = stories.flatMap((story) =>
      sentencesOf(story).filter((s) => score(s) > stored.threshold),
    )
    expect(unguarded.length).toBeGreaterThan(0)
  })

  it('never flags a sentence of a text in which someone tells of care, nor one in capitals', () => {
    const text =
      'Special offer this week only on hearing aids at our shop. My dad was seen on the ward and they were kind.'
    expect(notExperience.find(text, 'en').map((s) => text.slice(s.start, s.end))).toEqual([
      'Special offer this week only on hearing aids at our shop.',
    ])
    const told =
      'Looking for a kind carer to join the team near you. I was looked after by the district nurses.'
    const flags = notExperience.find(told, 'en').map((s) => told.slice(s.start, s.end))
    expect(flags).not.toContain('I was looked after by the district nurses.')
    // Shouting is all_caps' to point out, however the model reads it.
    const shout = 'STOP IGNORING PATIENTS who are in pain.'
    expect(mayAskModel(shout, 'en')).toBe(false)
    expect(mayAskModel('Stop ignoring patients who are in pain, NHS.', 'en')).toBe(true)
    expect(notExperience.find(shout, 'en')).toEqual([])
  })

  it('is asked where someone speaks of themselves without telling of care, never about care told in the past', () => {
    // From the tuning corpus: "my mum" tells of someone close, but of no care.
    const misdirected = 'sorry meant to send this to my mum, ignore'
    expect(tellsOfCare(misdirected, 'en')).toBe(true)
    expect(tellsOfOwnCare([misdirected], 'en')).toBe(false)
    expect(notExperience.find(misdirected, 'en')).toEqual([
      { start: 0, end: misdirected.length, moderatorsOnly: true },
    ])
    expect(mayAskModel('The older doctors were more relaxed.', 'en')).toBe(false)
    expect(mayAskModel('Roedd y nyrsys yn garedig.', 'cy')).toBe(false)
    expect(mayAskModel('Happy birthday to our Nan, ninety today.', 'en')).toBe(true)
  })

  it('marks what only the model reads as for moderators, and leaves it out for authors', () => {
    const text = "Calon lân yn llawn daioni, tecach yw na'r lili dlos" // a hymn's words, not a story
    const spans = notExperience.find(text, 'cy')
    expect(spans.some((s) => s.moderatorsOnly)).toBe(true)
    expect(runPrechecks(text, 'cy').filter((f) => f.rule === 'not_experience')).not.toEqual([])
    expect(runPrechecks(text, 'cy', 'author').filter((f) => f.rule === 'not_experience')).toEqual([])
    // What a cue finds is the author's to see too.
    const advert = 'Visit our shop for 20% off all mobility scooters.'
    expect(notExperience.find(advert, 'en')).toEqual([{ start: 0, end: advert.length }])
  })

  it('has Welsh story text to learn from and to measure on', () => {
    expect(careStories('cy').length).toBeGreaterThanOrEqual(40)
  })
})
