/**
 * Who may use a subscriber's portal: the member guard every route under
 * `/api/portal/subscribers/{subscriberId}/…` stands behind, and the member it finds, for handlers to
 * read with `currentMember(c)`.
 */
import type { Context, MiddlewareHandler } from 'hono'
import { createMiddleware } from 'hono/factory'
import { createAuth, currentUser } from '../auth/index.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import type { Deps } from '../http.ts'
import { ROLE_RANK, type MemberRole } from './roles.ts'

/** The signed-in user's membership of the subscriber named in the path. */
export interface Member {
  subscriberId: string
  subscriberName: string
  userId: string
  userName: string
  role: MemberRole
  subscriberKind: 'provider' | 'public_interest'
}

declare module 'hono' {
  interface ContextVariableMap {
    member: Member
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

interface MembershipRow {
  subscriberName: string
  role: MemberRole
  frozen: boolean
  subscriberKind: 'provider' | 'public_interest'
}

export async function findMembership(
  sql: Sql,
  subscriberId: string,
  userId: string,
): Promise<MembershipRow | undefined> {
  const [row] = await sql<MembershipRow[]>`
    select s.name as subscriber_name, m.role, m.frozen, s.kind as subscriber_kind
    from memberships m join subscribers s on s.id = m.subscriber_id
    where m.subscriber_id = ${subscriberId} and m.user_id = ${userId}`
  return row
}

/**
 * Guards for `/api/portal/subscribers/{subscriberId}/…`: a live session (401; CSRF on changes),
 * membership of that subscriber (404 otherwise, the same answer as for a subscriber that does
 * not exist), not frozen (403) and at least `role` (403). Use as a route's middleware:
 * `middleware: guard('responder')`. `responder` guards every way of responding, which a
 * public-interest body never does: 403 to its members whatever their role.
 */
export function createMemberGuard({ sql }: Pick<Deps, 'sql'>) {
  const auth = createAuth({ sql })
  const requireMember = (role: MemberRole) =>
    createMiddleware(async (c, next) => {
      const subscriberId = c.req.param('subscriberId') ?? ''
      const user = currentUser(c)
      const row = UUID.test(subscriberId) ? await findMembership(sql, subscriberId, user.id) : undefined
      if (!row) throw new AppError('not_found', 'That subscriber was not found.')
      if (row.frozen) {
        throw new AppError(
          'forbidden',
          `Your membership of ${row.subscriberName} is frozen. Ask one of its admins to unfreeze it.`,
        )
      }
      if (ROLE_RANK[row.role] < ROLE_RANK[role]) {
        throw new AppError(
          'forbidden',
          `Only ${role === 'admin' ? 'admins' : `${role}s and admins`} can do that.`,
        )
      }
      if (role === 'responder' && row.subscriberKind === 'public_interest') {
        throw new AppError(
          'forbidden',
          `${row.subscriberName} is a public-interest body: it reads stories but does not respond.`,
        )
      }
      c.set('member', {
        subscriberId,
        subscriberName: row.subscriberName,
        userId: user.id,
        userName: user.name,
        role: row.role,
        subscriberKind: row.subscriberKind,
      })
      await next()
    })
  return (role: MemberRole): [MiddlewareHandler, MiddlewareHandler] => [
    auth.requireSession,
    requireMember(role),
  ]
}

export type MemberGuard = ReturnType<typeof createMemberGuard>

export const currentMember = (c: Context): Member => {
  const member = c.get('member')
  if (!member) throw new AppError('unauthenticated', 'Please sign in to continue.')
  return member
}
