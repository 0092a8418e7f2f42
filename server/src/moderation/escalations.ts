import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { enqueueMail } from '../mail/outbox.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { ESCALATION_MAIL } from './escalation-mail.ts'
import {
  closeEscalation,
  type EscalationOutcome,
  insertEscalation,
  openEscalation,
  safeguardingContacts,
  safeguardingModerators,
  setEscalationNotified,
} from './escalation-queries.ts'
import { recordEvent } from './queries.ts'

export interface EscalationContext {
  moderatorId: string
  publicUrl: string
}

async function storyServiceNames(sql: Sql, storyId: string): Promise<string[]> {
  const rows = await sql<{ name: string }[]>`
    select n.name from story_nodes sn join service_nodes n on n.id = sn.node_id
    where sn.story_id = ${storyId} order by sn.position`
  return rows.map((r) => r.name)
}

/**
 * Emails the platform's safeguarding moderators and the safeguarding contact of each subscriber
 * covering the story, in the same transaction as the escalation (the outbox sends them at once
 * after commit). Returns how many were queued.
 */
async function notifySafeguarding(sql: Sql, storyId: string, reason: string | null, publicUrl: string) {
  const content = {
    storyId,
    reason,
    services: await storyServiceNames(sql, storyId),
    workbenchUrl: `${publicUrl}/portal/moderation/stories/${storyId}`,
  }
  const moderators = await safeguardingModerators(sql)
  const contacts = await safeguardingContacts(sql, storyId)
  const mail = ESCALATION_MAIL.moderators(content)
  for (const m of moderators) {
    await enqueueMail(sql, { template: 'safeguarding_moderator', to: m.email, ...mail })
  }
  for (const c of contacts) {
    const text = ESCALATION_MAIL.subscriber({ ...content, subscriberName: c.subscriberName })
    await enqueueMail(sql, { template: 'safeguarding_subscriber', to: c.email, ...text })
  }
  return { moderators: moderators.length, subscribers: contacts.length }
}

/**
 * Escalates a story the moderator holds as a safeguarding concern: it stays in review (and
 * cannot be published or held) until an outcome is recorded; everyone responsible is told now.
 * Inside `sql.begin`.
 */
export async function escalateStory(
  sql: Sql,
  id: string,
  reason: string | undefined,
  ctx: EscalationContext,
) {
  if (await openEscalation(sql, id)) {
    throw new AppError('conflict', 'This story is already escalated. Record the outcome when it is known.')
  }
  const actor = { type: 'moderator' as const, id: ctx.moderatorId }
  const why = `Escalated as a safeguarding concern${reason ? `: ${reason}` : ''}`
  await changeStoryStatus(sql, { storyId: id, to: 'in_review', actor, reason: why })
  const escalationId = await insertEscalation(sql, id, ctx.moderatorId, reason ?? null)
  const told = await notifySafeguarding(sql, id, reason ?? null, ctx.publicUrl)
  await setEscalationNotified(sql, escalationId, told.moderators + told.subscribers)
  await recordEvent(sql, {
    kind: 'story',
    id,
    actorId: ctx.moderatorId,
    action: 'escalate',
    reason,
    detail: { step: 'escalated', notifiedModerators: told.moderators, notifiedSubscribers: told.subscribers },
  })
}

/** Refuses to let a story with an open escalation be published or held. */
export async function requireNoOpenEscalation(sql: Sql, id: string) {
  if (await openEscalation(sql, id)) {
    throw new AppError(
      'conflict',
      'This story is escalated as a safeguarding concern. Record the outcome before publishing it.',
    )
  }
}

/** Records what came of an escalation; the story can then be decided as usual. Inside `sql.begin`. */
export async function recordEscalationOutcome(
  sql: Sql,
  id: string,
  input: { outcome: EscalationOutcome; note?: string | undefined },
  moderatorId: string,
) {
  const open = await openEscalation(sql, id)
  if (!open) throw new AppError('conflict', 'This story has no open safeguarding escalation.')
  const note = input.note ?? null
  await closeEscalation(sql, open.id, id, { outcome: input.outcome, note, moderatorId })
  await recordEvent(sql, {
    kind: 'story',
    id,
    actorId: moderatorId,
    action: 'escalate',
    reason: note,
    detail: { step: 'outcome', outcome: input.outcome },
  })
}
