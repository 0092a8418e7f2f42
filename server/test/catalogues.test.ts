import { describe, expect, it } from 'vitest'
import { CATALOGUES, sample } from './catalogues.ts'

describe('server message catalogues', () => {
  for (const [surface, catalogue] of Object.entries(CATALOGUES)) {
    it(`${surface}: has the same strings in English and Welsh, none empty`, () => {
      const en = Object.keys(catalogue.en).sort()
      const cy = Object.keys(catalogue.cy).sort()
      expect(cy).toEqual(en)
      for (const key of en) {
        expect(typeof catalogue.cy[key], key).toBe(typeof catalogue.en[key])
        expect(sample(catalogue.en[key]!).trim(), key).not.toBe('')
        expect(sample(catalogue.cy[key]!).trim(), key).not.toBe('')
      }
    })

    it(`${surface}: is translated, not copied (brand and link-only strings aside)`, () => {
      const copied = Object.keys(catalogue.en).filter(
        (key) =>
          sample(catalogue.en[key]!) === sample(catalogue.cy[key]!) &&
          !/^[\s\W]*Heard[\s\W]*$/.test(sample(catalogue.en[key]!)),
      )
      expect(copied).toEqual([])
    })
  }

  it('counts the strings of each surface in each language (they are equal)', () => {
    const counts = Object.fromEntries(
      Object.entries(CATALOGUES).map(([s, c]) => [
        s,
        { en: Object.keys(c.en).length, cy: Object.keys(c.cy).length },
      ]),
    )
    for (const { en, cy } of Object.values(counts)) expect(cy).toBe(en)
    console.info('server strings per surface', JSON.stringify(counts))
  })
})
