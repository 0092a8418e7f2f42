import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { complaint } from './complaint.ts'

describe('complaint rule', () => {
  it.each([
    ['I want to make a formal complaint about my father’s care.', 'make a formal complaint'],
    ['I am suing the trust.', 'I am suing'],
    ['My solicitor has advised me.', 'My solicitor'],
    ['We are seeking compensation.', 'compensation'],
    ['I will be reporting them to the CQC.', 'reporting them to the CQC'],
    ['I will report Dr Evans to the GMC.', 'report Dr Evans to the GMC'],
    ['The Ombudsman upheld my complaint.', 'Ombudsman upheld my complaint'],
  ])('flags the complaint language in %j', (text, phrase) => {
    expect(flagged(text, complaint)).toEqual([phrase])
  })

  it('explains that Heard is not a complaints process and points to PALS', () => {
    expect(complaint.message).toMatch(/not a complaints process/)
    expect(complaint.message).toMatch(/PALS/)
  })

  it.each([
    ['I want to complain formally about the discharge.', 'want to complain'],
    ['We have instructed a solicitor.', 'instructed a solicitor'],
    ['I want financial redress for the cancelled operation.', 'financial redress'],
  ])('flags the newer phrases in %j', (text, phrase) => {
    expect(flagged(text, complaint)).toEqual([phrase])
  })

  it('does not take PALS alone for a complaint: people go there for help', () => {
    expect(flagged('I went to PALS but they never replied. PALS found us a wheelchair.', complaint)).toEqual(
      [],
    )
  })

  it('flags Welsh complaint language only in Welsh text', () => {
    expect(flagged('Rydw i am wneud cwyn ffurfiol ac wedi siarad â chyfreithiwr.', complaint, 'cy')).toEqual([
      'wneud cwyn',
      'chyfreithiwr',
    ])
    expect(flagged('Roedd Mam yn cwyno am boen yn ei brest. Aethon ni at PALS.', complaint, 'cy')).toEqual([])
  })

  it('does not flag a story that only mentions complaining, pals or someone called Sue', () => {
    const text =
      "I don't want to complain, I just want them to know. My pals visited. Thanks to Sue on reception. " +
      'The CQC rated the home good.'
    expect(flagged(text, complaint)).toEqual([])
  })
})
