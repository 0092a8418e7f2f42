import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { url } from './url.ts'

describe('url rule', () => {
  it('flags links with a scheme and drops the full stop after them', () => {
    expect(flagged('My blog is at https://mumsjourney.example.com/hospital-stay.', url)).toEqual([
      'https://mumsjourney.example.com/hospital-stay',
    ])
  })

  it('flags www addresses and bare domains with a path', () => {
    const text = 'See www.savelocalmaternity.example.org.uk and facebook.com/groups/prems, or nhs.uk.'
    expect(flagged(text, url)).toEqual([
      'www.savelocalmaternity.example.org.uk',
      'facebook.com/groups/prems',
      'nhs.uk',
    ])
  })

  it('keeps a closing bracket that the link did not open out of the span', () => {
    expect(flagged('The page (http://example.nhs.uk/maternity) is wrong.', url)).toEqual([
      'http://example.nhs.uk/maternity',
    ])
  })

  it('leaves the domain of an email address to the email rule', () => {
    expect(flagged('Email sam.jones@example.co.uk for details.', url)).toEqual([])
  })

  it('does not flag abbreviations, file names or decimals', () => {
    expect(flagged('Tests, e.g. bloods and i.e. an ECG, then report.pdf at 3.5 hours.', url)).toEqual([])
  })
})
