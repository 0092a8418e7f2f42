import { pendingChangeClaim } from '../changes/queries.ts'
import type { Sql } from '../db.ts'
import { AppError, notFound } from '../errors.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import type { Claim } from './schemas.ts'
import { dropClaim, liveClaim, lockItemStatus, recordEvent, takeClaim } from './queries.ts'
import type { ItemKind } from './schemas.ts'

/** Statuses in which each kind may be claimed. A published story may be claimed to correct it. */
const CLAIMABLE: Record<ItemKind, readonly string[]> = {
  story: ['pending', 'in_review', 'held', 'published'],
  response: ['pending'],
  reply: ['pending'],
}
const WHAT = { story: 'That story', response: 'That response', reply: 'That reply' } as const

/** Locks an item's row for the rest of the transaction; its status, or 404. */
export async function lockItem(sql: Sql, kind: ItemKind, id: string): Promise<string> {
  const status = await lockItemStatus(sql, kind, id)
  if (status === undefined) throw notFound(WHAT[kind])
  return status
}

export function assertClaimable(kind: ItemKind, status: string): void {
  if (!CLAIMABLE[kind].includes(status)) {
    throw new AppError(
      'conflict',
      `${WHAT[kind]} is not waiting for moderation (it is ${status.replace('_', ' ')}).`,
    )
  }
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

/**
 * A moderator takes (or renews) the claim on an item; a pending story goes into review. Inside
 * `sql.begin`. Conflict when another moderator holds a live claim.
 */
export async function claimItem(sql: Sql, kind: ItemKind, id: string, userId: string): Promise<Claim> {
  const status = await lockItem(sql, kind, id)
  // A published response is claimed to check a change claim waiting beside it.
  if (!(kind === 'response' && status === 'published' && (await pendingChangeClaim(sql, id)))) {
    assertClaimable(kind, status)
  }
  const renewal = (await liveClaim(sql, kind, id))?.moderatorId === userId
  const taken = await takeClaim(sql, kind, id, userId)
  if (!taken) {
    const holder = await liveClaim(sql, kind, id)
    throw new AppError('conflict', `${holder?.moderatorName ?? 'Another moderator'} is working on this.`)
  }
  if (kind === 'story' && status === 'pending') {
    await changeStoryStatus(sql, {
      storyId: id,
      to: 'in_review',
      actor: { type: 'moderator', id: userId },
    })
  }
  // Renewing a claim is not news: the trail records when an item was taken.
  if (!renewal) await recordEvent(sql, { kind, id, actorId: userId, action: 'claim' })
  return taken
}

/** A moderator lets go of an item; a story in review goes back to pending. Inside `sql.begin`. */
export async function releaseItem(sql: Sql, kind: ItemKind, id: string, userId: string): Promise<void> {
  const status = await lockItem(sql, kind, id)
  const holder = await liveClaim(sql, kind, id)
  if (holder && holder.moderatorId !== userId) {
    throw new AppError('conflict', `${holder.moderatorName} is working on this.`)
  }
  await dropClaim(sql, kind, id)
  if (kind === 'story' && status === 'in_review') {
    await changeStoryStatus(sql, {
      storyId: id,
      to: 'pending',
      actor: { type: 'moderator', id: userId },
    })
  }
  await recordEvent(sql, { kind, id, actorId: userId, action: 'release' })
}
