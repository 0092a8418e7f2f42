import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { personDescription } from './person-description.ts'

describe('person_description rule', () => {
  it.each([
    [
      'The tall ginger nurse with the neck tattoo was rude.',
      'The tall ginger nurse with the neck tattoo was rude',
    ],
    ['It was the only male midwife on the unit.', 'the only male midwife'],
    [
      'The doctor with the strong Glaswegian accent ignored me.',
      'The doctor with the strong Glaswegian accent ignored me',
    ],
  ])('flags a description that could identify someone in %j', (text, span) => {
    expect(flagged(text, personDescription)).toEqual([span])
  })

  it('does not flag a single ordinary detail, an object or a uniform', () => {
    const text =
      'A young doctor came. The nurse with the clipboard was busy. The nurse in the blue uniform brought tea. ' +
      'The tall windows let in light. A Welsh-speaking nurse was found for my nan.'
    expect(flagged(text, personDescription)).toEqual([])
  })

  it('reads Welsh descriptions, where adjectives follow the noun', () => {
    expect(flagged("Roedd y nyrs gyda'r tatŵ ar ei gwddf yn anghwrtais.", personDescription, 'cy')).toEqual([
      "y nyrs gyda'r tatŵ ar ei gwddf",
    ])
    expect(
      flagged('Esboniodd y llawfeddyg y graith. Roedd y meddyg yn brysur.', personDescription, 'cy'),
    ).toEqual([])
  })
})
