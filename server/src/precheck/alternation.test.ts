import { describe, expect, it } from 'vitest'
import { groupedAlternatives, topLevelAlternatives } from './alternation.ts'

describe('groupedAlternatives', () => {
  it('groups alternatives by their first letter and keeps the rest as they are', () => {
    expect(
      groupedAlternatives(['cynnig (?:arbennig|cyfyngedig)', 'cliciwch', 'dewch draw', '\\d+% off'], true),
    ).toBe('(?:c(?:ynnig (?:arbennig|cyfyngedig)|liciwch)|dewch draw|\\d+% off)')
  })

  it('matches exactly what the plain alternation matches', () => {
    const items = ['free (?:quote|trial)', 'Free delivery', 'fax', 'a+b', 'ab?', '(?:x|y)z', 'zz']
    const plain = new RegExp(`^(?:${items.join('|')})$`, 'i')
    const grouped = new RegExp(`^${groupedAlternatives(items, true)}$`, 'i')
    for (const text of [
      'free quote',
      'FREE trial',
      'free delivery',
      'fax',
      'aab',
      'a',
      'xz',
      'zz',
      'ab',
      'fre',
      'b',
    ]) {
      expect(grouped.test(text), text).toBe(plain.test(text))
    }
  })

  it('opens a leading group of plain words, unless a quantifier follows it', () => {
    expect(groupedAlternatives(['(?:make|made) a complaint', '(?:lodge|log)? it', 'mine'], true)).toBe(
      '(?:m(?:ake a complaint|ade a complaint|ine)|(?:lodge|log)? it)',
    )
  })

  it('keeps a leading word boundary with its letter', () => {
    expect(groupedAlternatives(['\\bass', '\\barse', 'ass\\b', 'bitch'], false)).toBe(
      '(?:\\ba(?:ss|rse)|ass\\b|bitch)',
    )
  })

  it('keeps letters of different case apart without the i flag', () => {
    expect(groupedAlternatives(['The', 'the', 'tho'], false)).toBe('(?:The|t(?:he|ho))')
  })
})

describe('topLevelAlternatives', () => {
  it('splits at the top level only, past groups, classes and escapes', () => {
    expect(topLevelAlternatives('call (?:now|us)|[|]x|a\\|b|c')).toEqual([
      'call (?:now|us)',
      '[|]x',
      'a\\|b',
      'c',
    ])
  })
})
