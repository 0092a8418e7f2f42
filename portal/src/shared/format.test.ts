import { describe, expect, it } from 'vitest'
import { durationInWords, waitingInWords } from './format.ts'
import { welshDate } from './locale.ts'

describe('waitingInWords', () => {
  it('says how long, rounded down, as people say it', () => {
    expect(waitingInWords(20)).toBe('waiting less than a minute')
    expect(waitingInWords(60)).toBe('waiting 1 minute')
    expect(waitingInWords(3 * 3600 + 59 * 60)).toBe('waiting 3 hours')
    expect(waitingInWords(86400)).toBe('waiting 1 day')
    expect(waitingInWords(13 * 86400)).toBe('waiting 13 days')
    expect(waitingInWords(15 * 86400)).toBe('waiting 2 weeks')
  })

  it('never goes below zero', () => {
    expect(durationInWords(-5)).toBe('less than a minute')
  })
})

describe('welshDate', () => {
  // The month names and "at" come from the catalogue: English here, Welsh in a Welsh portal.
  it('puts a date together by hand, for browsers without Welsh data', () => {
    const d = new Date('2026-12-07T14:05:00Z')
    expect(welshDate({ day: true, month: 'long', utc: true })(d)).toBe('7 December 2026')
    expect(welshDate({ month: 'short', utc: true })(new Date('2026-02-01T00:00:00Z'))).toBe('Feb 2026')
    expect(welshDate({ day: true, month: 'long', time: true })(d)).toMatch(/^\d+ December 2026 at \d\d:\d\d$/)
  })
})
