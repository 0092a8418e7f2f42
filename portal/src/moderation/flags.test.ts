import { describe, expect, it } from 'vitest'
import { numberFlags } from './flags.ts'

const flag = (start: number, end: number, field?: 'title' | 'body') => ({
  rule: 'phone' as const,
  message: 'Phone number',
  start,
  end,
  ...(field && { field }),
})

describe('numberFlags', () => {
  it('numbers a story’s flags title first, then in the order of the words, quoting each', () => {
    const texts = { title: 'Ring Dr Okafor', body: 'I rang 07700 900123 twice.' }
    const flags = numberFlags([flag(7, 19, 'body'), flag(5, 14, 'title'), flag(2, 6, 'body')], texts)
    expect(flags.map((f) => [f.n, f.field, f.quote])).toEqual([
      [1, 'title', 'Dr Okafor'],
      [2, 'body', 'rang'],
      [3, 'body', '07700 900123'],
    ])
  })

  it('takes the flags of a response or reply, which name no field, as flags on its body', () => {
    const flags = numberFlags([flag(24, 36), flag(7, 13)], { body: 'Sister Okafor will call 07700 900123' })
    expect(flags.map((f) => [f.n, f.field, f.quote])).toEqual([
      [1, 'body', 'Okafor'],
      [2, 'body', '07700 900123'],
    ])
  })
})
