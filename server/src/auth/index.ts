import type { Context } from 'hono'
import { getCookie } from 'hono/cookie'
import { createMiddleware } from 'hono/factory'
import type { Config } from '../config.ts'
import { AppError } from '../errors.ts'
import type { Deps } from '../http.ts'
import type { PlatformRole, User } from '../users/schemas.ts'
import { findSession, sessionMemberships } from './queries.ts'
import { sameSecret, TOKEN_PATTERN } from './tokens.ts'

/** The signed-in user and their session, for any route behind `requireSession`. */
export interface Session {
  tokenHash: string
  csrfToken: string
  user: User
}

declare module 'hono' {
  interface ContextVariableMap {
    /** Loaded once per request by the auth middleware; null when there is no live session. */
    session: Session | null
  }
}

export const SESSION_COOKIE = 'heard_session'
export const CSRF_HEADER = 'X-CSRF-Token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

export const sessionCookieOptions = (config: Config) =>
  ({
    httpOnly: true,
    sameSite: 'Lax',
    path: '/',
    secure: config.NODE_ENV === 'production' || config.PUBLIC_URL.startsWith('https:'),
  }) as const

/**
 * Refuses a request that a browser sent from another site. Used where there is no session (and so
 * no CSRF token) yet: signing in and password resets. Requests without Origin are not from a
 * browser form or script on another site.
 */
export function checkOrigin(c: Context, config: Config): void {
  const origin = c.req.header('origin')
  const crossSite = c.req.header('sec-fetch-site') === 'cross-site'
  if (!origin && !crossSite) return
  if (!crossSite && (origin === new URL(config.PUBLIC_URL).origin || origin === new URL(c.req.url).origin))
    return
  throw new AppError('forbidden', 'This request came from another site.')
}

/**
 * Session middleware for the portal API. `requireSession` answers 401 without a live session and
 * 403 `csrf_failed` when a change lacks the session's CSRF token; `requirePlatformRole` also
 * answers 403 `forbidden` to a user without one of the roles. Read the user with `currentUser(c)`.
 */
export function createAuth({ sql }: Pick<Deps, 'sql'>) {
  async function loadSession(c: Context): Promise<Session | null> {
    const loaded = c.get('session')
    if (loaded !== undefined) return loaded
    const token = getCookie(c, SESSION_COOKIE)
    const row = token && TOKEN_PATTERN.test(token) ? await findSession(sql, token) : undefined
    const memberships = row ? [...(await sessionMemberships(sql, row.user.id))] : []
    const session = row ? { ...row, user: { ...row.user, memberships } } : null
    c.set('session', session)
    return session
  }

  async function check(c: Context, roles?: readonly PlatformRole[]): Promise<void> {
    const session = await loadSession(c)
    if (!session) throw new AppError('unauthenticated', 'Please sign in to continue.')
    if (!SAFE_METHODS.has(c.req.method) && !sameSecret(c.req.header(CSRF_HEADER) ?? '', session.csrfToken)) {
      throw new AppError('csrf_failed', 'This page has expired. Reload it and try again.')
    }
    const role = session.user.platformRole as PlatformRole
    // A senior moderator is a moderator who also decides providers' review requests.
    const senior = role === 'senior_moderator' && roles?.includes('moderator')
    if (roles && !roles.includes(role) && !senior) {
      throw new AppError('forbidden', 'You do not have permission to do that.')
    }
  }

  return {
    loadSession,
    requireSession: createMiddleware(async (c, next) => {
      await check(c)
      await next()
    }),
    requirePlatformRole: (...roles: PlatformRole[]) =>
      createMiddleware(async (c, next) => {
        await check(c, roles)
        await next()
      }),
  }
}

export type Auth = ReturnType<typeof createAuth>

/** The signed-in session; only behind `requireSession` or `requirePlatformRole`. */
export function currentSession(c: Context): Session {
  const session = c.get('session')
  if (!session) throw new AppError('unauthenticated', 'Please sign in to continue.')
  return session
}

export const currentUser = (c: Context): User => currentSession(c).user
