import { describe, expect, it } from 'vitest'
import { isMember } from '../shared/access.ts'
import { currentItem, navFor, type NavItem } from './nav.ts'
import type { User } from '../shared/types.ts'

const user = (over: Partial<User>): User => ({
  id: '00000000-0000-4000-8000-000000000000',
  email: 'someone@example.com',
  name: 'Someone',
  platformRole: null,
  lang: 'en',
  memberships: [],
  ...over,
})
const moderator = user({ platformRole: 'moderator' })
const viewer = user({ memberships: [{ subscriberId: 's', subscriberName: 'Trust', role: 'viewer' }] })

describe('navFor', () => {
  it('shows moderation to moderators and platform admins only', () => {
    expect(navFor(moderator).map((i) => i.label)).toEqual(expect.arrayContaining(['Moderation', 'Tags']))
    expect(navFor(user({ platformRole: 'platform_admin' })).map((i) => i.label)).toContain('Moderation')
    expect(navFor(viewer).map((i) => i.label)).not.toContain('Moderation')
    expect(navFor(null)).toEqual([])
  })

  it('shows the admin area to platform admins only', () => {
    expect(navFor(user({ platformRole: 'platform_admin' })).map((i) => i.label)).toContain('Admin')
    expect(navFor(moderator).map((i) => i.label)).not.toContain('Admin')
    expect(navFor(viewer).map((i) => i.label)).not.toContain('Admin')
  })

  it('follows membership roles for subscriber areas', () => {
    const items: NavItem[] = [
      { label: 'Inbox', path: '/inbox', visible: isMember() },
      { label: 'Members', path: '/members', visible: isMember('admin') },
    ]
    expect(navFor(viewer, items).map((i) => i.label)).toEqual(['Inbox'])
    expect(navFor(moderator, items)).toEqual([])
  })
})

describe('currentItem', () => {
  it('is the deepest item containing the path', () => {
    const items = navFor(moderator)
    expect(currentItem(items, '/moderation/tags')?.label).toBe('Tags')
    expect(currentItem(items, '/moderation/stories/1')?.label).toBe('Moderation')
    expect(currentItem(items, '/elsewhere')).toBeUndefined()
  })

  it('knows the areas reached by paths that name the organisation', () => {
    const admin = user({ memberships: [{ subscriberId: 's', subscriberName: 'Trust', role: 'admin' }] })
    const items = navFor(admin)
    expect(currentItem(items, '/subscribers/s/billing')?.label).toBe('Billing')
    expect(currentItem(items, '/subscribers/s/alerts')?.label).toBe('Alerts')
    expect(currentItem(items, '/subscribers/s/stories/1')?.label).toBe('Inbox')
    expect(currentItem(items, '/subscribers/s/billing/other')).toBeUndefined()
  })
})
