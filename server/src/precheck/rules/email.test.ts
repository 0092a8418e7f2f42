import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { email } from './email.ts'

describe('email rule', () => {
  it('flags an email address without the sentence punctuation after it', () => {
    expect(flagged('You can email me at karen.smith@example.com.', email)).toEqual([
      'karen.smith@example.com',
    ])
  })

  it('flags addresses with plus signs, digits, capitals and several domain parts', () => {
    const text = 'Write to J.Bloggs+nhs99@Mail.Example.co.uk or ceo@riverside-nhs.example.org today.'
    expect(flagged(text, email)).toEqual([
      'J.Bloggs+nhs99@Mail.Example.co.uk',
      'ceo@riverside-nhs.example.org',
    ])
  })

  it('flags an address spelt out to dodge filters', () => {
    expect(flagged('Reach me on jane at example dot co dot uk please.', email)).toEqual([
      'jane at example dot co dot uk',
    ])
  })

  it('does not flag an @ that is not an address', () => {
    expect(flagged('We met @ the hospital at 2pm, and the nurse was at home.', email)).toEqual([])
    expect(flagged('Find them @NHSEngland or at foo@bar.', email)).toEqual([])
  })
})
