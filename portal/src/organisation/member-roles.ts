import type { MemberRole } from '../shared/types.ts'

export type { MemberRole }

/** Highest first, as the role select lists them. */
export const MEMBER_ROLES = ['admin', 'responder', 'viewer'] as const satisfies readonly MemberRole[]
