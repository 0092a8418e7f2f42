import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { postcode } from './postcode.ts'

describe('postcode rule', () => {
  it('flags full UK postcodes of every shape', () => {
    const text = 'SW1A 1AA, M1 1AE, B33 8TH, CR2 6XH, DN55 1PT and EC1A 1BB.'
    expect(flagged(text, postcode)).toEqual([
      'SW1A 1AA',
      'M1 1AE',
      'B33 8TH',
      'CR2 6XH',
      'DN55 1PT',
      'EC1A 1BB',
    ])
  })

  it('flags a postcode written without its space', () => {
    expect(flagged('I travelled from EC1A1BB every day.', postcode)).toEqual(['EC1A1BB'])
  })

  it('flags a lower-case postcode when it is clearly one', () => {
    expect(flagged('My postcode is cr2 6xh.', postcode)).toEqual(['cr2 6xh'])
    expect(flagged('postcode: ec1a1bb', postcode)).toEqual(['ec1a1bb'])
  })

  it('does not flag A&E, a motorway, a ward, an outward code alone or an ordinal', () => {
    const text = 'A&E was busy, the M1 was shut, Ward 7B was full, we live in NE1, and vitamin b12 3rd time.'
    expect(flagged(text, postcode)).toEqual([])
  })
})
