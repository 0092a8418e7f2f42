import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { decodeCursor, encodeCursor } from '../stories/cursor.ts'
import { inboxConditions, type ResolvedFilters } from './queries.ts'
import { overdueSql } from './workflow-queries.ts'
import type { InboxState } from './workflow-schemas.ts'

/**
 * The inbox list's order: overdue stories first (the longest overdue first), then the rest newest
 * first. Each part is one range scan of a per-subscriber index (the open stories by due time,
 * migration 00040; the list index, 00021), so a page costs the same however many stories exist.
 */
export interface ListPosition {
  storyId: string
  publishedAt: Date
  dueAt: Date
  overdue: boolean
}

export type ListCursor =
  { overdue: true; dueAt: Date; id: string } | { overdue: false; publishedAt: Date; id: string }

const OVERDUE_PREFIX = 'o|'

export function encodeListCursor(p: ListPosition): string {
  return p.overdue
    ? Buffer.from(`${OVERDUE_PREFIX}${p.dueAt.toISOString()}|${p.storyId}`).toString('base64url')
    : encodeCursor({ publishedAt: p.publishedAt, id: p.storyId })
}

export function decodeListCursor(cursor: string | undefined): ListCursor | undefined {
  if (!cursor) return undefined
  const text = Buffer.from(cursor, 'base64url').toString()
  if (text.startsWith(OVERDUE_PREFIX)) {
    const inner = decodeCursor(Buffer.from(text.slice(OVERDUE_PREFIX.length)).toString('base64url'))
    if (inner) return { overdue: true, dueAt: inner.publishedAt, id: inner.id }
  } else {
    const position = decodeCursor(cursor)
    if (position) return { overdue: false, ...position }
  }
  throw new AppError('validation_failed', 'That cursor is not one this API gave out.', [
    { path: 'cursor', message: 'is not a cursor from this API' },
  ])
}

/** One page of positions in the list's order (ask for one more than shown to know if more follow). */
export async function listWorkflowPage(
  sql: Sql,
  subscriberId: string,
  filters: ResolvedFilters,
  limit: number,
  after?: ListCursor,
): Promise<ListPosition[]> {
  const where = inboxConditions(sql, subscriberId, filters)
  let overdue: ListPosition[] = []
  // A responded or closed story is never overdue: only open states have an overdue part.
  const closed = filters.state === 'responded' || filters.state === 'no_response_needed'
  if (filters.overdue !== false && !closed && (!after || after.overdue)) {
    overdue = await sql<ListPosition[]>`
      select e.story_id, e.published_at, e.due_at, true as overdue
      from inbox_entries e
      where ${where} and e.state in ('new', 'assigned') and e.due_at < now()
        ${after?.overdue ? sql`and (e.due_at, e.story_id) > (${after.dueAt}, ${after.id}::uuid)` : sql``}
      order by e.due_at, e.story_id
      limit ${limit}`
    if (overdue.length === limit || filters.overdue === true) return overdue
  }
  const rest = await sql<ListPosition[]>`
    select e.story_id, e.published_at, e.due_at, false as overdue
    from inbox_entries e
    where ${where} and not ${overdueSql(sql)}
      ${after && !after.overdue ? sql`and (e.published_at, e.story_id) < (${after.publishedAt}, ${after.id}::uuid)` : sql``}
    order by e.published_at desc, e.story_id desc
    limit ${limit - overdue.length}`
  return [...overdue, ...rest]
}

export interface WorkflowItem {
  storyId: string
  state: InboxState
  assigneeId: string | null
  assigneeName: string | null
  unread: boolean
}

/** The workflow columns of the stories at `ids` for one member (state, assignee, read mark). */
export async function getWorkflowItems(
  sql: Sql,
  member: { subscriberId: string; userId: string },
  ids: string[],
): Promise<Map<string, WorkflowItem>> {
  if (!ids.length) return new Map()
  const rows = await sql<WorkflowItem[]>`
    select e.story_id, e.state, e.assignee_id, u.name as assignee_name,
      not exists (select from inbox_reads r where r.subscriber_id = e.subscriber_id
        and r.user_id = ${member.userId} and r.story_id = e.story_id) as unread
    from inbox_entries e left join users u on u.id = e.assignee_id
    where e.subscriber_id = ${member.subscriberId} and e.story_id = any(${ids}::uuid[])`
  return new Map(rows.map((r) => [r.storyId, r]))
}
