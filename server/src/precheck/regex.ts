// The pre-checks' long regexes, built so that V8 compiles them to small machine code.
//
// V8 compiles a regex to machine code, and after a group of alternatives ("(?:mam|dad|nain)") it
// writes out what follows once for each way into it: a pattern of several lists in a row
// ("ciciodd (?:fy|ei) (?:ben|droed|…) …") grows to hundreds of kilobytes. Once a process holds
// more than 16 MB of machine code, V8 compiles every further regex, in any part of the server,
// without its optimisations, and those run three to five times slower (BENCHMARKS.md, "Seventh
// round"). An empty look-ahead "(?=)" after such a group always succeeds and takes nothing,
// so it changes no match; V8 writes what follows it once.

/**
 * `source` with "(?=)" after each group that more pattern follows: not before a quantifier (a
 * look-ahead there slowed matching more than it saved), "|" or ")", not after a look-around (one
 * already ends the copying), not inside a look-behind (read right to left) or a character class.
 * Applied twice, it adds nothing more.
 */
export function compactSource(source: string): string {
  let out = ''
  let inClass = false
  // For each open group: whether it is a look-around, and whether it lies in a look-behind.
  const open: { lookaround: boolean; behind: boolean }[] = []
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!
    if (c === '\\') {
      out += source.slice(i, i + 2)
      i++
    } else if (inClass) {
      if (c === ']') inClass = false
      out += c
    } else if (c === '[') {
      inClass = true
      out += c
    } else if (c === '(') {
      const behind = source.startsWith('(?<=', i) || source.startsWith('(?<!', i)
      const lookaround = behind || source.startsWith('(?=', i) || source.startsWith('(?!', i)
      open.push({ lookaround, behind: behind || open.some((group) => group.behind) })
      out += c
    } else if (c === ')') {
      const group = open.pop()
      out += c
      const rest = source.slice(i + 1, i + 5)
      const followed = rest !== '' && !'?*+{|)'.includes(rest[0]!) && rest !== '(?=)'
      if (group && !group.lookaround && !group.behind && followed) out += '(?=)'
    } else out += c
  }
  return out
}

/** `new RegExp(source, flags)`, with the source compacted (see compactSource). */
export function regex(source: string, flags?: string): RegExp {
  return new RegExp(compactSource(source), flags)
}
