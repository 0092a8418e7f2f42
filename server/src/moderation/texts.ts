import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { runPrechecks } from '../precheck/index.ts'
import { dropClaim, liveClaim, recordEvent, requireClaim } from './claims.ts'
import type { TextItem } from './schemas.ts'

export type TextKind = 'response' | 'reply'

interface TextRow {
  id: string
  status: string
  body: string
  originalBody: string
  flags: TextItem['flags']
  storyId: string
  storyTitle: string
  responderTitle?: string | null
  organisationName?: string | null
  changeMarker?: 'planned' | 'made' | null
  createdAt: Date
}

const STATUS_AFTER: Record<string, [string | null, string]> = {
  publish: ['pending', 'published'],
  reject: ['pending', 'rejected'],
  edit: [null, 'edited'],
}

/** A provider's response or an author's reply, with its original text and what moderators did. */
export async function getTextItem(sql: Sql, kind: TextKind, id: string): Promise<TextItem | undefined> {
  const [row] =
    kind === 'response'
      ? await sql<TextRow[]>`
          select r.id, r.status, r.body, coalesce(r.original_body, r.body) as original_body, r.flags,
            s.id as story_id, s.title as story_title, r.responder_title, r.organisation_name, r.change_marker,
            r.created_at
          from responses r join stories s on s.id = r.story_id where r.id = ${id}`
      : await sql<TextRow[]>`
          select a.id, a.status, a.body, a.original_body, a.flags, s.id as story_id, s.title as story_title,
            a.created_at
          from author_replies a join stories s on s.id = a.story_id where a.id = ${id}`
  if (!row) return undefined
  const actions = await sql<
    { action: string; actorName: string | null; reason: string | null; createdAt: Date }[]
  >`
    select m.action, u.name as actor_name, m.reason, m.created_at
    from moderation_events m left join users u on u.id = m.actor_id
    where m.item_kind = ${kind} and m.item_id = ${id} and m.action in ('edit', 'publish', 'reject')
    order by m.id`
  const { storyId, storyTitle, createdAt, ...rest } = row
  return {
    ...rest,
    kind,
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
        fromStatus: STATUS_AFTER[a.action]![0],
        toStatus: STATUS_AFTER[a.action]![1],
        actorType: 'moderator',
        actorName: a.actorName,
        reason: a.reason,
        createdAt: a.createdAt.toISOString(),
      })),
    ],
  }
}

const table = (sql: Sql, kind: TextKind) => sql(kind === 'response' ? 'responses' : 'author_replies')

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
  const [current] = await sql<{ body: string }[]>`select body from ${table(sql, kind)} where id = ${id}`
  if (current!.body === body) return
  const flags = runPrechecks(body)
  await sql`
    update ${table(sql, kind)} set original_body = coalesce(original_body, body), body = ${body},
      flags = ${sql.json(flags as unknown as postgres.JSONValue)}, flag_count = ${flags.length}, updated_at = now()
    where id = ${id}`
  await recordEvent(sql, {
    kind,
    id,
    actorId: moderatorId,
    action: 'edit',
    reason,
    detail: { before: current!.body, after: body },
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
  if (status !== 'pending') throw new AppError('conflict', `This ${kind} is already ${status}.`)
  if (input.decision === 'reject' && !input.reason) {
    throw new AppError('validation_failed', 'Give a reason.', [
      { path: 'reason', message: 'Say why it is not published' },
    ])
  }
  const published = input.decision === 'publish'
  if (published) {
    const [story] = await sql<{ status: string }[]>`
      select s.status from ${table(sql, kind)} t join stories s on s.id = t.story_id where t.id = ${id}`
    if (story?.status !== 'published') {
      throw new AppError('conflict', 'Its story is no longer published, so this cannot be published.')
    }
  }
  const [row] = await sql<{ storyId: string }[]>`
    update ${table(sql, kind)} set status = ${published ? 'published' : 'rejected'},
      published_at = ${published ? sql`date_trunc('milliseconds', now())` : null},
      status_reason = ${input.reason ?? null}, updated_at = now()
    where id = ${id}
    returning story_id`
  await recordEvent(sql, { kind, id, actorId: ctx.moderatorId, action: input.decision, reason: input.reason })
  await dropClaim(sql, kind, id)
  if (!published || kind !== 'response') return false
  const [story] = await sql<{ status: string }[]>`
    update stories set response_count = response_count + 1, updated_at = now() where id = ${row!.storyId}
    returning status`
  if (story?.status === 'published') {
    await queueAuthorMail(sql, { storyId: row!.storyId, kind: 'answered', publicUrl: ctx.publicUrl })
  }
  return true
}
