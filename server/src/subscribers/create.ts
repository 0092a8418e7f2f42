import type { SqlPool } from '../db.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { addedToSubscriberEmail } from '../members/emails.ts'
import { addMember, inviteMember } from '../members/queries.ts'
import { normaliseCoverage, saveCoverage } from '../tenancy/coverage.ts'
import { saveEntitlement } from '../tenancy/entitlement.ts'
import { createUser, findUserByEmail } from '../users/queries.ts'
import { insertSubscriber } from './queries.ts'
import type { PublicInterestType, SubscriberKind } from './schemas.ts'

export interface CreateSubscriberInput {
  name: string
  /** Directory node ids; normalised (a node inside another chosen node's subtree is dropped). */
  coverage: readonly string[]
  adminEmail: string
  adminName?: string
  /** Creates the admin's account with this password when there is none; otherwise they are invited. */
  adminPassword?: string
  /** The platform admin doing it; null from the command line. */
  createdBy: string | null
  publicUrl: string
  /** A provider unless said; a public-interest body needs its type. */
  kind?: SubscriberKind
  publicInterestType?: PublicInterestType
}

/**
 * `member`: the address already had an account, which is now the subscriber's admin (and is told
 * so by email). `created`: an account was made with the given password. `invited`: an invitation
 * email went out; the subscriber has no active admin until it is accepted.
 */
export type FirstAdmin =
  { outcome: 'member' | 'created'; userId: string } | { outcome: 'invited'; invitationId: string }

/** Creates a subscriber with its coverage (also its entitlement) and first admin, all or nothing. */
export async function createSubscriber(
  sql: SqlPool,
  input: CreateSubscriberInput,
): Promise<{ id: string; admin: FirstAdmin }> {
  return sql.begin(async (tx) => {
    const nodeIds = await normaliseCoverage(tx, input.coverage)
    const id = await insertSubscriber(tx, input.name, input)
    // What it first covers is also what it may cover, until a platform admin widens it.
    await saveEntitlement(tx, id, nodeIds)
    await saveCoverage(tx, id, nodeIds)
    const existing = await findUserByEmail(tx, input.adminEmail)
    const member = { subscriberId: id, role: 'admin' as const, invitedBy: input.createdBy }
    if (existing) {
      await addMember(tx, { ...member, userId: existing.id })
      await enqueueMail(
        tx,
        addedToSubscriberEmail(
          existing.email,
          {
            subscriberName: input.name,
            role: 'admin',
            portalUrl: `${input.publicUrl}/portal/`,
          },
          existing.lang,
        ),
      )
      return { id, admin: { outcome: 'member', userId: existing.id } }
    }
    if (input.adminPassword) {
      const user = await createUser(tx, {
        email: input.adminEmail,
        password: input.adminPassword,
        name: input.adminName ?? input.adminEmail.split('@')[0]!,
      })
      await addMember(tx, { ...member, userId: user.id })
      return { id, admin: { outcome: 'created', userId: user.id } }
    }
    const invitationId = await inviteMember(tx, {
      subscriberId: id,
      subscriberName: input.name,
      email: input.adminEmail,
      role: 'admin',
      invitedBy: input.createdBy,
      publicUrl: input.publicUrl,
    })
    return { id, admin: { outcome: 'invited', invitationId } }
  })
}
