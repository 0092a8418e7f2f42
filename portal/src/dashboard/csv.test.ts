import { describe, expect, it } from 'vitest'
import { csvName, toCsv } from './csv.ts'

describe('toCsv', () => {
  it('writes rows with CRLF, quoting commas, quotes and line breaks', () => {
    expect(
      toCsv([
        ['Tag', 'Stories'],
        ['Kind, caring staff', 2],
        ['Said "thanks"', null],
      ]),
    ).toBe('Tag,Stories\r\n"Kind, caring staff",2\r\n"Said ""thanks""",\r\n')
  })

  it('keeps a spreadsheet from running a cell as a formula', () => {
    expect(toCsv([['=HYPERLINK("x")', '-1+1', 5]])).toBe(`"'=HYPERLINK(""x"")","'-1+1",5\r\n`)
  })

  it('names the file after the caption', () => {
    expect(csvName('What was good')).toBe('what-was-good.csv')
    expect(csvName('!!!')).toBe('table.csv')
  })
})
