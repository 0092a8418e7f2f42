export type Span = { start: number; end: number }
export type Segment = { text: string; start: number; flags: number[] }

/**
 * Cuts `text` at every flag boundary. Each segment lists the indexes (into `flags`) of the flags
 * covering it, so overlapping flags still highlight every character they cover.
 */
export function segments(text: string, flags: Span[]): Segment[] {
  const valid = flags
    .map((f, i) => ({ start: Math.max(0, f.start), end: Math.min(text.length, f.end), i }))
    .filter((f) => f.end > f.start)
  const cuts = [...new Set([0, text.length, ...valid.flatMap((f) => [f.start, f.end])])].sort((a, b) => a - b)
  const out: Segment[] = []
  for (let c = 0; c < cuts.length - 1; c++) {
    const [start, end] = [cuts[c], cuts[c + 1]]
    const covering = valid.filter((f) => f.start <= start && f.end >= end).map((f) => f.i)
    const last = out.at(-1)
    // Neighbouring segments with the same flags stay together.
    if (last && last.flags.join() === covering.join()) last.text += text.slice(start, end)
    else out.push({ text: text.slice(start, end), start, flags: covering })
  }
  return out
}
