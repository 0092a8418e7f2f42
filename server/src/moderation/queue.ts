import type { QueuePosition, QueueRow } from './queries.ts'

// PostgreSQL's text form of a timestamptz, kept in the cursor so no microsecond is lost.
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}(\.\d{1,6})?([+-]\d{2}(:?\d{2})?|Z)?$/

export const encodePosition = (row: QueueRow) =>
  Buffer.from(`${row.position}|${row.id}`).toString('base64url')

export function decodePosition(cursor: string): QueuePosition | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|')
  if (!at || !id || !/^[0-9a-f-]{36}$/.test(id) || !TIMESTAMP.test(at)) return undefined
  if (Number.isNaN(Date.parse(at.replace(' ', 'T').replace(/([+-]\d{2})$/, '$1:00')))) return undefined
  return { at, id }
}
