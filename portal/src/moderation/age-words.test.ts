import { describe, expect, it } from 'vitest'
import { AGE_GROUPS } from '../../../server/src/stories/schemas.ts'
import { ageInWords } from './age-words.ts'

describe('ageInWords', () => {
  it('says every age group in words, never the raw value', () => {
    expect(ageInWords('under-16')).toBe('aged under 16')
    expect(ageInWords('85+')).toBe('aged 85 or over')
    for (const group of AGE_GROUPS) {
      expect(ageInWords(group)).toMatch(/^aged (under \d+|\d+ to \d+|\d+ or over)$/)
      expect(ageInWords(group)).not.toContain(group)
    }
    expect(ageInWords(null)).toBe('')
  })
})
