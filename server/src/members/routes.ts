import { createRoute } from '@hono/zod-openapi'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import {
  changeMember,
  getMember,
  inviteMember,
  isMemberByEmail,
  listInvitations,
  listMembers,
  revokeInvitation,
} from './queries.ts'
import {
  InvitationIdParam,
  InvitationView,
  MemberList,
  MemberPatch,
  MemberView,
  NewInvitation,
  UserIdParam,
} from './schemas.ts'

const tags = ['Portal: members']
const base = '/api/portal/subscribers/{subscriberId}'

const list = createRoute({
  method: 'get',
  path: `${base}/members`,
  tags,
  summary: 'Members and open invitations (admins)',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Members', MemberList), ...errorResponses(401, 403, 404, 422) },
})

const invite = createRoute({
  method: 'post',
  path: `${base}/invitations`,
  tags,
  summary: 'Invite someone by email (admins); the link works for 7 days',
  request: { params: SubscriberIdParam, body: jsonRequest(NewInvitation) },
  responses: {
    201: jsonAnswer('Invited', InvitationView),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

const revoke = createRoute({
  method: 'delete',
  path: `${base}/invitations/{id}`,
  tags,
  summary: 'Withdraw an invitation (admins)',
  request: { params: InvitationIdParam },
  responses: { 204: { description: 'Withdrawn' }, ...errorResponses(401, 403, 404, 422) },
})

const patch = createRoute({
  method: 'patch',
  path: `${base}/members/{userId}`,
  tags,
  summary: 'Change a member’s role, or freeze or unfreeze them (admins)',
  description: 'The last active admin cannot be demoted or frozen: 409.',
  request: { params: UserIdParam, body: jsonRequest(MemberPatch) },
  responses: {
    200: jsonAnswer('The member', MemberView),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

const remove = createRoute({
  method: 'delete',
  path: `${base}/members/{userId}`,
  tags,
  summary: 'Remove a member (admins)',
  description: 'The last active admin cannot be removed: 409. Their account stays; their alerts go.',
  request: { params: UserIdParam },
  responses: { 204: { description: 'Removed' }, ...errorResponses(401, 403, 404, 409, 422) },
})

/** Subscriber admins manage members and invitations. */
export function memberRoutes({ sql, config }: Deps) {
  const guard = createMemberGuard({ sql })
  const admin = guard('admin')
  const noSuchMember = () => notFound('That member')

  return createRouter()
    .openapi({ ...list, middleware: admin }, async (c) => {
      const { subscriberId } = currentMember(c)
      const [members, invitations] = await Promise.all([
        listMembers(sql, subscriberId),
        listInvitations(sql, subscriberId),
      ])
      c.header('Cache-Control', 'no-store')
      return c.json({ members, invitations }, 200)
    })
    .openapi({ ...invite, middleware: [...admin, jsonBody] }, async (c) => {
      const member = currentMember(c)
      const { email, role } = c.req.valid('json')
      if (await isMemberByEmail(sql, member.subscriberId, email)) {
        throw new AppError('conflict', 'That person is already a member.', [
          { path: 'email', message: 'is already a member' },
        ])
      }
      const id = await sql.begin((tx) =>
        inviteMember(tx, {
          subscriberId: member.subscriberId,
          subscriberName: member.subscriberName,
          email,
          role,
          invitedBy: member.userId,
          publicUrl: config.PUBLIC_URL,
        }),
      )
      log.info('member_invited', {
        requestId: c.get('requestId'),
        subscriberId: member.subscriberId,
        invitationId: id,
      })
      const invitation = (await listInvitations(sql, member.subscriberId)).find((i) => i.id === id)!
      return c.json(invitation, 201)
    })
    .openapi({ ...revoke, middleware: admin }, async (c) => {
      const { id } = c.req.valid('param')
      if (!(await revokeInvitation(sql, currentMember(c).subscriberId, id))) throw notFound('That invitation')
      return c.body(null, 204)
    })
    .openapi({ ...patch, middleware: [...admin, jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { userId } = c.req.valid('param')
      const changed = await sql.begin((tx) => changeMember(tx, subscriberId, userId, c.req.valid('json')))
      if (!changed) throw noSuchMember()
      log.info('member_changed', { requestId: c.get('requestId'), subscriberId, userId })
      return c.json((await getMember(sql, subscriberId, userId))!, 200)
    })
    .openapi({ ...remove, middleware: admin }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { userId } = c.req.valid('param')
      if (!(await sql.begin((tx) => changeMember(tx, subscriberId, userId, null)))) throw noSuchMember()
      log.info('member_removed', { requestId: c.get('requestId'), subscriberId, userId })
      return c.body(null, 204)
    })
}
