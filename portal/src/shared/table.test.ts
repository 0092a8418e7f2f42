import { describe, expect, it } from 'vitest'
import { confirmAction, tableOf } from './table.ts'

const text = (result: unknown) => JSON.stringify(result)

describe('confirmAction', () => {
  const action = (asking: boolean) =>
    confirmAction({
      action: 'Remove',
      confirming: 'Confirm removing Ann Jones',
      yes: 'Yes, remove Ann Jones',
      name: 'Ann Jones',
      asking,
      ask: () => {},
      confirm: () => {},
      cancel: () => {},
    })

  it('offers the action first', () => {
    expect(text(action(false))).not.toContain('Yes, ')
  })

  it('asks for a second, explicit yes with a way back', () => {
    const asking = text(action(true))
    expect(asking).toContain('Yes, ')
    expect(asking).toContain('Cancel')
    expect(asking).toContain('Yes, remove Ann Jones')
  })
})

describe('tableOf', () => {
  it('heads each column, naming the actions column for screen readers only', () => {
    const table = text(tableOf('Members', ['Name', { label: 'Members', number: true }, ''], []))
    expect(table).toContain('"Name"')
    expect(table).toContain('class=\\"number\\"')
    expect(table).toContain('Actions')
  })
})
