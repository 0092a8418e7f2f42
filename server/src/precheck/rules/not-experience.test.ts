import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { notExperience } from './not-experience.ts'

describe('not_experience rule', () => {
  it.each([
    'Visit our shop for 20% off all mobility scooters.',
    'The NHS is broken and the government should be ashamed.',
    'What are the visiting hours on the maternity ward?',
    'This is just a test, please ignore.',
  ])('flags advertising, a general opinion, a bare question or a test: %j', (text) => {
    expect(flagged(text, notExperience)).toEqual([text])
  })

  it('does not flag an experience of care that mentions the NHS, prices or a question', () => {
    const text =
      'I know the NHS is under pressure, but nobody told us anything. The nurses deserve a medal for how they ' +
      'looked after my mum. What the hell were they thinking sending him home?'
    expect(flagged(text, notExperience)).toEqual([])
  })

  it('reads Welsh advertising and opinions in Welsh text', () => {
    expect(
      flagged("Mae'r GIG wedi torri a dylai'r llywodraeth fod â chywilydd.", notExperience, 'cy'),
    ).toHaveLength(1)
    expect(flagged('Roedd staff y GIG a ofalodd am Dad yn anhygoel.', notExperience, 'cy')).toEqual([])
  })
})
