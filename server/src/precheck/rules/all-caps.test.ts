import { describe, expect, it } from 'vitest'
import { flagged } from '../test-utils.ts'
import { allCaps } from './all-caps.ts'

describe('all_caps rule', () => {
  it('flags a run of three or more capitalised words', () => {
    expect(flagged('I was left in A&E for hours and NOBODY CAME TO HELP ME.', allCaps)).toEqual([
      'NOBODY CAME TO HELP ME',
    ])
  })

  it('lets acronyms and numbers sit inside a run without counting them', () => {
    const text = 'I rang again. Why does NOBODY ANSWER THE PHONE ON WARD 7 at night? It worries me so much.'
    expect(flagged(text, allCaps)).toEqual(['NOBODY ANSWER THE PHONE ON WARD'])
  })

  it('flags a text written mostly in capitals as a whole', () => {
    const text = 'IT TOOK THREE HOURS. WE WERE TERRIFIED and alone.'
    expect(flagged(text, allCaps)).toEqual([text])
  })

  it('does not flag acronyms, even several together', () => {
    expect(
      flagged('The NHS, GP, A&E, ICU, MRI, CT and ENT teams worked with PALS and the CQC.', allCaps),
    ).toEqual([])
  })

  it('flags three shouted words, and not two', () => {
    expect(flagged('It was VERY VERY frustrating and I WAS IN AGONY.', allCaps)).toEqual(['WAS IN AGONY'])
  })

  it('does not count short abbreviations without a vowel (CKD, MDT, FBC) as shouting', () => {
    expect(flagged('The MDT discussed his CKD and FBC results.', allCaps)).toEqual([])
  })

  it('reads Welsh capitals with Welsh vowels and knows Welsh acronyms', () => {
    expect(flagged('Roedd BIPBC a GIG Cymru yn araf. DAETH NEB I HELPU.', allCaps, 'cy')).toEqual([
      'DAETH NEB I HELPU',
    ])
  })
})
