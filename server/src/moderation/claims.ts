import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import { AppError, notFound } from '../errors.ts'
import { CLAIM_MINUTES, type Claim, type ItemKind } from './schemas.ts'

const TABLES = { story: 'stories', response: 'responses', reply: 'author_replies' } as const
/** Statuses in which each kind may be claimed. A published story may be claimed to correct it. */
const CLAIMABLE: Record<ItemKind, readonly string[]> = {
  story: ['pending', 'in_review', 'held', 'published'],
  response: ['pending'],
  reply: ['pending'],
}
const WHAT = { story: 'That story', response: 'That response', reply: 'That reply' } as const

/** Locks an item's row for the rest of the transaction; its status, or 404. */
export async function lockItem(sql: Sql, kind: ItemKind, id: string): Promise<string> {
  const [row] = await sql<{ status: string }[]>`
    select status from ${sql(TABLES[kind])} where id = ${id} for update`
  if (!row) throw notFound(WHAT[kind])
  return row.status
}

export function assertClaimable(kind: ItemKind, status: string): void {
  if (!CLAIMABLE[kind].includes(status)) {
    throw new AppError(
      'conflict',
      `${WHAT[kind]} is not waiting for moderation (it is ${status.replace('_', ' ')}).`,
    )
  }
}

const claimJson = (sql: Sql) => sql`
  json_build_object('moderatorId', c.moderator_id, 'moderatorName', u.name,
    'expiresAt', to_char(c.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))`

/**
 * Takes or renews the claim on an item for `CLAIM_MINUTES`. Succeeds when nobody holds it, when
 * the caller holds it, or when the holder's lease has run out; undefined when another moderator
 * holds a live claim. One statement, so two moderators racing cannot both win.
 */
export async function takeClaim(
  sql: Sql,
  kind: ItemKind,
  id: string,
  moderatorId: string,
): Promise<Claim | undefined> {
  const [row] = await sql<{ claim: Claim }[]>`
    with taken as (
      insert into moderation_claims as mc (item_kind, item_id, moderator_id, expires_at)
      values (${kind}, ${id}, ${moderatorId}, now() + make_interval(mins => ${CLAIM_MINUTES}))
      on conflict (item_kind, item_id) do update
        set moderator_id = excluded.moderator_id, claimed_at = now(), expires_at = excluded.expires_at
        where mc.moderator_id = excluded.moderator_id or mc.expires_at <= now()
      returning moderator_id, expires_at
    )
    select ${claimJson(sql)} as claim from taken c join users u on u.id = c.moderator_id`
  return row?.claim
}

/** The live claim on an item, if any. */
export async function liveClaim(sql: Sql, kind: ItemKind, id: string): Promise<Claim | null> {
  const [row] = await sql<{ claim: Claim }[]>`
    select ${claimJson(sql)} as claim
    from moderation_claims c join users u on u.id = c.moderator_id
    where c.item_kind = ${kind} and c.item_id = ${id} and c.expires_at > now()`
  return row?.claim ?? null
}

/** Locks the item and checks that `moderatorId` holds a live claim on it; its status. */
export async function requireClaim(
  sql: Sql,
  kind: ItemKind,
  id: string,
  moderatorId: string,
): Promise<string> {
  const status = await lockItem(sql, kind, id)
  const claim = await liveClaim(sql, kind, id)
  if (claim?.moderatorId !== moderatorId) {
    throw new AppError(
      'conflict',
      claim
        ? `${claim.moderatorName} is working on this. It will be free when they finish or their claim runs out.`
        : 'Claim this item first: your claim has run out or was never taken.',
    )
  }
  return status
}

/** Ends the claim on an item (whoever held it): after a decision, or when released. */
export async function dropClaim(sql: Sql, kind: ItemKind, id: string): Promise<void> {
  await sql`delete from moderation_claims where item_kind = ${kind} and item_id = ${id}`
}

export interface ModerationEvent {
  kind: ItemKind
  id: string
  actorId: string
  action:
    | 'claim'
    | 'release'
    | 'edit'
    | 'services'
    | 'criticality'
    | 'tags'
    | 'escalate'
    | 'publish'
    | 'reject'
    | 'hold'
  reason?: string | null
  detail?: Record<string, postgres.JSONValue>
}

/** The audit trail of what moderators did besides changing a story's status. */
export async function recordEvent(sql: Sql, event: ModerationEvent): Promise<void> {
  await sql`
    insert into moderation_events (item_kind, item_id, actor_id, action, reason, detail)
    values (${event.kind}, ${event.id}, ${event.actorId}, ${event.action}, ${event.reason ?? null},
      ${sql.json(event.detail ?? {})})`
}
