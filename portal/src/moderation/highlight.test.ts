import { describe, expect, it } from 'vitest'
import { segments } from './highlight.ts'

describe('segments', () => {
  it('returns the text whole when there are no flags', () => {
    expect(segments('Kind staff', [])).toEqual([{ text: 'Kind staff', start: 0, flags: [] }])
  })

  it('marks each flagged span with its flag', () => {
    const text = 'Dr Okafor rang 07700 900123.'
    const parts = segments(text, [
      { start: 0, end: 9 },
      { start: 15, end: 27 },
    ])
    expect(parts.map((p) => [p.text, p.flags])).toEqual([
      ['Dr Okafor', [0]],
      [' rang ', []],
      ['07700 900123', [1]],
      ['.', []],
    ])
  })

  it('splits overlapping flags so that every character keeps all its flags', () => {
    const parts = segments('ABCDEF', [
      { start: 0, end: 4 },
      { start: 2, end: 6 },
    ])
    expect(parts.map((p) => [p.text, p.flags])).toEqual([
      ['AB', [0]],
      ['CD', [0, 1]],
      ['EF', [1]],
    ])
  })

  it('ignores flags outside the text', () => {
    expect(segments('Short', [{ start: 10, end: 20 }])).toEqual([{ text: 'Short', start: 0, flags: [] }])
  })
})
