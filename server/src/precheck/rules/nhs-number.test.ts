import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { isValidNhsNumber, nhsNumber } from './nhs-number.ts'

describe('isValidNhsNumber', () => {
  it('accepts numbers whose mod-11 check digit is right, including a check digit of 0', () => {
    expect(isValidNhsNumber('9434765919')).toBe(true)
    expect(isValidNhsNumber('9876543210')).toBe(true)
  })

  it('rejects a wrong check digit, a check value of 10, and anything but ten digits', () => {
    expect(isValidNhsNumber('9434765918')).toBe(false)
    expect(isValidNhsNumber('1234567890')).toBe(false)
    expect(isValidNhsNumber('943476591')).toBe(false)
  })
})

describe('nhs_number rule', () => {
  it('flags a valid number spaced 3-3-4, with hyphens, or unspaced', () => {
    const text = 'Mine is 943 476 5919, mum has 401-023-2137 and dad 4857773457.'
    expect(flagged(text, nhsNumber)).toEqual(['943 476 5919', '401-023-2137', '4857773457'])
  })

  it('does not flag ten digits with an invalid check digit', () => {
    expect(flagged('The reference was 943 476 5918, or 123 456 7890.', nhsNumber)).toEqual([])
  })

  it('does not flag the digits of a longer number or of a +44 phone number', () => {
    expect(flagged('Order 99434765919 and call +44 161 496 0003.', nhsNumber)).toEqual([])
  })
})
