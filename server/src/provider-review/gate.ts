import { hashToken, randomToken } from '../auth/tokens.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { nameIn } from '../i18n/index.ts'
import { enqueueMail, scheduleJob } from '../mail/outbox.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { providerReviewEmail } from './emails.ts'
import {
  dropStoryClaim,
  editedSince,
  findPrivateProvider,
  insertReview,
  insertReviewLink,
  openReviewRequest,
  providerHasAnswered,
  providerRecipients,
  recordOutcome,
} from './queries.ts'
import { PROVIDER_WAIT_HOURS } from './schemas.ts'

export const PROVIDER_REVIEW_TIMEOUT = 'provider_review_timeout'
const HOUR = 3_600_000

/** Who may decide a story a provider asked to have reviewed. */
export const SENIOR_ROLES: readonly string[] = ['senior_moderator', 'platform_admin']

export interface GateContext {
  /** Null when no moderator acts: a held story's hold ended. */
  moderatorId: string | null
  platformRole: string | null
  publicUrl: string
  now: Date
}

/**
 * Before any decision on a story: once its provider has asked for a review, only a senior
 * moderator decides it (403 for anyone else).
 */
export async function requireSeniorIfRequested(sql: Sql, storyId: string, ctx: GateContext): Promise<void> {
  if (SENIOR_ROLES.includes(ctx.platformRole ?? '')) return
  if (await openReviewRequest(sql, storyId)) {
    throw new AppError('forbidden', 'The provider asked for a review: a senior moderator decides this story.')
  }
}

/**
 * Called when a moderator publishes, and when a held story's hold ends. A story about a private
 * provider that has not had its say waits for it instead (`awaiting`: the caller stops); a story
 * with an open review request closes it as published or edited (`publish`: the caller goes on
 * publishing as usual).
 */
export async function providerGate(
  sql: Sql,
  storyId: string,
  ctx: GateContext,
): Promise<'publish' | 'awaiting'> {
  const open = await openReviewRequest(sql, storyId)
  if (open) {
    const edited = await editedSince(sql, storyId, open.answeredAt)
    await recordOutcome(sql, open.id, { outcome: edited ? 'edited' : 'published', by: ctx.moderatorId })
    return 'publish'
  }
  if (await providerHasAnswered(sql, storyId)) return 'publish'
  const provider = await findPrivateProvider(sql, storyId)
  if (!provider) return 'publish'
  const dueAt = new Date(ctx.now.getTime() + PROVIDER_WAIT_HOURS * HOUR)
  const reviewId = await insertReview(sql, { storyId, provider, dueAt })
  await changeStoryStatus(sql, {
    storyId,
    to: 'awaiting_provider',
    actor: ctx.moderatorId ? { type: 'moderator', id: ctx.moderatorId } : { type: 'system' },
    reason: `Waiting for ${provider.name}, a private provider, until ${dueAt.toISOString()}`,
  })
  const services = await sql<{ name: string; nameCy: string | null }[]>`
    select n.name, n.name_cy from story_nodes sn join service_nodes n on n.id = sn.node_id
    where sn.story_id = ${storyId} order by sn.position`
  for (const recipient of await providerRecipients(sql, storyId, provider.nodeId)) {
    const token = randomToken()
    await insertReviewLink(sql, {
      tokenHash: hashToken(token),
      reviewId,
      subscriberId: recipient.subscriberId,
      expiresAt: dueAt,
    })
    // Not tied to the story: erasing the author's address must not erase the provider's mail.
    await enqueueMail(
      sql,
      providerReviewEmail(
        recipient.email,
        {
          providerName: nameIn(recipient.lang, provider.name, provider.nameCy),
          services: services.map((s) => nameIn(recipient.lang, s.name, s.nameCy)),
          url: `${ctx.publicUrl}/provider-review/${token}`,
        },
        recipient.lang,
      ),
    )
  }
  await scheduleJob(sql, {
    job: PROVIDER_REVIEW_TIMEOUT,
    payload: { reviewId },
    runAfter: dueAt,
    dedupeKey: `${PROVIDER_REVIEW_TIMEOUT}:${reviewId}`,
  })
  await dropStoryClaim(sql, storyId)
  return 'awaiting'
}
