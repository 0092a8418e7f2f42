import { mergeSpans } from './spans.ts'
import type { Check, Lang } from './types.ts'

/**
 * The text of each span that one check flags, merged and in order as runPrechecks reports them.
 * Rule tests call their check directly, so they do not load every rule's dependencies.
 */
export function flagged(text: string, check: Check, lang: Lang = 'en'): string[] {
  return mergeSpans(check.find(text, lang)).map((span) => text.slice(span.start, span.end))
}
