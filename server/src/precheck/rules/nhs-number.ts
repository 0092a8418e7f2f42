import type { Check, Span } from '../types.ts'

// Ten digits, optionally grouped 3-3-4; not the tail of a +44 phone number.
const CANDIDATE = /(?<![\w+])(?<!\+\s?44[\s-]?(?:\(0\)[\s-]?)?)\d{3}[ -]?\d{3}[ -]?\d{4}(?![\w-])/g

/** The NHS mod-11 check: weights 10..2 on the first nine digits; 11 → 0; 10 is never issued. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i)
  const check = 11 - (sum % 11)
  if (check === 10) return false
  return (check === 11 ? 0 : check) === Number(digits[9])
}

export function findNhsNumbers(text: string): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(CANDIDATE)) {
    if (isValidNhsNumber(m[0].replace(/\D/g, ''))) spans.push({ start: m.index, end: m.index + m[0].length })
  }
  return spans
}

export const nhsNumber: Check = {
  rule: 'nhs_number',
  message: 'This looks like an NHS number. To keep you anonymous, please remove it.',
  find: findNhsNumbers,
}
