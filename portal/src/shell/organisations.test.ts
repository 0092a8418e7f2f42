import { describe, expect, it } from 'vitest'
import { isMember } from '../shared/access.ts'
import { pathAfterSwitch, switcherFor, userInOrganisation } from './organisations.ts'
import type { Route } from '../shared/router.ts'
import type { User } from '../shared/types.ts'

const user: User = {
  id: '00000000-0000-4000-8000-000000000000',
  email: 'someone@example.com',
  name: 'Someone',
  platformRole: null,
  lang: 'en',
  memberships: [
    { subscriberId: 'a', subscriberName: 'Alpha Trust', role: 'admin' },
    { subscriberId: 'b', subscriberName: 'Beta Care', role: 'viewer' },
  ],
}
const route = (path: string, access: Route['access'] = isMember()): Route => ({
  path,
  title: path,
  access,
  render: () => undefined as never,
})
const at = (path: string, access?: Route['access'], params: Record<string, string> = {}) => ({
  route: route(path, access),
  params,
  path: Object.entries(params).reduce((p, [k, v]) => p.replace(`:${k}`, v), path),
})

describe('userInOrganisation', () => {
  it('keeps only the membership of the organisation worked for', () => {
    expect(userInOrganisation(user, 'b').memberships.map((m) => m.role)).toEqual(['viewer'])
    expect(userInOrganisation(user, 'nope').memberships).toHaveLength(2)
  })
})

describe('pathAfterSwitch', () => {
  it('stays on a page the new role may open, without the old filters', () => {
    expect(pathAfterSwitch(at('/inbox'), user, 'b')).toBe('/inbox')
    expect(pathAfterSwitch(at('/members', isMember('admin')), user, 'a')).toBe('/members')
  })

  it('goes to the inbox from a page the new role may not open, or from one story', () => {
    expect(pathAfterSwitch(at('/members', isMember('admin')), user, 'b')).toBe('/inbox')
    expect(pathAfterSwitch(at('/inbox/stories/:id', isMember(), { id: 's1' }), user, 'b')).toBe('/inbox')
  })

  it('keeps to the alerts page, leaving an address that names the old organisation', () => {
    const named = at('/subscribers/:subscriberId/alerts', isMember(), { subscriberId: 'a' })
    expect(pathAfterSwitch(named, user, 'b')).toBe('/alerts')
  })
})

describe('switcherFor', () => {
  const info = (id: string, name: string, frozen = false) => ({
    subscriberId: id,
    subscriberName: name,
    role: 'viewer' as const,
    frozen,
  })

  it('shows nothing, a name, or a choice', () => {
    expect(switcherFor([], undefined)).toEqual({ kind: 'none' })
    expect(switcherFor([info('a', 'Alpha')], 'a')).toEqual({ kind: 'one', name: 'Alpha' })
    const many = switcherFor([info('a', 'Alpha'), info('b', 'Beta')], 'b')
    expect(many.kind === 'many' && many.options.map((o) => o.selected)).toEqual([false, true])
  })

  it('lists frozen memberships marked and disabled', () => {
    const many = switcherFor([info('a', 'Alpha'), info('f', 'Frozen Co', true)], 'a')
    expect(many.kind === 'many' && many.options[1]).toEqual({
      id: 'f',
      label: 'Frozen Co (frozen)',
      disabled: true,
      selected: false,
    })
  })
})
