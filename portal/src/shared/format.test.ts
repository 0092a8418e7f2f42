import { describe, expect, it } from 'vitest'
import { durationInWords, waitingInWords } from './format.ts'

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
