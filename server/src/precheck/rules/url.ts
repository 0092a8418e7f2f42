import { matchSpans } from '../spans.ts'
import type { Check, Span } from '../types.ts'

const WITH_SCHEME = /\b(?:https?:\/\/|www\.)[^\s<>"']+/gi
// Bare domains only with a common top-level domain, so "e.g." or "report.pdf" stay unflagged.
// They are found from the top-level domain and widened to the left, which is linear in the text;
// the dot comes first in the regex, so that the look-behind is only tried at a dot.
const TOP_LEVEL =
  /\.(?<=[a-z0-9]\.)(?:com|org|net|uk|ie|eu|io|info|biz|me|app|online|site|blog|wales|scot|london|tv|ly|co)(?![\w@-])/gi
const HOST_CHAR = /[a-z0-9.-]/i
const PATH = /\/[^\s<>"']*/y
const TRAILING_PUNCTUATION = /[.,;:!?'"\]]+$/

function findBareDomains(text: string): Span[] {
  const spans: Span[] = []
  let searched = 0
  for (const m of text.matchAll(TOP_LEVEL)) {
    if (m.index < searched) continue
    let start = m.index
    while (start > searched && HOST_CHAR.test(text[start - 1]!)) start--
    while (!/[a-z0-9]/i.test(text[start]!)) start++
    let end = m.index + m[0].length
    while (end < text.length && HOST_CHAR.test(text[end]!)) end++
    searched = end
    // Part of an email address, or of a longer link already found from its scheme.
    if (start > 0 && /[@\w/]/.test(text[start - 1]!)) continue
    PATH.lastIndex = end
    if (PATH.exec(text)) end = PATH.lastIndex
    spans.push({ start, end })
  }
  return spans
}

/** Drops sentence punctuation after a link, and a closing bracket that the link did not open. */
function trimEnd(text: string, span: Span): Span {
  let value = text.slice(span.start, span.end)
  for (;;) {
    const trimmed = value.replace(TRAILING_PUNCTUATION, '')
    const unbalanced = trimmed.endsWith(')') && !trimmed.includes('(')
    const next = unbalanced ? trimmed.slice(0, -1) : trimmed
    if (next === value) break
    value = next
  }
  return { start: span.start, end: span.start + value.length }
}

export const url: Check = {
  rule: 'url',
  message: 'This looks like a web address. To keep you anonymous, please remove it.',
  find: (text) =>
    [...matchSpans(WITH_SCHEME, text), ...findBareDomains(text)]
      .map((span) => trimEnd(text, span))
      .filter((span) => span.end > span.start),
}
