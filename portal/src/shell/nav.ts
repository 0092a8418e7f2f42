import { isMember, isModerator, isPlatformAdmin } from '../shared/access.ts'
import type { User } from '../shared/types.ts'

export type NavItem = {
  label: string
  /** Path below /portal. The item is current on this path and every path below it. */
  path: string
  /** The same area reached by a path naming the organisation (`/subscribers/:id/…`, from emails and Stripe). */
  alias?: RegExp
  visible: (user: User) => boolean
}

/**
 * The primary navigation, in order. Each area says who sees it; the shell shows the items the
 * signed-in user may use. The subscriber areas (issue 5) slot in here, e.g.
 * `{ label: 'Inbox', path: '/inbox', visible: isMember() }`,
 * `{ label: 'Members', path: '/members', visible: isMember('admin') }`,
 * together with their routes in `routes.ts`.
 */
export const NAV_ITEMS: NavItem[] = [
  { label: 'Moderation', path: '/moderation', visible: isModerator },
  { label: 'Tags', path: '/moderation/tags', visible: isModerator },
  {
    label: 'Inbox',
    path: '/inbox',
    alias: /^\/subscribers\/[^/]+\/(stories\/|inbox$)/,
    visible: isMember(),
  },
  {
    label: 'Restricted',
    path: '/restricted',
    alias: /^\/subscribers\/[^/]+\/restricted\//,
    visible: isMember(),
  },
  { label: 'Dashboard', path: '/dashboard', visible: isMember() },
  { label: 'Alerts', path: '/alerts', alias: /^\/subscribers\/[^/]+\/alerts$/, visible: isMember() },
  { label: 'Members', path: '/members', visible: isMember('admin') },
  { label: 'Coverage', path: '/coverage', visible: isMember('admin') },
  { label: 'Widgets', path: '/widgets', visible: isMember('admin') },
  { label: 'API keys', path: '/api-keys', visible: isMember('admin') },
  {
    label: 'Billing',
    path: '/billing',
    alias: /^\/subscribers\/[^/]+\/billing$/,
    visible: isMember('admin'),
  },
  { label: 'Admin', path: '/admin', visible: isPlatformAdmin },
]

export function navFor(user: User | null, items: NavItem[] = NAV_ITEMS): NavItem[] {
  return user ? items.filter((item) => item.visible(user)) : []
}

/** The one item that is current: the longest path that is the current path or one of its parents. */
export function currentItem(items: NavItem[], path: string): NavItem | undefined {
  return items
    .filter((i) => path === i.path || path.startsWith(`${i.path}/`) || i.alias?.test(path))
    .sort((a, b) => b.path.length - a.path.length)[0]
}
