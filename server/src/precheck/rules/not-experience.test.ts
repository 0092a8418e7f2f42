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

  it.each([
    'The NHS is the envy of the world.',
    'Politicians have no idea what it is like on the front line.',
    'The NHS is a national treasure and we must protect it.',
    'Fancy a career in care? Join our friendly team and get paid weekly.',
  ])('flags a general opinion or an advert told in words no list names: %j', (text) => {
    expect(flagged(text, notExperience)).toHaveLength(1)
  })

  it('does not flag a statement about one place, or one told by someone who was there', () => {
    const text =
      'The hospice has a lovely garden where patients can sit. The staff on that ward work so hard. ' +
      'Waiting times were long, but the care was excellent. The ward clerk gave us a discount code for parking.'
    expect(flagged(text, notExperience)).toEqual([])
    expect(flagged("Mae'r GIG yn destun eiddigedd y byd.", notExperience, 'cy')).toHaveLength(1)
    expect(flagged("Mae'r GIG yn golygu popeth i'n teulu.", notExperience, 'cy')).toEqual([])
  })
})
