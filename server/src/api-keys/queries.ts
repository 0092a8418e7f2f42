import { randomBytes } from 'node:crypto'
import { hashToken } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import type { ApiKeyView } from './schemas.ts'

/** `heard_<8 hex>_<43 base64url>`: the prefix names the key in lists; the rest is 256 random bits. */
export const API_KEY_PATTERN = /^heard_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/

export function newApiKey(): { key: string; prefix: string } {
  const prefix = `heard_${randomBytes(4).toString('hex')}`
  return { key: `${prefix}_${randomBytes(32).toString('base64url')}`, prefix }
}

type Row = Omit<ApiKeyView, 'createdAt' | 'revokedAt' | 'lastUsedAt'> & {
  createdAt: Date
  revokedAt: Date | null
  lastUsedAt: Date | null
}

const view = (r: Row): ApiKeyView => ({
  ...r,
  createdAt: r.createdAt.toISOString(),
  revokedAt: r.revokedAt?.toISOString() ?? null,
  lastUsedAt: r.lastUsedAt?.toISOString() ?? null,
})

export async function listApiKeys(sql: Sql, subscriberId: string, id?: string): Promise<ApiKeyView[]> {
  const rows = await sql<Row[]>`
    select k.id, k.name, k.prefix, u.name as created_by_name, k.created_at, k.revoked_at, k.last_used_at
    from api_keys k left join users u on u.id = k.created_by
    where k.subscriber_id = ${subscriberId} ${id ? sql`and k.id = ${id}` : sql``}
    order by k.revoked_at is not null, k.created_at desc`
  return rows.map(view)
}

/** Stores a new key's hash; answers the key itself, which is never stored. */
export async function createApiKey(
  sql: Sql,
  k: { subscriberId: string; name: string; createdBy: string },
): Promise<{ id: string; key: string }> {
  const { key, prefix } = newApiKey()
  const [row] = await sql<{ id: string }[]>`
    insert into api_keys (subscriber_id, name, prefix, key_hash, created_by)
    values (${k.subscriberId}, ${k.name}, ${prefix}, ${hashToken(key)}, ${k.createdBy})
    returning id`
  return { id: row!.id, key }
}

export async function revokeApiKey(sql: Sql, subscriberId: string, id: string): Promise<boolean> {
  const rows = await sql`
    update api_keys set revoked_at = coalesce(revoked_at, now())
    where id = ${id} and subscriber_id = ${subscriberId}`
  return rows.count > 0
}

export interface UsedApiKey {
  id: string
  subscriberId: string
}

/**
 * The live key for a presented secret, noting its use — at most once a minute, so that a busy
 * client does not write on every request. One statement.
 */
export async function useApiKey(sql: Sql, key: string): Promise<UsedApiKey | undefined> {
  const [row] = await sql<UsedApiKey[]>`
    with k as (
      select id, subscriber_id, last_used_at from api_keys where key_hash = ${hashToken(key)} and revoked_at is null
    ), used as (
      update api_keys set last_used_at = now()
      where id = (select id from k)
        and coalesce((select last_used_at from k) < now() - interval '1 minute', true)
    )
    select id, subscriber_id from k`
  return row
}
