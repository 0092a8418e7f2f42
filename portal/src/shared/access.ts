import type { MemberRole, User } from './types.ts'

/** Platform staff who work the moderation queue. */
export const isModerator = (user: User) =>
  user.platformRole === 'moderator' ||
  user.platformRole === 'senior_moderator' ||
  user.platformRole === 'platform_admin'

/** Moderators who decide providers' review requests (platform admins too). */
export const isSeniorModerator = (user: User) =>
  user.platformRole === 'senior_moderator' || user.platformRole === 'platform_admin'

export const isPlatformAdmin = (user: User) => user.platformRole === 'platform_admin'

/** A member of at least one subscriber with one of `roles` (all roles when none are given). */
export const isMember =
  (...roles: MemberRole[]) =>
  (user: User) =>
    user.memberships.some((m) => roles.length === 0 || roles.includes(m.role))
