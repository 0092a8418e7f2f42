import { createRoute, type RouteHandler } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { deleteCookie, setCookie } from 'hono/cookie'
import { AppError } from '../errors.ts'
import { createRouter, type AppEnv, type Deps, errorResponses, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { clientAddress, clientBucket, forgetAttempts, hitSlidingLimit } from '../rate-limit.ts'
import { burnPasswordCheck, hashPassword, verifyPassword } from '../users/password.ts'
import { findUserByEmail, setPassword, setUserLang } from '../users/queries.ts'
import { LanguageChoice } from '../users/schemas.ts'
import { passwordResetEmail } from './emails.ts'
import { checkOrigin, createAuth, currentSession, SESSION_COOKIE, sessionCookieOptions } from './index.ts'
import {
  consumePasswordReset,
  createPasswordReset,
  createSession,
  deleteSession,
  SESSION_ABSOLUTE_DAYS,
  sessionMemberships,
} from './queries.ts'
import { PasswordResetConfirm, PasswordResetRequest, SessionInfo, SignIn } from './schemas.ts'
import { TOKEN_PATTERN } from './tokens.ts'

/** Sliding: no 15 minutes, wherever they fall, hold more than a limit's worth of tries. */
const WINDOW = 15 * 60
/** Tries per email address from one client address: a real user elsewhere is never locked out. */
export const SIGN_IN_PAIR_LIMIT = 10
/** Tries from one client address, whatever the email: stops spraying many accounts. */
export const SIGN_IN_ADDRESS_LIMIT = 50

const tags = ['Portal: sessions']

const signIn = createRoute({
  method: 'post',
  path: '/api/portal/session',
  tags,
  summary: 'Sign in',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(SignIn) },
  responses: {
    200: {
      description: 'Signed in; sets the session cookie',
      content: { 'application/json': { schema: SessionInfo } },
    },
    ...errorResponses(400, 401, 403, 415, 422, 429),
  },
})

const getSession = createRoute({
  method: 'get',
  path: '/api/portal/session',
  tags,
  summary: 'The signed-in user and the CSRF token',
  responses: {
    200: { description: 'Signed in', content: { 'application/json': { schema: SessionInfo } } },
    ...errorResponses(401),
  },
})

const signOut = createRoute({
  method: 'delete',
  path: '/api/portal/session',
  tags,
  summary: 'Sign out',
  responses: { 204: { description: 'Signed out; the cookie is cleared' }, ...errorResponses(401, 403) },
})

const setLanguage = createRoute({
  method: 'put',
  path: '/api/portal/session/language',
  tags,
  summary: "Choose the signed-in user's language (portal and emails)",
  request: { body: jsonRequest(LanguageChoice) },
  responses: {
    200: { description: 'Saved', content: { 'application/json': { schema: LanguageChoice } } },
    ...errorResponses(400, 401, 403, 415, 422),
  },
})

const resetRequest = createRoute({
  method: 'post',
  path: '/api/portal/password-reset',
  tags,
  summary: 'Email a password reset link',
  description: 'Always answers 202, so that it does not tell whether an account exists.',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(PasswordResetRequest) },
  responses: { 202: { description: 'Accepted' }, ...errorResponses(400, 403, 415, 422, 429) },
})

const resetConfirm = createRoute({
  method: 'post',
  path: '/api/portal/password-reset/confirm',
  tags,
  summary: 'Choose a new password with the emailed token',
  description: 'Ends every session of the account.',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(PasswordResetConfirm) },
  responses: { 204: { description: 'Password changed' }, ...errorResponses(400, 403, 415, 422, 429) },
})

function tooMany(retryAfter: number): never {
  throw new AppError(
    'rate_limited',
    'Too many attempts. Please wait a few minutes and try again.',
    undefined,
    {
      'Retry-After': String(retryAfter),
    },
  )
}

/** Throttling by client address, email or account (rate-limit.ts), in buckets keyed with the secret. */
function throttle({ sql, config }: Deps) {
  const bucket = (prefix: string, key: string) => clientBucket(prefix, key, config.SESSION_SECRET)
  const limit = (prefix: string, key: string, max: number, windowSeconds = WINDOW) =>
    hitSlidingLimit(sql, bucket(prefix, key), max, windowSeconds)
  const addressOf = (c: Context) => clientAddress(c, config.TRUST_PROXY)
  return { bucket, limit, addressOf }
}

function signInHandler(deps: Deps): RouteHandler<typeof signIn, AppEnv> {
  const { sql, config } = deps
  const { bucket, limit, addressOf } = throttle(deps)
  return async (c) => {
    checkOrigin(c, config)
    const { email, password } = c.req.valid('json')
    const address = addressOf(c)
    const pair = `${email.toLowerCase()}|${address}`
    const byAddress = await limit('signin-address', address, SIGN_IN_ADDRESS_LIMIT)
    const byPair = await limit('signin-pair', pair, SIGN_IN_PAIR_LIMIT)
    if (!byAddress.allowed || !byPair.allowed) tooMany(Math.max(byAddress.retryAfter, byPair.retryAfter))
    const user = await findUserByEmail(sql, email)
    const ok = user ? await verifyPassword(password, user.passwordHash) : await burnPasswordCheck(password)
    if (!user || !ok) {
      log.info('sign_in_refused', { requestId: c.get('requestId') })
      throw new AppError('unauthenticated', 'That email address and password do not match an account.')
    }
    // A success forgets this pair's failures, so that typos earlier in the window do not count.
    await forgetAttempts(sql, bucket('signin-pair', pair))
    const { token, csrfToken } = await createSession(sql, user.id)
    setCookie(c, SESSION_COOKIE, token, {
      ...sessionCookieOptions(config),
      maxAge: SESSION_ABSOLUTE_DAYS * 86400,
    })
    log.info('signed_in', { requestId: c.get('requestId'), userId: user.id })
    const { passwordHash: _hash, ...rest } = user
    return c.json(
      { user: { ...rest, memberships: [...(await sessionMemberships(sql, user.id))] }, csrfToken },
      200,
    )
  }
}

function resetRequestHandler(deps: Deps): RouteHandler<typeof resetRequest, AppEnv> {
  const { sql, config } = deps
  const { limit, addressOf } = throttle(deps)
  return async (c) => {
    checkOrigin(c, config)
    const { email } = c.req.valid('json')
    const byAddress = await limit('reset-address', addressOf(c), 10)
    if (!byAddress.allowed) tooMany(byAddress.retryAfter)
    const user = await findUserByEmail(sql, email)
    // Three emails an hour per account at most, whoever asks; the answer is the same either way.
    if (user && (await limit('reset-user', user.id, 3, 3600)).allowed) {
      await sql.begin(async (tx) => {
        const token = await createPasswordReset(tx, user.id)
        const link = `${config.PUBLIC_URL}/portal/reset-password?token=${token}`
        const outboxId = await enqueueMail(tx, passwordResetEmail(user.email, link, user.lang))
        log.info('password_reset_requested', { requestId: c.get('requestId'), userId: user.id, outboxId })
      })
    }
    return c.body(null, 202)
  }
}

function resetConfirmHandler(deps: Deps): RouteHandler<typeof resetConfirm, AppEnv> {
  const { sql, config } = deps
  const { limit, addressOf } = throttle(deps)
  return async (c) => {
    checkOrigin(c, config)
    const { token, password } = c.req.valid('json')
    const byAddress = await limit('reset-confirm', addressOf(c), 20)
    if (!byAddress.allowed) tooMany(byAddress.retryAfter)
    const invalid = new AppError('validation_failed', 'This reset link has expired or was already used.', [
      { path: 'token', message: 'has expired or was already used; ask for a new link' },
    ])
    if (!TOKEN_PATTERN.test(token)) throw invalid
    const passwordHash = await hashPassword(password)
    const userId = await sql.begin(async (tx) => {
      const id = await consumePasswordReset(tx, token)
      if (id) await setPassword(tx, id, passwordHash)
      return id
    })
    if (!userId) throw invalid
    log.info('password_reset', { requestId: c.get('requestId'), userId })
    return c.body(null, 204)
  }
}

export function authRoutes(deps: Deps) {
  const { sql, config } = deps
  const auth = createAuth({ sql })
  return createRouter()
    .openapi(signIn, signInHandler(deps))
    .openapi(getSession, async (c) => {
      const session = await auth.loadSession(c)
      if (!session) throw new AppError('unauthenticated', 'Please sign in to continue.')
      c.header('Cache-Control', 'no-store')
      return c.json({ user: session.user, csrfToken: session.csrfToken }, 200)
    })
    .openapi({ ...signOut, middleware: [auth.requireSession] as const }, async (c) => {
      await deleteSession(sql, currentSession(c).tokenHash)
      deleteCookie(c, SESSION_COOKIE, sessionCookieOptions(config))
      return c.body(null, 204)
    })
    .openapi({ ...setLanguage, middleware: [auth.requireSession, jsonBody] as const }, async (c) => {
      const { lang } = c.req.valid('json')
      await setUserLang(sql, currentSession(c).user.id, lang)
      return c.json({ lang }, 200)
    })
    .openapi(resetRequest, resetRequestHandler(deps))
    .openapi(resetConfirm, resetConfirmHandler(deps))
}
