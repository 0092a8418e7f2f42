import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { profanity } from './profanity.ts'

describe('profanity rule', () => {
  it('flags hard profanity as whole words', () => {
    expect(flagged('What a fucking shambles, the care was shit.', profanity)).toEqual(['fucking', 'shit'])
  })

  it('flags soft profanity', () => {
    const text = 'Stop being a bloody nuisance, it was a load of crap and a pain in the arse. Damn.'
    expect(flagged(text, profanity)).toEqual(['bloody', 'crap', 'arse', 'Damn'])
  })

  it('flags words disguised with symbols or repeated letters', () => {
    expect(
      flagged('It was a sh*t night, he said f**k off, and it was fuuuuck awful, sh1t.', profanity),
    ).toEqual(['sh*t', 'f**k', 'fuuuuck', 'sh1t'])
  })

  it('flags a slur', () => {
    expect(flagged('One carer called him a spastic.', profanity)).toEqual(['spastic'])
  })

  it('does not flag words and names that contain a rude word', () => {
    const text =
      'In Scunthorpe the assessment was done by a therapist; we read Dickens, had a cocktail, ' +
      'met a Cockney porter from Penistone, Essex and Cumbria, and had a finger prick test.'
    expect(flagged(text, profanity)).toEqual([])
  })

  it('does not flag anatomy, sexual health or bleeding described as a symptom', () => {
    const text =
      'I had an anal fissure, a sexual health check, a sore penis, and bloody diarrhoea for days. ' +
      'Dad went out for a fag.'
    expect(flagged(text, profanity)).toEqual([])
  })

  it('flags disguised forms: symbols for letters, spelt-out and shortened forms', () => {
    const text = 'The wait was f***ing long, total sh1t, the effing machine, I was f-ing furious, w@nker.'
    expect(flagged(text, profanity)).toEqual(['f***ing', 'sh1t', 'effing', 'f-ing', 'w@nker'])
  })

  it('does not read numbers, prices or emphasis as disguised swearing', () => {
    expect(flagged('It cost £1! We waited 1 hour at bay 1, and it was *very* good.', profanity)).toEqual([])
  })

  it('flags Welsh swear words and their mutated forms in Welsh text only', () => {
    expect(flagged("Roedd e'n fastard ac roedd y bwyd yn gachu.", profanity, 'cy')).toEqual([
      'fastard',
      'gachu',
    ])
    expect(flagged('The AST blood test was normal.', profanity)).toEqual([])
  })
})
