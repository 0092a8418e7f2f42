import type { Span } from './types.ts'

/**
 * Every match of a global regex as a span of one capture group (0 = the whole match). A pattern
 * that reports a group other than 0 needs the `d` flag, which gives each group's offsets.
 */
export function matchSpans(pattern: RegExp, text: string, group = 0): Span[] {
  const spans: Span[] = []
  for (const m of text.matchAll(pattern)) {
    const range = group === 0 ? [m.index, m.index + m[0].length] : m.indices?.[group]
    if (range) spans.push({ start: range[0], end: range[1] })
  }
  return spans
}

/** Sorts spans and unites those that overlap, so that one rule never reports a place twice. */
export function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end)
  const merged: Span[] = []
  for (const span of sorted) {
    const last = merged.at(-1)
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end)
    else merged.push({ ...span })
  }
  return merged
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end
}

// Where a capital letter may stand: ASCII and Latin-1 capitals, and any character past U+00FF but
// general punctuation (the pattern itself decides). Found without the u flag, once per text and
// shared by the patterns that ask: much cheaper than a Unicode pattern trying every position.
// A name starts with a capital and a lower-case letter ("Sarah", "McAllister") or an apostrophe
// ("O'Neill"), so capitals of acronyms ("NHS") and "I" alone are passed over.
const MAYBE_CAPITAL = /[A-ZÀ-ÖØ-Þ\u0100-\u200f\u2070-\uffff](?=[a-zß-öø-ÿ'’\u0100-\uffff])/g

let lastText: string | undefined
let lastCapitals: number[] = []

function capitals(text: string): number[] {
  if (text === lastText) return lastCapitals
  const found: number[] = []
  MAYBE_CAPITAL.lastIndex = 0
  for (let c = MAYBE_CAPITAL.exec(text); c; c = MAYBE_CAPITAL.exec(text)) found.push(c.index)
  lastText = text
  lastCapitals = found
  return found
}

/**
 * What `text.matchAll(pattern)` gives, for a pattern whose every match starts with a capital letter
 * and then a lower-case letter or an apostrophe (a name: "Sarah", "McAllister", "O'Neill"): the pattern, sticky, is tried only where a capital may
 * stand, in order, and a match is skipped past as matchAll does.
 */
export function matchAllFromCapitals(sticky: RegExp, text: string): RegExpExecArray[] {
  if (!sticky.sticky || sticky.global)
    throw new Error('matchAllFromCapitals needs a sticky, non-global regex')
  const found: RegExpExecArray[] = []
  let from = 0
  for (const index of capitals(text)) {
    if (index < from) continue
    sticky.lastIndex = index
    const m = sticky.exec(text)
    if (!m) continue
    found.push(m)
    from = Math.max(index + 1, index + m[0].length)
  }
  return found
}

/** A sticky copy of a global regex, for matchAllFromCapitals. */
export const sticky = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.replace('g', '') + 'y')
