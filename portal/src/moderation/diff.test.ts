import { describe, expect, it } from 'vitest'
import { diffWords, hasChanges } from './diff.ts'

const render = (before: string, after: string) =>
  diffWords(before, after)
    .map((p) => (p.type === 'equal' ? p.text : p.type === 'delete' ? `[-${p.text}-]` : `{+${p.text}+}`))
    .join('')

describe('diffWords', () => {
  it('reports no change for identical text', () => {
    const parts = diffWords('The nurse was kind.', 'The nurse was kind.')
    expect(hasChanges(parts)).toBe(false)
    expect(parts).toEqual([{ type: 'equal', text: 'The nurse was kind.' }])
  })

  it('shows a replaced name as one removal and one addition', () => {
    expect(render('Dr Okafor was rude to me.', 'The doctor was rude to me.')).toBe(
      '[-Dr Okafor-]{+The doctor+} was rude to me.',
    )
  })

  it('finds removals in the middle and at the end', () => {
    const parts = diffWords('Call me on 07700 900123 any time please', 'Call me any time')
    expect(parts.filter((p) => p.type === 'insert')).toEqual([])
    expect(parts.filter((p) => p.type === 'delete').map((p) => p.text.trim())).toEqual([
      'on 07700 900123',
      'please',
    ])
  })

  it('keeps every character of both texts', () => {
    const before = 'My husband John waited\n\nfor hours on ward 7.'
    const after = 'My husband waited\n\nfor many hours on the ward.'
    const parts = diffWords(before, after)
    expect(
      parts
        .filter((p) => p.type !== 'insert')
        .map((p) => p.text)
        .join(''),
    ).toBe(before)
    expect(
      parts
        .filter((p) => p.type !== 'delete')
        .map((p) => p.text)
        .join(''),
    ).toBe(after)
  })

  it('handles empty texts', () => {
    expect(render('', 'New text')).toBe('{+New text+}')
    expect(render('Old text', '')).toBe('[-Old text-]')
  })
})
