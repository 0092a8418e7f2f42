/**
 * The roles a member of a subscriber can hold, and their ranks: a role may do everything the roles
 * ranked below it may do. The member guard (membership.ts) compares ranks.
 */
import { z } from '@hono/zod-openapi'

export const MEMBER_ROLES = ['admin', 'responder', 'viewer'] as const
export const MemberRole = z.enum(MEMBER_ROLES)
export type MemberRole = z.infer<typeof MemberRole>

/** What each role may do includes everything the roles below it may do. */
export const ROLE_RANK = { viewer: 1, responder: 2, admin: 3 } as const satisfies Record<MemberRole, number>
