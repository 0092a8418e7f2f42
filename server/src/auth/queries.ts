import type { Sql } from '../db.ts'
import type { UserRow } from '../users/queries.ts'
import type { User } from '../users/schemas.ts'
import { hashToken, randomToken } from './tokens.ts'

/** A session slides: each use keeps it alive this long, up to its absolute end. */
export const SESSION_IDLE_HOURS = 12
export const SESSION_ABSOLUTE_DAYS = 7
export const RESET_TOKEN_MINUTES = 60

export interface SessionRow {
  tokenHash: string
  csrfToken: string
  user: UserRow
}

export interface NewSession {
  token: string
  csrfToken: string
}

export async function createSession(sql: Sql, userId: string): Promise<NewSession> {
  const token = randomToken()
  const csrfToken = randomToken()
  await sql`
    insert into sessions (token_hash, user_id, csrf_token, expires_at, absolute_expires_at)
    values (${hashToken(token)}, ${userId}, ${csrfToken},
      now() + make_interval(hours => ${SESSION_IDLE_HOURS}),
      now() + make_interval(days => ${SESSION_ABSOLUTE_DAYS}))`
  return { token, csrfToken }
}

/**
 * The live session for a cookie's token, renewing its idle expiry (at most once a minute, so
 * that a busy portal does not write on every request).
 */
export async function findSession(sql: Sql, token: string): Promise<SessionRow | undefined> {
  const tokenHash = hashToken(token)
  const [row] = await sql<(Omit<SessionRow, 'user'> & UserRow)[]>`
    with live as (
      select s.token_hash, s.csrf_token, s.user_id from sessions s
      where s.token_hash = ${tokenHash} and s.expires_at > now() and s.absolute_expires_at > now()
    ), renewed as (
      update sessions set expires_at = least(now() + make_interval(hours => ${SESSION_IDLE_HOURS}), absolute_expires_at)
      where token_hash = (select token_hash from live)
        and expires_at < now() + make_interval(hours => ${SESSION_IDLE_HOURS}) - interval '1 minute'
    )
    select live.token_hash, live.csrf_token, u.id, u.email, u.name, u.platform_role, u.lang
    from live join users u on u.id = live.user_id`
  if (!row) return undefined
  const { tokenHash: hash, csrfToken, ...user } = row
  return { tokenHash: hash, csrfToken, user }
}

/** What a session's user carries: the subscribers they may use now (frozen memberships left out). */
export async function sessionMemberships(sql: Sql, userId: string): Promise<User['memberships']> {
  return sql<User['memberships']>`
    select m.subscriber_id, s.name as subscriber_name, m.role, s.kind as subscriber_kind
    from memberships m join subscribers s on s.id = m.subscriber_id
    where m.user_id = ${userId} and not m.frozen
    order by lower(s.name), s.id`
}

export async function deleteSession(sql: Sql, tokenHash: string): Promise<void> {
  await sql`delete from sessions where token_hash = ${tokenHash}`
}

/** A new single-use reset token for the user; its hash is stored, the token goes in the email. */
export async function createPasswordReset(sql: Sql, userId: string): Promise<string> {
  const token = randomToken()
  await sql`
    insert into password_resets (token_hash, user_id, expires_at)
    values (${hashToken(token)}, ${userId}, now() + make_interval(mins => ${RESET_TOKEN_MINUTES}))`
  return token
}

/**
 * Uses up a reset token: the user it belongs to, or undefined when it is unknown, used or
 * expired. Every other outstanding token of that user and every session are ended too.
 */
export async function consumePasswordReset(sql: Sql, token: string): Promise<string | undefined> {
  const [row] = await sql<{ userId: string }[]>`
    update password_resets set used_at = now()
    where token_hash = ${hashToken(token)} and used_at is null and expires_at > now()
    returning user_id`
  if (!row) return undefined
  await sql`update password_resets set used_at = now() where user_id = ${row.userId} and used_at is null`
  await sql`delete from sessions where user_id = ${row.userId}`
  return row.userId
}

/** Removes sessions and reset tokens that can no longer be used. */
export async function purgeExpiredAuth(sql: Sql): Promise<void> {
  await sql`delete from sessions where expires_at < now() or absolute_expires_at < now()`
  await sql`delete from password_resets where expires_at < now() - interval '1 day'`
}
