import type { Sql } from '../db.ts'

export interface RejectReasonRow {
  id: string
  label: string
  text: string
  position: number
  retired: boolean
}

const COLUMNS = (sql: Sql) => sql`id, label, text, position, retired`

/** The templates in the order moderators see them; retired ones only when asked for. */
export async function listRejectReasons(sql: Sql, includeRetired = false): Promise<RejectReasonRow[]> {
  return sql<RejectReasonRow[]>`
    select ${COLUMNS(sql)} from reject_reasons
    where ${includeRetired ? sql`true` : sql`not retired`}
    order by position, label`
}

/** Adds a template at the end of the list. */
export async function createRejectReason(sql: Sql, input: { label: string; text: string }) {
  const [row] = await sql<RejectReasonRow[]>`
    insert into reject_reasons (label, text, position)
    select ${input.label}, ${input.text}, coalesce(max(position), 0) + 1 from reject_reasons
    returning ${COLUMNS(sql)}`
  return row!
}

/** Changes a template's label, text, place or retirement; undefined if there is no such template. */
export async function updateRejectReason(
  sql: Sql,
  id: string,
  patch: {
    label?: string | undefined
    text?: string | undefined
    position?: number | undefined
    retired?: boolean | undefined
  },
): Promise<RejectReasonRow | undefined> {
  const [row] = await sql<RejectReasonRow[]>`
    update reject_reasons set
      label = coalesce(${patch.label ?? null}, label),
      text = coalesce(${patch.text ?? null}, text),
      position = coalesce(${patch.position ?? null}::int, position),
      retired = coalesce(${patch.retired ?? null}::boolean, retired)
    where id = ${id}
    returning ${COLUMNS(sql)}`
  return row
}
