import { describe, expect, it } from 'vitest'
import { folderCycles, longFiles, longFunctions } from './measure.ts'

// The limits the code is kept to (issue: one home for tenancy, one shape for the portal).
describe('the shape of the source', () => {
  it('has no source file over 400 lines (demo data aside)', () => {
    expect(longFiles(400)).toEqual([])
  })

  it('has no function over 80 lines', () => {
    expect(longFunctions(80).map((f) => `${f.file}:${f.line} ${f.name} (${f.lines})`)).toEqual([])
  })

  it('has no two folders under server/src importing each other', () => {
    expect(folderCycles().map((c) => c.pair.join(' ↔ '))).toEqual([])
  })

  it('measures what it claims: a long file, a long function and a pair are found when present', () => {
    // The limits are met today, so show the measures can still see an offender.
    expect(longFiles(300).length).toBeGreaterThan(0)
    expect(longFunctions(40).length).toBeGreaterThan(0)
  })
})
