import { createRoute } from '@hono/zod-openapi'
import { setCookie } from 'hono/cookie'
import { checkOrigin, SESSION_COOKIE, sessionCookieOptions } from '../auth/index.ts'
import { createSession, SESSION_ABSOLUTE_DAYS } from '../auth/queries.ts'
import { SessionInfo } from '../auth/schemas.ts'
import { AppError } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { clientAddress, clientBucket, hitRateLimit } from '../rate-limit.ts'
import { acceptInvitation, invitationGone } from './accept-invitation.ts'
import { findOpenInvitation, getAcceptedUser, listMemberships } from './queries.ts'
import { AcceptInvitation, InvitationPreview, TokenParam } from './schemas.ts'

const tags = ['Portal: members']

const preview = createRoute({
  method: 'get',
  path: '/api/portal/invitations/{token}',
  tags,
  summary: 'What an invitation link is for (no session needed)',
  request: { params: TokenParam },
  responses: { 200: jsonAnswer('The invitation', InvitationPreview), ...errorResponses(404) },
})

const accept = createRoute({
  method: 'post',
  path: '/api/portal/invitations/{token}/accept',
  tags,
  summary: 'Accept an invitation and sign in',
  description:
    'New to Heard: send `name` and a new `password` (at least 10 characters). Already has an account ' +
    'with the invited address: send that account’s `password`. Answers like signing in, with the cookie set.',
  request: { params: TokenParam, body: jsonRequest(AcceptInvitation) },
  responses: {
    200: jsonAnswer('Accepted and signed in', SessionInfo),
    ...errorResponses(400, 401, 403, 404, 415, 422, 429),
  },
})

/** Invitation links: look at one, accept it. Public: the token is the credential. */
export function invitationRoutes({ sql, config }: Deps) {
  return createRouter()
    .openapi(preview, async (c) => {
      const invitation = await findOpenInvitation(sql, c.req.valid('param').token)
      if (!invitation) throw invitationGone()
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          subscriberName: invitation.subscriberName,
          email: invitation.email,
          role: invitation.role,
          expiresAt: invitation.expiresAt.toISOString(),
          accountExists: invitation.userId !== null,
        },
        200,
      )
    })
    .openapi({ ...accept, middleware: [jsonBody] as const }, async (c) => {
      checkOrigin(c, config)
      const limit = await hitRateLimit(
        sql,
        clientBucket('invitation-accept', clientAddress(c, config.TRUST_PROXY), config.SESSION_SECRET),
        20,
        15 * 60,
      )
      if (!limit.allowed) {
        throw new AppError('rate_limited', 'Too many attempts. Please wait a few minutes.', undefined, {
          'Retry-After': String(limit.retryAfter),
        })
      }
      const { token } = c.req.valid('param')
      const input = c.req.valid('json')
      const accepted = await sql.begin((tx) => acceptInvitation(tx, token, input))
      const session = await createSession(sql, accepted.userId)
      setCookie(c, SESSION_COOKIE, session.token, {
        ...sessionCookieOptions(config),
        maxAge: SESSION_ABSOLUTE_DAYS * 86400,
      })
      log.info('invitation_accepted', { requestId: c.get('requestId'), ...accepted })
      const user = await getAcceptedUser(sql, accepted.userId)
      const memberships = (await listMemberships(sql, accepted.userId))
        .filter((m) => !m.frozen)
        .map(({ subscriberId, subscriberName, role }) => ({ subscriberId, subscriberName, role }))
      return c.json({ user: { ...user!, memberships }, csrfToken: session.csrfToken }, 200)
    })
}
