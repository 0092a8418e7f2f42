import { describe, expect, it } from 'vitest'
import { choiceRows, serviceChoices } from './choices.ts'

const values = (result: unknown) => JSON.stringify(result)

describe('choiceRows', () => {
  it('draws one row for each choice, with its id, value and whether it is checked', () => {
    const rows = choiceRows('checkbox', 'tags', [
      { id: 'tag-kind', value: 'kind', label: 'Kind staff', checked: true },
      { id: 'tag-slow', value: 'slow', label: 'Slow', checked: false },
    ])
    expect(rows).toHaveLength(2)
    expect(rows[0]!.values).toEqual([
      'checkbox',
      'tag-kind',
      'tags',
      'kind',
      true,
      expect.anything(),
      'tag-kind',
      'Kind staff',
      expect.anything(),
    ])
    expect(rows[1]!.values[4]).toBe(false)
  })

  it('describes an input by its hint when it has one', () => {
    const [row] = choiceRows('radio', 'role', [
      { id: 'role-admin', value: 'admin', label: 'Admin', checked: false, hint: 'Manages the organisation' },
    ])
    expect(row!.values[5]).toBe('role-admin-hint')
  })
})

describe('serviceChoices', () => {
  it('checks the chosen services and labels each with its path', () => {
    const services = [
      {
        id: 's1',
        name: 'Ward 7',
        nameCy: null,
        kind: 'ward' as const,
        depth: 1,
        path: 'Trust › Ward 7',
        pathCy: 'Trust › Ward 7',
      },
      {
        id: 's2',
        name: 'Ward 8',
        nameCy: 'Ward 8 cy',
        kind: 'ward' as const,
        depth: 1,
        path: 'Trust › Ward 8',
        pathCy: 'Ymddiriedolaeth › Ward 8',
      },
    ]
    const list = values(serviceChoices(services, new Set(['s2'])))
    expect(list).toContain('"service-s1","serviceIds","s1",false')
    expect(list).toContain('"service-s2","serviceIds","s2",true')
    expect(list).toContain('Trust › Ward 8')
  })
})
