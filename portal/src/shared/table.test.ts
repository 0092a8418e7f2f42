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

  it('stacks on a phone only when asked, keeping the table roles that block layout may drop', () => {
    const plain = text(tableOf('Staff', ['Name'], []))
    expect(plain).not.toContain('stacked')
    expect(plain).not.toContain('"columnheader"')
    const stacked = text(tableOf('Staff', ['Name'], [], { stacked: true }))
    expect(stacked).toContain('stacked')
    for (const role of ['table', 'rowgroup', 'row', 'columnheader']) expect(stacked).toContain(`"${role}"`)
  })
})
