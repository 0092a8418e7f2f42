// A long list of alternatives as one regex source, grouped by first letter: "(?:c(?:ynnig|ysylltwch)|d(?:…))".
// V8 tries the alternatives of a group one after another at every position it searches; grouped,
// a position whose letter starts none of them fails after one test instead of one per alternative.

/** Whether an alternative begins with a plain letter that can be taken off (no regex syntax first). */
const PLAIN_START = /^[\p{L}\p{N} ]/u
// Taking the first letter off must leave a regex that still parses on its own: not "a|b" (split
// alternatives) nor "a)" (a group closed).
const SAFE_REST = (rest: string) => !/^[*+?{]/.test(rest)

/**
 * The alternatives as one group. With `ignoreCase` (the regex has the i flag) alternatives that
 * differ only in the case of their first letter share a group.
 */
export function groupedAlternatives(items: readonly string[], ignoreCase: boolean): string {
  const groups = new Map<string, string[]>()
  const others: string[] = []
  for (const item of items.flatMap(expandLeadingGroup)) {
    // A leading word boundary stays with the letter: "\\bass" joins the group "\\ba".
    const edge = item.startsWith('\\b') ? '\\b' : ''
    const first = item[edge.length]
    const rest = item.slice(edge.length + 1)
    if (first === undefined || !PLAIN_START.test(first) || !SAFE_REST(rest)) {
      others.push(item)
      continue
    }
    const key = edge + (ignoreCase ? first.toLowerCase() : first)
    const group = groups.get(key)
    if (group) group.push(rest)
    else groups.set(key, [rest])
  }
  const parts = [...groups].map(([first, rests]) =>
    rests.length === 1 ? `${first}${rests[0]}` : `${first}(?:${rests.join('|')})`,
  )
  return `(?:${[...parts, ...others].join('|')})`
}

/** A regex source's top-level alternatives: "a(?:b|c)|d" is ["a(?:b|c)", "d"]. */
export function topLevelAlternatives(source: string): string[] {
  const items: string[] = []
  let depth = 0
  let inClass = false
  let from = 0
  for (let i = 0; i < source.length; i++) {
    const c = source[i]
    if (c === '\\') i++
    else if (inClass) inClass = c !== ']'
    else if (c === '[') inClass = true
    else if (c === '(') depth++
    else if (c === ')') depth--
    else if (c === '|' && depth === 0) {
      items.push(source.slice(from, i))
      from = i + 1
    }
  }
  items.push(source.slice(from))
  return items
}

/**
 * "(?:make|made) a complaint" as ["make a complaint", "made a complaint"], so that each can join its
 * letter's group: only a leading group of plain words, not followed by a quantifier.
 */
function expandLeadingGroup(item: string): string[] {
  if (!item.startsWith('(?:')) return [item]
  let depth = 0
  let end = -1
  for (let i = 0; i < item.length && end < 0; i++) {
    if (item[i] === '\\') i++
    else if (item[i] === '(') depth++
    else if (item[i] === ')' && --depth === 0) end = i
  }
  const inside = item.slice(3, end)
  const rest = item.slice(end + 1)
  if (end < 0 || /[()[\\]/.test(inside) || /^[*+?{]/.test(rest)) return [item]
  return inside.split('|').flatMap((word) => expandLeadingGroup(word + rest))
}
