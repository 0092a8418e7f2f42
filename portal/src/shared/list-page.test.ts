import { nothing } from 'lit'
import { describe, expect, it } from 'vitest'
import { paging, queryValue, queryValues } from './list-page.ts'

describe('queryValue', () => {
  it('trims the value and gives an empty string for a missing one', () => {
    const query = new URLSearchParams('q=%20ward%207%20&kind=')
    expect(queryValue(query, 'q')).toBe('ward 7')
    expect(queryValue(query, 'kind')).toBe('')
    expect(queryValue(query, 'cursor')).toBe('')
  })
})

describe('queryValues', () => {
  it('keeps the named filters and leaves out the empty ones and the others', () => {
    const query = new URLSearchParams('rule=pii&route=&cursor=abc&other=1')
    expect(queryValues(query, ['rule', 'route', 'kind'])).toEqual({
      rule: 'pii',
      route: undefined,
      kind: undefined,
    })
  })
})

describe('paging', () => {
  it('draws nothing when the list fits on one page', () => {
    expect(paging({ label: 'Pages of stories' })).toBe(nothing)
  })

  it('links to the next page when there is one', () => {
    const nav = paging({
      label: 'Pages of stories',
      next: { href: '/portal/inbox?cursor=x', text: 'Older stories', hidden: ' (next page)' },
    })
    expect(nav).not.toBe(nothing)
    expect(JSON.stringify(nav)).toContain('Pages of stories')
  })
})
