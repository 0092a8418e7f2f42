import type { Check, Span } from '../types.ts'

// Outward code (area letters, district digit, optional letter or digit), inward code (digit and
// two letters that Royal Mail uses). Matched case-insensitively, then judged below.
const CANDIDATE = /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/gi
const ORDINAL_TAIL = /\d(?:st|nd|rd|th)$/i
const POSTCODE_LABEL = /post ?code\W{0,3}$/i

/**
 * Capitals ("B33 8TH", "EC1A1BB") are taken as written. Lower case must keep the space and not end
 * like an ordinal ("b12 3rd"), unless the author has just written "postcode".
 */
function isClearlyPostcode(value: string, before: string): boolean {
  if (value === value.toUpperCase()) return true
  if (POSTCODE_LABEL.test(before)) return true
  return value.includes(' ') && !ORDINAL_TAIL.test(value)
}

export const postcode: Check = {
  rule: 'postcode',
  message: 'This looks like a postcode. To keep you anonymous, please remove it or give just the town.',
  find(text) {
    const spans: Span[] = []
    for (const m of text.matchAll(CANDIDATE)) {
      const before = text.slice(Math.max(0, m.index - 12), m.index)
      if (isClearlyPostcode(m[0], before)) spans.push({ start: m.index, end: m.index + m[0].length })
    }
    return spans
  },
}
