import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { scheduleJob } from '../mail/outbox.ts'
import type { Member } from '../tenancy/membership.ts'
import type { InboxState, Note, StateInput, Workflow } from './workflow-schemas.ts'

/** The job that mails an assignee (routing rules queue it from SQL, migration 00040). */
export const ASSIGNED_MAIL_JOB = 'inbox_assigned_mail'

/** Open (new or assigned) and past its due time. The literal states match the partial indexes. */
export const overdueSql = (sql: Sql) => sql`(e.state in ('new', 'assigned') and e.due_at < now())`

interface WorkflowRow {
  state: InboxState
  assigneeId: string | null
  assigneeName: string | null
  noResponseReason: string | null
  dueAt: Date
  overdue: boolean
}

export const toWorkflow = (row: WorkflowRow): Workflow => ({
  state: row.state,
  assignee: row.assigneeId ? { id: row.assigneeId, name: row.assigneeName ?? '' } : null,
  noResponseReason: row.noResponseReason,
  dueAt: row.dueAt.toISOString(),
  overdue: row.overdue,
})

/** The story's workflow in the subscriber's inbox; undefined when it is not in the inbox. */
export async function getWorkflow(
  sql: Sql,
  subscriberId: string,
  storyId: string,
): Promise<Workflow | undefined> {
  const [row] = await sql<WorkflowRow[]>`
    select e.state, e.assignee_id, u.name as assignee_name, e.no_response_reason, e.due_at,
      ${overdueSql(sql)} as overdue
    from inbox_entries e left join users u on u.id = e.assignee_id
    where e.subscriber_id = ${subscriberId} and e.story_id = ${storyId}`
  return row && toWorkflow(row)
}

/** Responders and admins who are not frozen: who may hold a story. */
export async function listAssignableMembers(sql: Sql, subscriberId: string) {
  return sql<{ id: string; name: string; role: 'admin' | 'responder' }[]>`
    select u.id, u.name, m.role from memberships m join users u on u.id = m.user_id
    where m.subscriber_id = ${subscriberId} and m.role in ('admin', 'responder') and not m.frozen
    order by lower(u.name), u.id`
}

export async function requireAssignable(sql: Sql, subscriberId: string, userId: string, path: string) {
  const [row] = await sql`
    select 1 from memberships
    where subscriber_id = ${subscriberId} and user_id = ${userId} and role in ('admin', 'responder') and not frozen`
  if (!row) {
    throw new AppError('validation_failed', 'Choose a responder or admin of your organisation.', [
      { path, message: 'is not a responder or admin of this organisation' },
    ])
  }
}

/**
 * Gives the story to a member (or to nobody), records it and, when someone else is given it,
 * queues their email. New ↔ assigned follow the assignee; a responded or closed story keeps its state.
 * False when the story is not in the inbox. Inside `sql.begin`.
 */
export async function assignStory(
  sql: Sql,
  member: Member,
  storyId: string,
  userId: string | null,
): Promise<boolean> {
  const [row] = await sql<{ previous: string | null }[]>`
    update inbox_entries e set assignee_id = ${userId},
      state = case when e.state in ('new', 'assigned') then ${userId ? 'assigned' : 'new'} else e.state end
    from (select assignee_id as previous from inbox_entries
          where subscriber_id = ${member.subscriberId} and story_id = ${storyId} for update) old
    where e.subscriber_id = ${member.subscriberId} and e.story_id = ${storyId}
    returning old.previous`
  if (!row) return false
  if (row.previous === userId) return true
  await sql`
    insert into inbox_events (subscriber_id, story_id, actor_id, kind, assignee_id)
    values (${member.subscriberId}, ${storyId}, ${member.userId}, ${userId ? 'assigned' : 'unassigned'}, ${userId})`
  if (userId && userId !== member.userId) {
    await scheduleJob(sql, {
      job: ASSIGNED_MAIL_JOB,
      payload: { subscriberId: member.subscriberId, storyId, userId, byName: member.userName },
    })
  }
  return true
}

/** No response needed (with the reason), or open again. False when the story is not in the inbox. */
export async function setStoryState(sql: Sql, member: Member, storyId: string, input: StateInput) {
  const closing = input.state === 'no_response_needed'
  const rows = await sql`
    update inbox_entries e set
      no_response_reason = ${closing ? input.reason : null},
      state = case
        when ${closing} then 'no_response_needed'
        when exists (select from responses r where r.subscriber_id = e.subscriber_id
            and r.story_id = e.story_id and r.status = 'published') then 'responded'
        when e.assignee_id is not null then 'assigned'
        else 'new' end
    where e.subscriber_id = ${member.subscriberId} and e.story_id = ${storyId}`
  if (!rows.count) return false
  await sql`
    insert into inbox_events (subscriber_id, story_id, actor_id, kind, reason)
    values (${member.subscriberId}, ${storyId}, ${member.userId},
      ${closing ? 'no_response_needed' : 'reopened'}, ${closing ? input.reason : null})`
  return true
}

type NoteRow = Omit<Note, 'createdAt'> & { createdAt: Date }
const toNote = (row: NoteRow): Note => ({ ...row, createdAt: row.createdAt.toISOString() })

/** The subscriber's notes on a story, oldest first. */
export async function listNotes(sql: Sql, subscriberId: string, storyId: string): Promise<Note[]> {
  const rows = await sql<NoteRow[]>`
    select n.id, n.body, coalesce(u.name, 'Former member') as author_name, n.created_at
    from inbox_notes n left join users u on u.id = n.author_id
    where n.subscriber_id = ${subscriberId} and n.story_id = ${storyId}
    order by n.created_at, n.id
    limit 500`
  return rows.map(toNote)
}

/** Adds a note and its audit event. Inside `sql.begin`. */
export async function addNote(sql: Sql, member: Member, storyId: string, body: string): Promise<Note> {
  const [row] = await sql<NoteRow[]>`
    insert into inbox_notes (subscriber_id, story_id, author_id, body)
    values (${member.subscriberId}, ${storyId}, ${member.userId}, ${body})
    returning id, body, ${member.userName}::text as author_name, created_at`
  await sql`
    insert into inbox_events (subscriber_id, story_id, actor_id, kind, note_id)
    values (${member.subscriberId}, ${storyId}, ${member.userId}, 'note_added', ${row!.id})`
  return toNote(row!)
}

/** The member has read the story. */
export async function markRead(sql: Sql, member: Member, storyId: string): Promise<void> {
  await sql`
    insert into inbox_reads (subscriber_id, user_id, story_id)
    values (${member.subscriberId}, ${member.userId}, ${storyId})
    on conflict do nothing`
}

export async function getResponseDays(sql: Sql, subscriberId: string): Promise<number> {
  const [row] = await sql<
    { responseDays: number }[]
  >`select response_days from subscribers where id = ${subscriberId}`
  return row?.responseDays ?? 3
}

/** Sets the working days to respond and moves the due time of every open story. Inside `sql.begin`. */
export async function setResponseDays(sql: Sql, subscriberId: string, days: number): Promise<void> {
  await sql`update subscribers set response_days = ${days}, updated_at = now() where id = ${subscriberId}`
  await sql`
    update inbox_entries set due_at = inbox_add_working_days(published_at, ${days}),
      overdue_notified_at = case when inbox_add_working_days(published_at, ${days}) > now() then null
        else overdue_notified_at end
    where subscriber_id = ${subscriberId} and state in ('new', 'assigned')`
}
