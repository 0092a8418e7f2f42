import { hashToken } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { publishStory } from './publish.ts'
import {
  findLinkedReview,
  lockWaitingReview,
  markLinkUsed,
  recordAnswer,
  type LinkedReview,
} from './queries.ts'
import { REVIEW_REASON_LABELS, type ProviderDecision, type ProviderStory } from './schemas.ts'

const TOKEN = /^[A-Za-z0-9_-]{43}$/
const EXPIRED = 'This link has expired or was not found. The story may already be published.'

/** The review behind a link that can still be read: 404 when unknown or expired. */
export async function readableReview(sql: Sql, token: string, now: Date): Promise<LinkedReview> {
  const found = TOKEN.test(token) ? await findLinkedReview(sql, hashToken(token)) : undefined
  if (!found || found.expiresAt <= now) throw new AppError('not_found', EXPIRED)
  return found
}

export function providerStoryView(review: LinkedReview): ProviderStory {
  const waiting = review.storyStatus === 'awaiting_provider' && review.answer === null && !review.usedAt
  return {
    storyId: review.storyId,
    providerName: review.providerName,
    title: review.title,
    body: review.body,
    services: review.services,
    publishesAt: review.dueAt.toISOString(),
    status: waiting ? 'awaiting' : 'decided',
  }
}

/**
 * The provider's answer through its private link: go ahead publishes at once; a review request
 * puts the story back in the queue for a senior moderator. A link decides once; after any
 * answer, or once expired, every link of that review refuses (409, or 404 when expired).
 * Returns whether the story was published. Inside `sql.begin`.
 */
export async function decideByLink(
  sql: Sql,
  token: string,
  input: ProviderDecision,
  ctx: { now: Date; publicUrl: string },
): Promise<boolean> {
  if (!TOKEN.test(token)) throw new AppError('not_found', EXPIRED)
  const tokenHash = hashToken(token)
  const review = await findLinkedReview(sql, tokenHash, true)
  if (!review || review.expiresAt <= ctx.now) throw new AppError('not_found', EXPIRED)
  if (review.usedAt || review.answer !== null || review.storyStatus !== 'awaiting_provider') {
    throw new AppError('conflict', 'This story has already been decided.')
  }
  await markLinkUsed(sql, tokenHash)
  if (input.decision === 'go_ahead') {
    await recordAnswer(sql, review.reviewId, { answer: 'go_ahead' })
    await publishStory(sql, review.storyId, {
      actor: { type: 'system' },
      reason: `${review.providerName} said go ahead`,
      publicUrl: ctx.publicUrl,
    })
    return true
  }
  await recordAnswer(sql, review.reviewId, {
    answer: 'review',
    reason: input.reason,
    details: input.details || null,
  })
  await changeStoryStatus(sql, {
    storyId: review.storyId,
    to: 'in_review',
    actor: { type: 'system' },
    reason: `${review.providerName} asked for a review: ${REVIEW_REASON_LABELS[input.reason]}`,
  })
  return false
}

/**
 * The 72-hour job: a story still waiting for its provider publishes itself. A review that was
 * answered meanwhile, or a story withdrawn, leaves it with nothing to do. Returns whether it
 * published.
 */
export async function publishUnanswered(
  sql: Sql,
  reviewId: string,
  ctx: { now: Date; publicUrl: string },
): Promise<boolean> {
  const review = await lockWaitingReview(sql, reviewId)
  if (!review || review.dueAt > ctx.now) return false
  await recordAnswer(sql, reviewId, { answer: 'no_answer' })
  if (review.storyStatus !== 'awaiting_provider') return false
  await publishStory(sql, review.storyId, {
    actor: { type: 'system' },
    reason: 'The provider did not answer within 72 hours',
    publicUrl: ctx.publicUrl,
  })
  return true
}
