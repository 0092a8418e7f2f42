export type DiffPart = { type: 'equal' | 'insert' | 'delete'; text: string }

/** Words (with their punctuation) and the whitespace between them. */
const tokenize = (text: string) => text.match(/\s+|[^\s]+/g) ?? []

/** Beyond this many edits a word diff stops helping a reader: show old and new whole. */
const MAX_EDITS = 1500

/**
 * A word-level diff of `before` → `after` (Myers' algorithm on tokens): what the moderator removed
 * and added. Whitespace between two changes joins them, so "Dr Okafor" → "the doctor" reads as one
 * replacement rather than a patchwork.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before)
  const b = tokenize(after)
  let start = 0
  while (start < a.length && start < b.length && a[start] === b[start]) start++
  let endA = a.length
  let endB = b.length
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--
    endB--
  }
  const middle = myers(a.slice(start, endA), b.slice(start, endB))
  const ops: DiffPart[] = [
    ...a.slice(0, start).map((text) => ({ type: 'equal' as const, text })),
    ...(middle ?? [
      ...a.slice(start, endA).map((text) => ({ type: 'delete' as const, text })),
      ...b.slice(start, endB).map((text) => ({ type: 'insert' as const, text })),
    ]),
    ...a.slice(endA).map((text) => ({ type: 'equal' as const, text })),
  ]
  return merge(absorbWhitespace(ops))
}

function myers(a: string[], b: string[]): DiffPart[] | undefined {
  const n = a.length
  const m = b.length
  const max = Math.min(n + m, MAX_EDITS)
  const offset = max + 1
  const v = new Int32Array(2 * max + 3)
  const trace: Int32Array[] = []
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice())
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1])
          ? v[offset + k + 1]
          : v[offset + k - 1] + 1
      let y = x - k
      while (x < n && y < m && a[x] === b[y]) {
        x++
        y++
      }
      v[offset + k] = x
      if (x >= n && y >= m) return backtrack(trace, a, b, offset)
    }
  }
  return undefined
}

function backtrack(trace: Int32Array[], a: string[], b: string[], offset: number): DiffPart[] {
  const out: DiffPart[] = []
  let x = a.length
  let y = b.length
  for (let d = trace.length - 1; d >= 0; d--) {
    const v = trace[d]
    const k = x - y
    const prevK = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? k + 1 : k - 1
    const prevX = v[offset + prevK]
    const prevY = prevX - prevK
    while (x > prevX && y > prevY) {
      out.push({ type: 'equal', text: a[--x] })
      y--
    }
    if (d > 0) {
      if (x === prevX) out.push({ type: 'insert', text: b[--y] })
      else out.push({ type: 'delete', text: a[--x] })
    }
  }
  return out.reverse()
}

function absorbWhitespace(ops: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  ops.forEach((op, i) => {
    const changed = (p?: DiffPart) => p !== undefined && p.type !== 'equal'
    if (op.type === 'equal' && /^\s+$/.test(op.text) && changed(out.at(-1)) && changed(ops[i + 1])) {
      out.push({ type: 'delete', text: op.text }, { type: 'insert', text: op.text })
    } else out.push(op)
  })
  // Within each run of changes, all deletions first, then all insertions.
  const sorted: DiffPart[] = []
  let run: DiffPart[] = []
  const flush = () => {
    sorted.push(...run.filter((p) => p.type === 'delete'), ...run.filter((p) => p.type === 'insert'))
    run = []
  }
  for (const op of out) {
    if (op.type === 'equal') {
      flush()
      sorted.push(op)
    } else run.push(op)
  }
  flush()
  return sorted
}

function merge(ops: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = []
  for (const op of ops) {
    const last = out.at(-1)
    if (last && last.type === op.type) last.text += op.text
    else out.push({ ...op })
  }
  return out
}

export const hasChanges = (parts: DiffPart[]) => parts.some((p) => p.type !== 'equal')
