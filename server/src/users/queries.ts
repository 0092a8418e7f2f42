import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import { hashPassword } from './password.ts'
import { NewUser, type PlatformRole } from './schemas.ts'

export interface UserRow {
  id: string
  email: string
  name: string
  platformRole: PlatformRole | null
  /** The portal's and their emails' language. */
  lang: Lang
}

/** Validates and creates a user; a second account with the same email (any case) is a 23505. */
export async function createUser(sql: Sql, input: NewUser, lang: Lang = 'en'): Promise<UserRow> {
  const user = NewUser.parse(input)
  const passwordHash = await hashPassword(user.password)
  const [row] = await sql<UserRow[]>`
    insert into users (email, name, password_hash, platform_role, lang)
    values (${user.email}, ${user.name}, ${passwordHash}, ${user.platformRole}, ${lang})
    returning id, email, name, platform_role, lang`
  return row!
}

export async function findUserByEmail(
  sql: Sql,
  email: string,
): Promise<(UserRow & { passwordHash: string }) | undefined> {
  const [row] = await sql<(UserRow & { passwordHash: string })[]>`
    select id, email, name, platform_role, lang, password_hash from users where lower(email) = lower(${email.trim()})`
  return row
}

export async function setUserLang(sql: Sql, userId: string, lang: Lang): Promise<void> {
  await sql`update users set lang = ${lang}, updated_at = now() where id = ${userId}`
}

export async function setPassword(sql: Sql, userId: string, passwordHash: string): Promise<void> {
  await sql`update users set password_hash = ${passwordHash}, updated_at = now() where id = ${userId}`
}
