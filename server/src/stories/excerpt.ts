/** The start of a story for lists: whitespace folded, cut at a word, with an ellipsis. */
const EXCERPT_LENGTH = 240

export function excerpt(text: string, length = EXCERPT_LENGTH): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= length) return flat
  const cut = flat.slice(0, length + 1)
  const lastSpace = cut.lastIndexOf(' ')
  return (
    (lastSpace > length * 0.6 ? cut.slice(0, lastSpace) : cut.slice(0, length)).replace(/[\s,.;:]+$/, '') +
    '…'
  )
}
