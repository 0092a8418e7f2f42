import { AppError } from '../errors.ts'
import type { Sql } from '../db.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { scheduleJob } from '../mail/outbox.ts'
import { storyPrechecks } from '../precheck/index.ts'
import { providerGate, requireSeniorIfRequested } from '../provider-review/gate.ts'
import { existingServiceIds } from '../services/queries.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { TAG_GROUPS } from '../stories/schemas.ts'
import { requireClaim } from './claims.ts'
import { escalateStory, requireNoOpenEscalation } from './escalations.ts'
import { dropClaim, recordEvent } from './queries.ts'
import { HOLD_MAX_DAYS, type StoryDecision, type StoryPatch } from './schemas.ts'
import {
  currentStory,
  findTags,
  redactStory,
  setStoryCriticality,
  setStoryServices,
  setStoryTags,
  storyTagSlugs,
  type Redaction,
  wasRedacted,
} from './story-queries.ts'

const DAY = 86_400_000
const invalid = (
  path: string,
  message: string,
  summary = 'Some of the information is missing or not right.',
) => new AppError('validation_failed', summary, [{ path, message }])

async function checkTags(sql: Sql, id: string, tags: NonNullable<StoryPatch['tags']>): Promise<string[]> {
  const chosen = TAG_GROUPS.flatMap((group) => tags[group].map((slug, i) => ({ group, slug, i })))
  const known = new Map(
    (
      await findTags(
        sql,
        chosen.map((t) => t.slug),
      )
    ).map((t) => [t.slug, t]),
  )
  const already = await storyTagSlugs(sql, id)
  const issues = chosen.flatMap(({ group, slug, i }) => {
    const tag = known.get(slug)
    const ok = tag && tag.group === group && (!tag.retired || already.has(slug))
    return ok ? [] : [{ path: `tags.${group}.${i}`, message: 'is not a tag in this group' }]
  })
  if (issues.length) throw new AppError('validation_failed', 'Choose tags from the list.', issues)
  return [...new Set(chosen.map((t) => t.slug))]
}

/**
 * Applies a moderator's changes to a story they hold. Returns whether the public could see the
 * change (the story is published), so that the caller clears feed caches. Inside `sql.begin`.
 */
export async function patchStory(
  sql: Sql,
  id: string,
  patch: StoryPatch,
  moderatorId: string,
): Promise<boolean> {
  await requireClaim(sql, 'story', id, moderatorId)
  const story = await currentStory(sql, id)
  const published = story.status === 'published'
  const title = patch.title ?? story.title
  const body = patch.body ?? story.body
  const redactions: Redaction[] = []
  if (title !== story.title) redactions.push({ field: 'title', before: story.title, after: title })
  if (body !== story.body) redactions.push({ field: 'body', before: story.body, after: body })
  if (redactions.length) {
    if (!patch.reason)
      throw invalid('reason', 'Say why the text was changed', 'Give a reason for the change.')
    await redactStory(
      sql,
      id,
      { title, body, flags: storyPrechecks(title, body) },
      redactions,
      patch.reason,
      moderatorId,
    )
    await recordEvent(sql, {
      kind: 'story',
      id,
      actorId: moderatorId,
      action: 'edit',
      reason: patch.reason,
      detail: { fields: redactions.map((r) => r.field), rules: [...new Set(patch.removed ?? [])] },
    })
  }
  if (patch.serviceIds) {
    const ids = [...new Set(patch.serviceIds)]
    const known = await existingServiceIds(sql, ids)
    const unknown = patch.serviceIds.findIndex((s) => !known.has(s))
    if (unknown >= 0) throw invalid(`serviceIds.${unknown}`, 'is not a service in the directory')
    await setStoryServices(sql, id, ids, published)
    await recordEvent(sql, {
      kind: 'story',
      id,
      actorId: moderatorId,
      action: 'services',
      detail: { serviceIds: ids },
    })
  }
  if (patch.criticality !== undefined && patch.criticality !== story.criticality) {
    await setStoryCriticality(sql, id, patch.criticality)
    await recordEvent(sql, {
      kind: 'story',
      id,
      actorId: moderatorId,
      action: 'criticality',
      detail: { from: story.criticality, to: patch.criticality },
    })
  }
  if (patch.tags) {
    const slugs = await checkTags(sql, id, patch.tags)
    await setStoryTags(sql, id, slugs)
    await recordEvent(sql, {
      kind: 'story',
      id,
      actorId: moderatorId,
      action: 'tags',
      detail: { tags: slugs },
    })
  }
  return published && (redactions.length > 0 || !!patch.serviceIds || !!patch.tags)
}

export interface DecisionContext {
  moderatorId: string
  platformRole: string | null
  publicUrl: string
  now: Date
}

/**
 * Publishes, rejects, holds or escalates a story the moderator holds. Returns whether public
 * feeds changed. Inside `sql.begin`, so the status, the audit event and the author's email
 * commit together.
 */
export async function decideStory(
  sql: Sql,
  id: string,
  input: StoryDecision,
  ctx: DecisionContext,
): Promise<boolean> {
  const status = await requireClaim(sql, 'story', id, ctx.moderatorId)
  if (!['pending', 'in_review', 'held'].includes(status)) {
    throw new AppError('conflict', `This story is already ${status.replace('_', ' ')}.`)
  }
  await requireSeniorIfRequested(sql, id, ctx)
  const actor = { type: 'moderator' as const, id: ctx.moderatorId }
  const { criticality } = await currentStory(sql, id)
  const needCriticality = () => {
    if (criticality === null)
      throw invalid('criticality', 'Set how critical the story is first', 'Set the criticality first.')
  }
  switch (input.decision) {
    case 'publish': {
      needCriticality()
      await requireNoOpenEscalation(sql, id)
      if ((await providerGate(sql, id, ctx)) === 'awaiting') return false
      await changeStoryStatus(sql, { storyId: id, to: 'published', actor, reason: input.reason })
      const edited = await wasRedacted(sql, id)
      await queueAuthorMail(sql, { storyId: id, kind: 'published', publicUrl: ctx.publicUrl, edited })
      await dropClaim(sql, 'story', id)
      return true
    }
    case 'reject': {
      if (!input.reason) throw invalid('reason', 'Give the reason the author will be sent', 'Give a reason.')
      await changeStoryStatus(sql, { storyId: id, to: 'rejected', actor, reason: input.reason })
      await queueAuthorMail(sql, {
        storyId: id,
        kind: 'rejected',
        publicUrl: ctx.publicUrl,
        reason: input.reason,
      })
      await dropClaim(sql, 'story', id)
      return false
    }
    case 'hold': {
      if (!input.heldUntil) throw invalid('heldUntil', 'Choose the date the story is published')
      const heldUntil = new Date(input.heldUntil)
      if (heldUntil <= ctx.now || heldUntil.getTime() > ctx.now.getTime() + HOLD_MAX_DAYS * DAY) {
        throw invalid('heldUntil', `must be in the future, within ${HOLD_MAX_DAYS} days`)
      }
      needCriticality()
      await requireNoOpenEscalation(sql, id)
      await changeStoryStatus(sql, { storyId: id, to: 'held', actor, reason: input.reason, heldUntil })
      await scheduleJob(sql, {
        job: PUBLISH_HELD_STORY,
        payload: { storyId: id },
        runAfter: heldUntil,
        dedupeKey: `${PUBLISH_HELD_STORY}:${id}:${heldUntil.toISOString()}`,
      })
      await dropClaim(sql, 'story', id)
      return false
    }
    case 'escalate': {
      await escalateStory(sql, id, input.reason, ctx)
      return false
    }
  }
}

export const PUBLISH_HELD_STORY = 'publish_held_story'
