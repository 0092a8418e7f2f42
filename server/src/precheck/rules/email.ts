import { matchSpans } from '../spans.ts'
import type { Check, Span } from '../types.ts'

// An address is found from its "@", which is rare in prose, rather than by trying a pattern at
// every position of the text.
const LOCAL_CHAR = /[\w.%+-]/
const DOMAIN = /[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?![\w-])/iy
// The spelt-out form: "name at example dot com".
const SPELT_OUT =
  /(?<![\w.])[\w.+-]+\s*(?:\[at\]|\(at\)| at )\s*[a-z0-9-]+\s*(?:(?:\[dot\]|\(dot\)| dot )\s*[a-z0-9-]+\s*)*(?:\[dot\]|\(dot\)| dot )\s*(?:com|org|net|uk|co|nhs)\b/gi
const SPELT_OUT_HINT = / dot |\[dot\]|\(dot\)/i

function findAddresses(text: string): Span[] {
  const spans: Span[] = []
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at
    while (start > 0 && LOCAL_CHAR.test(text[start - 1]!)) start--
    DOMAIN.lastIndex = at + 1
    const domain = DOMAIN.exec(text)
    if (start < at && domain) spans.push({ start, end: DOMAIN.lastIndex })
  }
  return spans
}

export const email: Check = {
  rule: 'email',
  message: 'This looks like an email address. To keep you anonymous, please remove it.',
  find: (text) => [...findAddresses(text), ...(SPELT_OUT_HINT.test(text) ? matchSpans(SPELT_OUT, text) : [])],
}
