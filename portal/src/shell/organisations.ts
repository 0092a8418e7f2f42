import { msg, str } from '@lit/localize'
import type { MembershipInfo } from '../shared/types.ts'
import type { Match } from '../shared/router.ts'
import type { User } from '../shared/types.ts'

/**
 * The user as seen from one organisation: only that membership counts, so that the navigation
 * offers what the user may do there (an admin of one and a viewer of another sees admin pages
 * only while working for the first).
 */
export function userInOrganisation(user: User, subscriberId: string | undefined): User {
  const membership = user.memberships.find((m) => m.subscriberId === subscriberId)
  return membership ? { ...user, memberships: [membership] } : user
}

/**
 * Where to go after switching organisation: the same page for the new one, unless the page is
 * about one thing of the old organisation (a story) or the new role may not open it — then the
 * inbox, which every member may. Filters in the query belong to the old organisation and go.
 */
export function pathAfterSwitch(
  match: Pick<Match, 'route' | 'params' | 'path'>,
  user: User,
  subscriberId: string,
): string {
  if (match.route.path.endsWith('/alerts')) return '/alerts'
  if (Object.keys(match.params).length) return '/inbox'
  const { access } = match.route
  if (typeof access === 'function' && !access(userInOrganisation(user, subscriberId))) return '/inbox'
  return match.path
}

export type SwitcherOption = { id: string; label: string; disabled: boolean; selected: boolean }

export type Switcher =
  { kind: 'none' } | { kind: 'one'; name: string } | { kind: 'many'; options: SwitcherOption[] }

/**
 * What the header shows: nothing for someone in no organisation, the name for a member of one,
 * a choice for a member of several — frozen memberships listed but not choosable.
 */
export function switcherFor(memberships: MembershipInfo[], currentId: string | undefined): Switcher {
  if (memberships.length === 0) return { kind: 'none' }
  const label = (m: MembershipInfo) => (m.frozen ? msg(str`${m.subscriberName} (frozen)`) : m.subscriberName)
  if (memberships.length === 1) return { kind: 'one', name: label(memberships[0]!) }
  return {
    kind: 'many',
    options: memberships.map((m) => ({
      id: m.subscriberId,
      label: label(m),
      disabled: m.frozen,
      selected: m.subscriberId === currentId,
    })),
  }
}
