import type { ListedFlag } from './heard-flag-list.ts'
import type { Flag } from './types.ts'

/** The flags in reading order (title before body), numbered as the marks in the text are. */
export function numberFlags(
  flags: (Omit<Flag, 'field'> & { field?: Flag['field'] })[],
  texts: Record<string, string>,
): ListedFlag[] {
  const field = (f: { field?: Flag['field'] }) => f.field ?? 'body'
  return [...flags]
    .sort((a, b) => (field(a) === field(b) ? a.start - b.start : field(a) === 'title' ? -1 : 1))
    .map((f, i) => ({ ...f, field: field(f), n: i + 1, quote: texts[field(f)]?.slice(f.start, f.end) }))
}
