import type { QueuePosition, QueueRow } from './queries.ts'

// PostgreSQL's text form of a timestamptz, kept in the cursor so no microsecond is lost.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/

export const encodePosition = (row: QueueRow) =>
  Buffer.from(`${row.priority}|${row.position}|${row.id}`).toString('base64url')

export function decodePosition(cursor: string): QueuePosition | undefined {
  const [priority, at, id] = Buffer.from(cursor, 'base64url').toString().split('|')
  if (!priority || !/^[0-2]$/.test(priority)) return undefined
  if (!at || !id || !/^[0-9a-f-]{36}$/.test(id) || !TIMESTAMP.test(at)) return undefined
  if (Number.isNaN(Date.parse(at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))) return undefined
  return { priority: Number(priority), at, id }
}

/** A story waiting longer than this many working days is marked in the queue. */
export const OVERDUE_WORKING_DAYS = 2
const DAY = 86_400_000

/**
 * Working days (Monday to Friday, UTC; bank holidays are not known) between `from` and `now`:
 * whole weekdays elapsed, counting the part-days at each end.
 */
export function workingDaysBetween(from: Date, now: Date): number {
  if (now <= from) return 0
  let total = 0
  let cursor = from.getTime()
  const end = now.getTime()
  while (cursor < end) {
    const dayEnd = Math.min(end, (Math.floor(cursor / DAY) + 1) * DAY)
    const weekday = new Date(cursor).getUTCDay()
    if (weekday !== 0 && weekday !== 6) total += (dayEnd - cursor) / DAY
    cursor = dayEnd
  }
  return total
}

export const isOverdue = (submittedAt: Date, now: Date) =>
  workingDaysBetween(submittedAt, now) > OVERDUE_WORKING_DAYS
