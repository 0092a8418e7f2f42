import type { Lang } from '../src/i18n/index.ts'

/** A piece of a page a reader meets: a text node, or a readable attribute or the title. */
export interface Piece {
  text: string
  /** `text` for a text node in the body; `meta` for the title and readable attributes. */
  where: 'text' | 'meta'
}

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'wbr',
])
const READABLE = new Set(['title', 'aria-label', 'alt', 'placeholder'])
const TOKEN =
  /<!--[\s\S]*?-->|<!doctype[^>]*>|<(\/?)([a-zA-Z][\w-]*)((?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+))?)*)\s*\/?>|([^<]+)/gi
const ATTR = /([^\s=>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }
export const decode = (s: string) =>
  s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#'
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : (ENTITIES[e.toLowerCase()] ?? all),
  )

export function attributes(source: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of source.matchAll(ATTR)) out[m[1]!.toLowerCase()] = decode(m[2] ?? m[3] ?? m[4] ?? '')
  return out
}

/**
 * What a reader of a page meets, leaving out every element marked as being in `skip` (with all
 * it holds): on a Welsh page, passages marked `lang="en"` are someone else's English words.
 * Text nodes, the title, `title`/`aria-label`/`alt`/`placeholder` and the description's `content`.
 */
export function readablePieces(page: string, skip: Lang): Piece[] {
  const pieces: Piece[] = []
  const stack: { name: string; skip: boolean; inTitle: boolean }[] = []
  for (const m of page.matchAll(TOKEN)) {
    const top = stack.at(-1)
    const skipping = top?.skip ?? false
    if (m[4] !== undefined) {
      if (!skipping && m[4].trim()) pieces.push({ text: decode(m[4]), where: top?.inTitle ? 'meta' : 'text' })
      continue
    }
    if (!m[2]) continue
    const name = m[2].toLowerCase()
    if (m[1]) {
      const at = stack.map((s) => s.name).lastIndexOf(name)
      if (at >= 0) stack.length = at
      continue
    }
    const attrs = attributes(m[3] ?? '')
    const skip_ = skipping || attrs.lang === skip
    if (!skip_) {
      for (const [k, v] of Object.entries(attrs))
        if (READABLE.has(k) && v.trim()) pieces.push({ text: v, where: 'meta' })
      const describes = attrs.name === 'description' || attrs.property?.startsWith('og:')
      if (name === 'meta' && describes && attrs.content) pieces.push({ text: attrs.content, where: 'meta' })
    }
    if (!VOID.has(name) && !m[0].endsWith('/>')) stack.push({ name, skip: skip_, inTitle: name === 'title' })
  }
  return pieces
}

/** Lower-case words (letters only: numbers, dates' digits and punctuation are not words). */
export const wordsOf = (text: string) => text.toLowerCase().match(/\p{L}+/gu) ?? []

/**
 * The words of `page` (outside passages marked as `skip`) that are in none of `allowed`; words
 * in `metaOnly` pass only in the title and attributes, which cannot mark a passage's language.
 */
export function strayWords(page: string, skip: Lang, allowed: Set<string>, metaOnly = new Set<string>()) {
  const stray = new Set<string>()
  for (const piece of readablePieces(page, skip)) {
    for (const word of wordsOf(piece.text)) {
      if (allowed.has(word) || (piece.where === 'meta' && metaOnly.has(word))) continue
      stray.add(`${word} (in “${piece.text.trim().slice(0, 60)}”)`)
    }
  }
  return [...stray]
}
