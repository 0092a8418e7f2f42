import { pendingChangeClaim, settleChangeClaim } from '../changes/queries.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { answerPrechecks } from '../precheck/index.ts'
import { requireClaim } from './claims.ts'
import {
  countPublishedResponse,
  dropClaim,
  getTextBody,
  getTextRow,
  listTextActions,
  liveClaim,
  recordEvent,
  setTextDecision,
  textStoryStatus,
  updateTextBody,
  type TextKind,
} from './queries.ts'
import type { TextItem } from './schemas.ts'

export type { TextKind } from './queries.ts'

const STATUS_AFTER: Record<string, [string | null, string]> = {
  publish: ['pending', 'published'],
  reject: ['pending', 'rejected'],
  edit: [null, 'edited'],
}

/** A provider's response or an author's reply, with its original text and what moderators did. */
export async function getTextItem(sql: Sql, kind: TextKind, id: string): Promise<TextItem | undefined> {
  const row = await getTextRow(sql, kind, id)
  if (!row) return undefined
  const actions = await listTextActions(sql, kind, id)
  const { storyId, storyTitle, createdAt, ...rest } = row
  return {
    ...rest,
    kind,
    ...(kind === 'response' ? { change: (await pendingChangeClaim(sql, id)) ?? null } : {}),
    story: { id: storyId, title: storyTitle },
    claim: await liveClaim(sql, kind, id),
    events: [
      {
        fromStatus: null,
        toStatus: 'pending',
        actorType: kind === 'response' ? 'responder' : 'author',
        actorName: null,
        reason: null,
        createdAt: createdAt.toISOString(),
      },
      ...actions.map((a) => ({
        // A decision on a change claim alone leaves its published response as it was.
        fromStatus: a.change ? null : STATUS_AFTER[a.action]![0],
        toStatus: a.change
          ? `change_${a.action === 'publish' ? 'published' : 'rejected'}`
          : STATUS_AFTER[a.action]![1],
        actorType: 'moderator',
        actorName: a.actorName,
        reason: a.reason,
        createdAt: a.createdAt.toISOString(),
      })),
    ],
  }
}

/** A moderator's edit of a response or reply they hold; the first original is kept. Inside `sql.begin`. */
export async function patchText(
  sql: Sql,
  kind: TextKind,
  id: string,
  body: string,
  reason: string,
  moderatorId: string,
) {
  const status = await requireClaim(sql, kind, id, moderatorId)
  if (status !== 'pending') throw new AppError('conflict', `This ${kind} is already ${status}.`)
  const current = await getTextBody(sql, kind, id)
  if (current === body) return
  await updateTextBody(sql, kind, id, body, answerPrechecks(body, kind))
  await recordEvent(sql, {
    kind,
    id,
    actorId: moderatorId,
    action: 'edit',
    reason,
    detail: { before: current, after: body },
  })
}

/**
 * Publishes or rejects a response or reply the moderator holds. A published response tells the
 * story's author (if they left an email). Returns whether public pages changed. Inside `sql.begin`.
 */
export async function decideText(
  sql: Sql,
  kind: TextKind,
  id: string,
  input: { decision: 'publish' | 'reject'; reason?: string },
  ctx: { moderatorId: string; publicUrl: string },
): Promise<boolean> {
  const status = await requireClaim(sql, kind, id, ctx.moderatorId)
  const claimOnly = kind === 'response' && status === 'published' && !!(await pendingChangeClaim(sql, id))
  if (status !== 'pending' && !claimOnly) throw new AppError('conflict', `This ${kind} is already ${status}.`)
  if (input.decision === 'reject' && !input.reason) {
    throw new AppError('validation_failed', 'Give a reason.', [
      { path: 'reason', message: 'Say why it is not published' },
    ])
  }
  const published = input.decision === 'publish'
  if (published) {
    if ((await textStoryStatus(sql, kind, id)) !== 'published') {
      throw new AppError('conflict', 'Its story is no longer published, so this cannot be published.')
    }
  }
  if (claimOnly) return decideChangeClaim(sql, id, published, input.reason, ctx)
  const storyId = await setTextDecision(sql, kind, id, published, input.reason)
  await recordEvent(sql, { kind, id, actorId: ctx.moderatorId, action: input.decision, reason: input.reason })
  await dropClaim(sql, kind, id)
  if (kind !== 'response') return false
  const settled = await settleChangeClaim(sql, id, published)
  if (!published) return settled.restored
  if ((await countPublishedResponse(sql, storyId)) === 'published') {
    await queueAuthorMail(sql, { storyId, kind: settled.mail ?? 'answered', publicUrl: ctx.publicUrl })
  }
  return true
}

/**
 * The change claim alone on a published response, which stays public whatever the decision:
 * published, the change shows with it and the story's author is told; rejected, the response
 * keeps the change it had. Returns whether public pages changed.
 */
async function decideChangeClaim(
  sql: Sql,
  id: string,
  published: boolean,
  reason: string | undefined,
  ctx: { moderatorId: string; publicUrl: string },
): Promise<boolean> {
  const claim = await pendingChangeClaim(sql, id)
  await recordEvent(sql, {
    kind: 'response',
    id,
    actorId: ctx.moderatorId,
    action: published ? 'publish' : 'reject',
    reason,
    detail: { change: claim!.status },
  })
  await dropClaim(sql, 'response', id)
  const settled = await settleChangeClaim(sql, id, published)
  if (!published) return false
  const [story] = await sql<{ storyId: string }[]>`select story_id from responses where id = ${id}`
  await queueAuthorMail(sql, { storyId: story!.storyId, kind: settled.mail!, publicUrl: ctx.publicUrl })
  return true
}
