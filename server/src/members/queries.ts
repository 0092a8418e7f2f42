import { hashToken, randomToken, TOKEN_PATTERN } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { enqueueMail } from '../mail/outbox.ts'
import type { MemberRole } from '../tenancy/roles.ts'
import type { Lang } from '../i18n/index.ts'
import { invitationEmail } from './emails.ts'
import { INVITATION_DAYS, type InvitationView, type MemberPatch, type MemberView } from './schemas.ts'

type Dated<T, K extends keyof T> = Omit<T, K> & { [P in K]: Date }

export async function listMembers(sql: Sql, subscriberId: string, userId?: string): Promise<MemberView[]> {
  const rows = await sql<Dated<MemberView, 'createdAt'>[]>`
    select m.user_id, u.name, u.email, m.role, m.frozen, i.name as invited_by_name, m.created_at
    from memberships m
    join users u on u.id = m.user_id
    left join users i on i.id = m.invited_by
    where m.subscriber_id = ${subscriberId} ${userId ? sql`and m.user_id = ${userId}` : sql``}
    order by m.role, lower(u.name), m.user_id`
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}

export async function listInvitations(sql: Sql, subscriberId: string): Promise<InvitationView[]> {
  const rows = await sql<Dated<InvitationView, 'createdAt' | 'expiresAt'>[]>`
    select v.id, v.email, v.role, u.name as invited_by_name, v.created_at, v.expires_at,
      v.expires_at <= now() as expired
    from invitations v left join users u on u.id = v.invited_by
    where v.subscriber_id = ${subscriberId} and v.accepted_at is null and v.revoked_at is null
    order by v.created_at desc`
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    expiresAt: r.expiresAt.toISOString(),
  }))
}

export interface InvitationRequest {
  subscriberId: string
  subscriberName: string
  email: string
  role: MemberRole
  invitedBy: string | null
  publicUrl: string
}

/**
 * Creates an invitation (replacing any open one for the same address) and queues its email, whose
 * link carries the only copy of the token. Inside `sql.begin`. Returns the invitation's id.
 */
export async function inviteMember(sql: Sql, r: InvitationRequest): Promise<string> {
  await sql`
    update invitations set revoked_at = now()
    where subscriber_id = ${r.subscriberId} and lower(email) = lower(${r.email})
      and accepted_at is null and revoked_at is null`
  const token = randomToken()
  // Written in the inviter's language (English when a platform admin's tool invites).
  const [row] = await sql<{ id: string; lang: Lang }[]>`
    insert into invitations (subscriber_id, token_hash, email, role, invited_by, expires_at, lang)
    values (${r.subscriberId}, ${hashToken(token)}, ${r.email}, ${r.role}, ${r.invitedBy},
      now() + make_interval(days => ${INVITATION_DAYS}),
      coalesce((select lang from users where id = ${r.invitedBy}), 'en'))
    returning id, lang`
  await enqueueMail(
    sql,
    invitationEmail(
      r.email,
      {
        subscriberName: r.subscriberName,
        role: r.role,
        link: `${r.publicUrl}/portal/accept-invitation?token=${token}`,
        days: INVITATION_DAYS,
      },
      row!.lang,
    ),
  )
  return row!.id
}

export async function revokeInvitation(sql: Sql, subscriberId: string, id: string): Promise<boolean> {
  const rows = await sql`
    update invitations set revoked_at = now()
    where id = ${id} and subscriber_id = ${subscriberId} and accepted_at is null and revoked_at is null`
  return rows.count > 0
}

export interface OpenInvitation {
  id: string
  subscriberId: string
  subscriberName: string
  email: string
  role: MemberRole
  invitedBy: string | null
  expiresAt: Date
  /** The inviter's language: the email and the account it creates use it. */
  lang: Lang
  /** The account already registered with the invited address, if any. */
  userId: string | null
}

/** The invitation a token opens while it is neither used, revoked nor expired. */
export async function findOpenInvitation(
  sql: Sql,
  token: string,
  lock = false,
): Promise<OpenInvitation | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined
  const [row] = await sql<OpenInvitation[]>`
    select v.id, v.subscriber_id, s.name as subscriber_name, v.email, v.role, v.invited_by, v.expires_at,
      v.lang, u.id as user_id
    from invitations v
    join subscribers s on s.id = v.subscriber_id
    left join users u on lower(u.email) = lower(v.email)
    where v.token_hash = ${hashToken(token)} and v.accepted_at is null and v.revoked_at is null
      and v.expires_at > now()
    ${lock ? sql`for update of v` : sql``}`
  return row
}

/** Adds the user to the subscriber (or changes nothing if they are a member already). */
export async function addMember(
  sql: Sql,
  m: { subscriberId: string; userId: string; role: MemberRole; invitedBy: string | null },
): Promise<boolean> {
  const rows = await sql`
    insert into memberships (subscriber_id, user_id, role, invited_by)
    values (${m.subscriberId}, ${m.userId}, ${m.role}, ${m.invitedBy})
    on conflict do nothing`
  return rows.count > 0
}

export async function markInvitationAccepted(sql: Sql, id: string, userId: string): Promise<void> {
  await sql`update invitations set accepted_at = now(), accepted_by = ${userId} where id = ${id}`
}

export async function isMemberByEmail(sql: Sql, subscriberId: string, email: string): Promise<boolean> {
  const [row] = await sql`
    select 1 from memberships m join users u on u.id = m.user_id
    where m.subscriber_id = ${subscriberId} and lower(u.email) = lower(${email})`
  return Boolean(row)
}

const lastAdmin = () =>
  new AppError(
    'conflict',
    'This is the last active admin. Make another member an admin first, so that someone can still manage this organisation.',
  )

/**
 * Changes a member's role or frozen state, or removes them (`patch` null), refusing anything that
 * would leave the subscriber without an active admin. Inside `sql.begin`: the subscriber's row
 * lock makes two admins demoting each other at once take turns. False when there is no such member.
 */
export async function changeMember(
  sql: Sql,
  subscriberId: string,
  userId: string,
  patch: MemberPatch | null,
): Promise<boolean> {
  await sql`select id from subscribers where id = ${subscriberId} for update`
  const [target] = await sql<{ role: MemberRole; frozen: boolean }[]>`
    select role, frozen from memberships where subscriber_id = ${subscriberId} and user_id = ${userId}`
  if (!target) return false
  const activeAdmin = target.role === 'admin' && !target.frozen
  const staysActiveAdmin =
    patch !== null && (patch.role ?? target.role) === 'admin' && !(patch.frozen ?? target.frozen)
  if (activeAdmin && !staysActiveAdmin) {
    const [admins] = await sql<{ n: number }[]>`
      select count(*)::int as n from memberships
      where subscriber_id = ${subscriberId} and role = 'admin' and not frozen`
    if (admins!.n <= 1) throw lastAdmin()
  }
  if (patch === null) {
    // Their alert preferences go with the membership (foreign key, on delete cascade).
    await sql`delete from memberships where subscriber_id = ${subscriberId} and user_id = ${userId}`
    return true
  }
  await sql`
    update memberships set role = ${patch.role ?? target.role}, frozen = ${patch.frozen ?? target.frozen},
      updated_at = now()
    where subscriber_id = ${subscriberId} and user_id = ${userId}`
  return true
}

export async function getMember(
  sql: Sql,
  subscriberId: string,
  userId: string,
): Promise<MemberView | undefined> {
  return (await listMembers(sql, subscriberId, userId))[0]
}

/** The account that has just accepted an invitation, as its new session shows it. */
export async function getAcceptedUser(sql: Sql, userId: string) {
  const [user] = await sql<{ id: string; email: string; name: string; platformRole: null; lang: Lang }[]>`
    select id, email, name, platform_role, lang from users where id = ${userId}`
  return user
}

export interface MembershipSummary {
  subscriberId: string
  subscriberName: string
  role: MemberRole
  frozen: boolean
}

/** Every subscriber the user belongs to, by name. */
export async function listMemberships(sql: Sql, userId: string): Promise<MembershipSummary[]> {
  return sql<MembershipSummary[]>`
    select m.subscriber_id, s.name as subscriber_name, m.role, m.frozen
    from memberships m join subscribers s on s.id = m.subscriber_id
    where m.user_id = ${userId}
    order by lower(s.name), s.id`
}
