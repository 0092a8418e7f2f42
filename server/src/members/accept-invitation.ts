import { verifyPassword } from '../users/password.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { createUser, findUserByEmail } from '../users/queries.ts'
import { NewPassword } from '../users/schemas.ts'
import { addMember, findOpenInvitation, markInvitationAccepted } from './queries.ts'
import type { AcceptInvitation } from './schemas.ts'

export const invitationGone = () =>
  new AppError(
    'not_found',
    'This invitation has expired, was withdrawn or was already used. Ask for a new one.',
  )

/** A new account's name and password, as the invitation form must give them. */
function checkNewAccount(input: AcceptInvitation): asserts input is AcceptInvitation & { name: string } {
  if (!input.name) {
    throw new AppError('validation_failed', 'Enter your name.', [
      { path: 'name', message: 'Enter your name' },
    ])
  }
  const password = NewPassword.safeParse(input.password)
  if (!password.success) {
    throw new AppError('validation_failed', 'Choose a longer password.', [
      { path: 'password', message: password.error.issues[0]!.message },
    ])
  }
}

/**
 * Accepts an open invitation: with the password of the invited address's account, or by creating
 * that account; then the membership. Inside `sql.begin`, so the invitation is used exactly once.
 */
export async function acceptInvitation(sql: Sql, token: string, input: AcceptInvitation) {
  const invitation = await findOpenInvitation(sql, token, true)
  if (!invitation) throw invitationGone()
  let userId = invitation.userId
  if (userId) {
    const user = await findUserByEmail(sql, invitation.email)
    if (!user || !(await verifyPassword(input.password, user.passwordHash))) {
      throw new AppError('unauthenticated', 'That is not the password of the account for this address.')
    }
  } else {
    checkNewAccount(input)
    const account = { email: invitation.email, name: input.name, password: input.password }
    userId = (await createUser(sql, account, invitation.lang)).id
  }
  await addMember(sql, { ...invitation, userId, invitedBy: invitation.invitedBy })
  await markInvitationAccepted(sql, invitation.id, userId)
  return { userId, subscriberId: invitation.subscriberId }
}
