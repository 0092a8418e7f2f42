import { overlaps } from '../spans.ts'
import type { Check, Span } from '../types.ts'
import { findNhsNumbers } from './nhs-number.ts'

// Starts like a UK number (+44, 0044, 0 or "(0"), then digits with single spaces, hyphens or
// brackets between them. Colons and slashes never join, so times and dates stay out.
// At most 14 more digits: no UK number is longer, and it keeps long digit runs cheap.
const CANDIDATE = /(?<![\w+/.:-])(?:(?:\+|00)\s?44[ -]?(?:\(0\)[ -]?)?\(?|\(?0)\d(?:\)?[ -]?\(?\d){0,14}/g
const GROUP = /\d+/g

/** A national number (with its leading 0) has 10 or 11 digits and a real first digit. */
function isUkNumber(candidate: string): boolean {
  const digits = candidate.replace(/\D/g, '')
  if (/^(?:\+|00)/.test(candidate)) {
    const national = digits.replace(/^(?:00)?44/, '').replace(/^0/, '')
    return /^[1235789]\d{8,9}$/.test(national)
  }
  return /^0[1235789]\d{8,9}$/.test(digits)
}

/** The longest run of whole digit groups, from the start, that is a UK number. */
function longestNumber(candidate: string): number {
  const ends = [...candidate.matchAll(GROUP)].map((m) => m.index + m[0].length)
  for (let i = ends.length - 1; i >= 0; i--) {
    let end = ends[i]!
    if (candidate[end] === ')') end++
    if (isUkNumber(candidate.slice(0, end))) return end
  }
  return 0
}

export const phone: Check = {
  rule: 'phone',
  message: 'This looks like a phone number. To keep you anonymous, please remove it.',
  find(text) {
    const nhsNumbers = findNhsNumbers(text)
    const spans: Span[] = []
    for (const m of text.matchAll(CANDIDATE)) {
      const length = longestNumber(m[0])
      const span = { start: m.index, end: m.index + length }
      if (length > 0 && !nhsNumbers.some((nhs) => overlaps(nhs, span))) spans.push(span)
    }
    return spans
  },
}
