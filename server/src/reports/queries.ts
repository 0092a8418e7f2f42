import type { Sql } from '../db.ts'
import type { ModerationReport, ReportListQuery, StoryReport } from './schemas.ts'

/** Stores a report of a published story; false (nothing written) when the story is not published. */
export async function insertReport(sql: Sql, storyId: string, input: StoryReport): Promise<boolean> {
  const rows = await sql`
    insert into story_reports (story_id, reason, details, email)
    select s.id, ${input.reason}, ${input.details ?? null}, ${input.email ?? null}
    from stories s where s.id = ${storyId} and s.status = 'published'
    returning id`
  return rows.length === 1
}

type ReportRow = Omit<ModerationReport, 'createdAt' | 'decidedAt'> & {
  createdAt: Date
  decidedAt: Date | null
}

/** Reports with one status (`hidden`: of stories still hidden): open ones oldest first, closed ones newest decision first. */
export async function listReports(sql: Sql, query: ReportListQuery): Promise<ModerationReport[]> {
  const order =
    query.status === 'open' ? sql`r.created_at, r.id` : sql`r.decided_at desc nulls last, r.id desc`
  const rows = await sql<ReportRow[]>`
    select r.id, r.story_id, s.title as story_title, s.status as story_status,
      case when s.status = 'hidden' then s.status_reason end as hidden_reason,
      r.reason, r.details, r.email, r.status, r.created_at, r.decided_at,
      (select count(*)::int from story_reports o where o.story_id = r.story_id and o.status = 'open')
        as open_reports
    from story_reports r join stories s on s.id = r.story_id
    where r.status = ${query.status}
      ${query.status === 'hidden' ? sql`and s.status = 'hidden'` : sql``}
    order by ${order}
    limit ${query.limit}`
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt?.toISOString() ?? null,
  }))
}

export async function countOpenReports(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: number }[]>`select count(*)::int as n from story_reports where status = 'open'`
  return row!.n
}

/** Locks a report for the rest of the transaction. */
export async function lockReport(
  sql: Sql,
  id: string,
): Promise<{ storyId: string; status: string } | undefined> {
  const [row] = await sql<{ storyId: string; status: string }[]>`
    select story_id, status from story_reports where id = ${id} for update`
  return row
}

export async function closeReport(sql: Sql, id: string, status: 'dismissed', moderatorId: string) {
  await sql`
    update story_reports set status = ${status}, decided_by = ${moderatorId}, decided_at = now()
    where id = ${id}`
}

/** Every open report of a story is closed when a moderator hides it. */
export async function closeStoryReports(sql: Sql, storyId: string, moderatorId: string) {
  await sql`
    update story_reports set status = 'hidden', decided_by = ${moderatorId}, decided_at = now()
    where story_id = ${storyId} and status = 'open'`
}

/** Locks a story and gives its status, or undefined when there is none. */
export async function lockStoryStatus(sql: Sql, storyId: string): Promise<string | undefined> {
  const [row] = await sql<{ status: string }[]>`select status from stories where id = ${storyId} for update`
  return row?.status
}
