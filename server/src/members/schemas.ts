import { z } from '@hono/zod-openapi'
import { MemberRole } from '../tenancy/roles.ts'
import { Email } from '../users/schemas.ts'

/** Days an invitation link works. */
export const INVITATION_DAYS = 7

export const MemberView = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    role: MemberRole,
    frozen: z.boolean(),
    invitedByName: z.string().nullable(),
    createdAt: z.iso.datetime(),
  })
  .openapi('Member')
export type MemberView = z.infer<typeof MemberView>

export const InvitationView = z
  .object({
    id: z.uuid(),
    email: z.string(),
    role: MemberRole,
    invitedByName: z.string().nullable(),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    expired: z.boolean(),
  })
  .openapi('Invitation')
export type InvitationView = z.infer<typeof InvitationView>

export const MemberList = z
  .object({ members: z.array(MemberView), invitations: z.array(InvitationView) })
  .openapi('MemberList')

export const NewInvitation = z.object({ email: Email, role: MemberRole }).openapi('NewInvitation')

export const MemberPatch = z
  .object({ role: MemberRole.optional(), frozen: z.boolean().optional() })
  .refine((p) => p.role !== undefined || p.frozen !== undefined, 'Change the role or frozen')
  .openapi('MemberPatch')
export type MemberPatch = z.infer<typeof MemberPatch>

export const UserIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  userId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'userId', in: 'path' } }),
})

export const InvitationIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})

export const TokenParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
})

export const InvitationPreview = z
  .object({
    subscriberName: z.string(),
    email: z.string(),
    role: MemberRole,
    expiresAt: z.iso.datetime(),
    accountExists: z.boolean().openapi({
      description: 'True: accept with the existing password. False: choose a name and password.',
    }),
  })
  .openapi('InvitationPreview')

export const AcceptInvitation = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, 'Enter your name')
      .max(120, 'Name must be 120 characters or fewer')
      .optional(),
    password: z
      .string({ message: 'Enter a password' })
      .min(1, 'Enter a password')
      .max(200)
      .openapi({ description: 'For a new account at least 10 characters; otherwise the account’s password' }),
  })
  .openapi('AcceptInvitation')
export type AcceptInvitation = z.infer<typeof AcceptInvitation>
