import { describe, expect, it } from 'vitest'
import { csvCell, csvRow } from './csv.ts'

describe('csvCell', () => {
  it('leaves plain text and numbers alone', () => {
    expect(csvCell('Kind nurses')).toBe('Kind nurses')
    expect(csvCell(3)).toBe('3')
    expect(csvCell(-1)).toBe('-1')
    expect(csvCell(null)).toBe('')
  })

  it('quotes commas, quotes and line breaks, doubling quotes', () => {
    expect(csvCell('Ward 2, Surgery')).toBe('"Ward 2, Surgery"')
    expect(csvCell('She said "thank you"')).toBe('"She said ""thank you"""')
    expect(csvCell('line one\nline two')).toBe('"line one\nline two"')
  })

  it('neutralises text a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil.example","click")')).toBe(
      '"\'=HYPERLINK(""http://evil.example"",""click"")"',
    )
    expect(csvCell('+44 20 7946 0000')).toBe(`"'+44 20 7946 0000"`)
    expect(csvCell('-2+3')).toBe(`"'-2+3"`)
    expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`)
    expect(csvCell('\tcmd')).toBe(`"'\tcmd"`)
  })

  it('ends each row with CRLF', () => {
    expect(csvRow(['a', 1, null])).toBe('a,1,\r\n')
  })
})
