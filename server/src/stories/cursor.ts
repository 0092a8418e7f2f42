import { z } from 'zod'
import type { FeedCursor } from './queries.ts'

/** An opaque feed position: the last story's publication time and id. */
export const encodeCursor = (row: FeedCursor) =>
  Buffer.from(`${row.publishedAt.toISOString()}|${row.id}`).toString('base64url')

/** The position a cursor names, or undefined if it is not one this server gave out. */
export function decodeCursor(cursor: string): FeedCursor | undefined {
  const [time, id] = Buffer.from(cursor, 'base64url').toString().split('|')
  const publishedAt = new Date(time ?? '')
  if (Number.isNaN(publishedAt.getTime()) || !z.uuid().safeParse(id).success) return undefined
  return { publishedAt, id: id! }
}
