import type { Sql } from '../db.ts'

export const ESCALATION_OUTCOMES = ['referred', 'no_action', 'contacted_author'] as const
export type EscalationOutcome = (typeof ESCALATION_OUTCOMES)[number]

export interface OpenEscalation {
  id: string
  reason: string | null
  createdAt: Date
}

/** The story's open escalation, locked for the rest of the transaction; undefined if none. */
export async function openEscalation(sql: Sql, storyId: string): Promise<OpenEscalation | undefined> {
  const [row] = await sql<OpenEscalation[]>`
    select id::text, reason, created_at from story_escalations
    where story_id = ${storyId} and outcome is null for update`
  return row
}

export async function insertEscalation(
  sql: Sql,
  storyId: string,
  moderatorId: string,
  reason: string | null,
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into story_escalations (story_id, escalated_by, reason) values (${storyId}, ${moderatorId}, ${reason})
    returning id::text`
  await sql`update stories set escalated_at = coalesce(escalated_at, now()), updated_at = now() where id = ${storyId}`
  return row!.id
}

export async function setEscalationNotified(sql: Sql, id: string, notified: number) {
  await sql`update story_escalations set notified = ${notified} where id = ${id}::bigint`
}

/** Closes the open escalation with its outcome; the story leaves the top of the queue. */
export async function closeEscalation(
  sql: Sql,
  id: string,
  storyId: string,
  outcome: { outcome: EscalationOutcome; note: string | null; moderatorId: string },
) {
  await sql`
    update story_escalations set outcome = ${outcome.outcome}, outcome_note = ${outcome.note},
      outcome_by = ${outcome.moderatorId}, outcome_at = now()
    where id = ${id}::bigint`
  await sql`update stories set escalated_at = null, updated_at = now() where id = ${storyId}`
}

/**
 * Platform staff told of every escalation: those marked as safeguarding moderators, or, when
 * nobody is marked, every moderator (a concern must never reach no one).
 */
export async function safeguardingModerators(sql: Sql): Promise<{ email: string; name: string }[]> {
  return sql<{ email: string; name: string }[]>`
    with marked as (select email, name from users where safeguarding and platform_role is not null)
    select email, name from marked
    union all
    select email, name from users
    where platform_role = 'moderator' and not exists (select 1 from marked)
    order by email`
}

/** The safeguarding contacts of subscribers covering any of the story's services, with who they are. */
export async function safeguardingContacts(sql: Sql, storyId: string) {
  return sql<{ email: string; subscriberName: string; services: string[] }[]>`
    select s.safeguarding_email as email, s.name as subscriber_name,
      array_agg(distinct n.name order by n.name) as services
    from story_nodes sn
    join service_closure c on c.descendant_id = sn.node_id
    join subscriber_coverage sc on sc.node_id = c.ancestor_id
    join subscribers s on s.id = sc.subscriber_id
    join service_nodes n on n.id = sn.node_id
    where sn.story_id = ${storyId} and s.safeguarding_email is not null
    group by s.id, s.safeguarding_email, s.name
    order by s.name`
}

export interface EscalationView {
  reason: string | null
  createdAt: string
  notified: number
  outcome: EscalationOutcome | null
  outcomeNote: string | null
  outcomeAt: string | null
}

/** The story's latest escalation, open or closed, as the workbench shows it. */
export async function latestEscalation(sql: Sql, storyId: string): Promise<EscalationView | null> {
  const [row] = await sql<
    (Omit<EscalationView, 'createdAt' | 'outcomeAt'> & { createdAt: Date; outcomeAt: Date | null })[]
  >`
    select reason, created_at, notified, outcome, outcome_note, outcome_at
    from story_escalations where story_id = ${storyId} order by id desc limit 1`
  if (!row) return null
  return { ...row, createdAt: row.createdAt.toISOString(), outcomeAt: row.outcomeAt?.toISOString() ?? null }
}
