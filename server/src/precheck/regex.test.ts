import { describe, expect, it } from 'vitest'
import { compactSource, regex } from './regex.ts'

const matches = (text: string, pattern: RegExp) =>
  [...text.matchAll(pattern)].map((m) => ({
    match: [...m],
    index: m.index,
    groups: m.groups,
    indices: m.indices,
  }))

describe('compactSource', () => {
  it('puts an empty look-ahead after a group that more pattern follows', () => {
    expect(compactSource('(?:fy|ei) (?:ben|droed)x')).toBe('(?:fy|ei)(?=) (?:ben|droed)(?=)x')
    expect(compactSource('(a|b)c')).toBe('(a|b)(?=)c')
    expect(compactSource('(?<who>a|b)c')).toBe('(?<who>a|b)(?=)c')
  })

  it('leaves groups at the end, before a quantifier, "|" or ")", alone', () => {
    for (const source of [
      'a(?:b|c)',
      '(?:a |an )?b',
      '(?:ab)*c',
      '(?:a)+b',
      '(?:a){2,3}b',
      '(?:a)|b',
      '((?:a|b))',
    ])
      expect(compactSource(source)).toBe(source)
  })

  it('adds nothing after a look-around, nor inside a look-behind, a class or an escape', () => {
    for (const source of [
      '(?=a|b)c',
      '(?!a|b)c',
      '(?<=(?:he|she) )hit',
      '(?<!(?:it|that) )hit',
      '[(a)b]c',
      '\\(a\\)b',
      '[\\]()]x',
    ])
      expect(compactSource(source)).toBe(source)
  })

  it('adds nothing more the second time', () => {
    const once = compactSource('(?:a|b) (?:c|d)(?:e|f)g')
    expect(compactSource(once)).toBe(once)
  })

  it('changes no match: the same spans, groups and indices', () => {
    const cases: [string, string, string[]][] = [
      [
        '(?<![a-z])(?:ciciodd|tarodd) (?:fy|ei|eu) (?:ben|droed|law)(?![a-z])',
        'gi',
        ['Ciciodd ei droed.', 'tarodd fy law, ciciodd eu ben', 'ciciodd y bêl'],
      ],
      [
        '\\b(?<name>(?:Dr|Nyrs) (?:[A-Z][a-z]+))(?<rest>,? (?:a|ac) (?:[A-Z][a-z]+))?',
        'dg',
        ['Dr Rhys ac Elin', 'Nyrs Elin, a Siân'],
      ],
      ['(?:(?:a|b)c|ab)+d', 'g', ['abcbcd', 'ababd', 'acd bcd']],
      ['(a|ab)(c|bcd)(d*)', 'g', ['abcd', 'abcdd']],
      ['(?:x|xy)(?:yz|z)\\b', 'gy', ['xyz', 'xyzxyz']],
    ]
    for (const [source, flags, texts] of cases) {
      const plain = new RegExp(source, flags)
      const compact = regex(source, flags)
      expect(compact.source).not.toBe(plain.source)
      for (const text of texts) expect(matches(text, compact)).toEqual(matches(text, plain))
    }
  })
})
