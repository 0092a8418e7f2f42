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
