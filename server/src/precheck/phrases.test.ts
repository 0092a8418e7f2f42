import { describe, expect, it } from 'vitest'
import { PhraseMatcher, tokens } from './phrases.ts'

describe('tokens', () => {
  it('reads words joined by either apostrophe, in lower case, with the part before the apostrophe', () => {
    const words = tokens("He’d left Mum's bag in wedi'i ADAEL, self-harm 2nd")
    expect(words.map((w) => w.key)).toEqual([
      "he'd",
      'left',
      "mum's",
      'bag',
      'in',
      "wedi'i",
      'adael',
      'self',
      'harm',
      '2nd',
    ])
    expect(words[0]).toMatchObject({ start: 0, end: 4, head: 'he' })
    expect(words[1]!.head).toBeUndefined()
  })

  it('keeps offsets into the text when a letter changes length in lower case', () => {
    const text = 'İstanbul nurse'
    expect(tokens(text).map((w) => text.slice(w.start, w.end))).toEqual(['İstanbul', 'nurse'])
  })
})

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher(
    [
      ['hit hits', ' (?:me|him)'],
      ['he she', "(?:['’]d| would) hurt (?:me|her)"],
      ['kicked', ' me', '(?<!baby )'],
    ],
    "(?![\\w'’])",
  )
  const found = (text: string) => matcher.find(text).map((s) => text.slice(s.start, s.end))

  it('matches a phrase where one of its first words stands, whatever the case or apostrophe', () => {
    expect(found('He HITS me. She’d hurt her.')).toEqual(['HITS me', 'She’d hurt her'])
  })

  it('needs the whole phrase, a word end after it, and its look-behind', () => {
    expect(found('It hit melons. The baby kicked me. Then he kicked me.')).toEqual(['kicked me'])
  })

  it('rejects a first word that is not one lower-case word', () => {
    expect(() => new PhraseMatcher([['Hit', ' me']], '')).toThrow(/one lower-case word/)
    expect(() => new PhraseMatcher([['self-harm', '']], '')).toThrow(/one lower-case word/)
    expect(() => new PhraseMatcher([['hit', ' me(?!\\p{L})']], '')).toThrow(/letters.ts/)
  })
})
