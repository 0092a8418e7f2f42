import { describe, expect, it } from 'vitest'
import { answerPrechecks, PRECHECK_RULES, runPrechecks, storyPrechecks, WARM_TEXTS } from './index.ts'

const STORY =
  'My wife Sarah was seen by Dr Okafor on 12/03/2024. Call me on 07700 900123 or email ' +
  'sarah.k@example.com. We live in M1 1AE. It was a bloody disgrace and I want to make a formal complaint.'

describe('runPrechecks', () => {
  it('returns flags sorted by start, then end', () => {
    const flags = runPrechecks(STORY)
    expect(flags.length).toBeGreaterThan(5)
    const sorted = [...flags].sort((a, b) => a.start - b.start || a.end - b.end)
    expect(flags).toEqual(sorted)
  })

  it('finds each kind of detail in one story', () => {
    const found = runPrechecks(STORY).map((f) => `${f.rule}: ${STORY.slice(f.start, f.end)}`)
    expect(found).toEqual([
      'person_name: Sarah',
      'person_name: Dr Okafor',
      'date: 12/03/2024',
      'phone: 07700 900123',
      'email: sarah.k@example.com',
      'postcode: M1 1AE',
      'profanity: bloody',
      'complaint: make a formal complaint',
    ])
  })

  it('reports UTF-16 offsets, so emoji before a detail do not shift it', () => {
    const text = 'Brilliant care 😊👍 from Nurse Jenny, ring 07700 900123.'
    const found = runPrechecks(text).map((f) => text.slice(f.start, f.end))
    expect(found).toEqual(['Nurse Jenny', '07700 900123'])
  })

  it('never returns overlapping flags for one rule', () => {
    const text = 'I want to kill myself, I want to end it all, kill myself, self-harm, SELF-HARM.'
    for (const rule of PRECHECK_RULES) {
      const flags = runPrechecks(text).filter((f) => f.rule === rule)
      for (let i = 1; i < flags.length; i++) expect(flags[i]!.start).toBeGreaterThanOrEqual(flags[i - 1]!.end)
    }
  })

  it('gives every flag a message for the author', () => {
    for (const flag of runPrechecks(STORY)) expect(flag.message.length).toBeGreaterThan(20)
  })

  it('returns nothing for a story without personal details or risk', () => {
    const text =
      'We waited six hours in A&E on Ward 7B before anyone saw my mum. At 10:30 the consultant came and ' +
      'explained the scan. I rang NHS 111 in 2023, and 999 last March. The nurses were kind.'
    expect(runPrechecks(text)).toEqual([])
  })

  it('returns nothing for empty text', () => {
    expect(runPrechecks('')).toEqual([])
  })

  it('handles a long text of repeated details quickly', () => {
    const text = 'Dr Okafor rang 07700 900123 on 12/03/2024 about SW1A 1AA. Grace was here. '.repeat(260)
    const started = performance.now()
    const flags = runPrechecks(text)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(flags.filter((f) => f.rule === 'phone')).toHaveLength(260)
  })
})

describe('the pre-checks of a story and of an answer to one', () => {
  const advert = 'Mobility scooters half price this week only, delivered free.'

  it('reads whether a story tells of care from its body, not its title', () => {
    const flags = storyPrechecks(advert, 'My dad was seen by the district nurse every day and she was kind.')
    expect(runPrechecks(advert).map((f) => f.rule)).toContain('not_experience')
    expect(flags).toEqual([])
    // The title is still checked for what could identify someone.
    const named = storyPrechecks('Thank you Nurse Joy', advert)
    expect(named.map((f) => `${f.field} ${f.rule}`)).toEqual(['title person_name', 'body not_experience'])
  })

  it('never asks whether an answer tells of care, and a response is not judged for complaint words', () => {
    const response =
      "Thank you for telling us about your father's stay. Our PALS team can help you make a formal complaint."
    expect(runPrechecks(response).map((f) => f.rule)).toContain('complaint')
    expect(answerPrechecks(advert, 'response')).toEqual([])
    expect(answerPrechecks(advert, 'reply')).toEqual([])
    expect(answerPrechecks(response, 'response')).toEqual([])
    expect(answerPrechecks(response, 'reply').map((f) => f.rule)).toEqual(['complaint'])
    expect(answerPrechecks('Please ring 07700 900123.', 'response').map((f) => f.rule)).toEqual(['phone'])
  })
})

describe('WARM_TEXTS', () => {
  // warmPrechecks runs these at start-up so that V8 compiles the regexes every story meets while
  // it still optimises them; the texts must keep reaching the rules that scan the whole text.
  it.each(['en', 'cy'] as const)('reach the scanning rules in %s', (lang) => {
    const rules = WARM_TEXTS.filter(([, l]) => l === lang).flatMap(([text]) =>
      runPrechecks(text, lang).map((f) => f.rule),
    )
    expect(new Set(rules)).toEqual(new Set(['person_name', 'date', 'phone', 'complaint', 'not_experience']))
  })
})
