import { z } from 'zod'
import { AppError } from '../errors.ts'
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

/** The position a `cursor` query parameter names; a cursor this server did not give out is a 422. */
export function cursorParam(cursor: string | undefined): FeedCursor | undefined {
  if (!cursor) return undefined
  const position = decodeCursor(cursor)
  if (!position) {
    throw new AppError('validation_failed', 'That cursor is not one this API gave out.', [
      { path: 'cursor', message: 'is not a cursor from this API' },
    ])
  }
  return position
}

/** A `cursor` query parameter's form: what `encodeCursor` and the other list cursors give out. */
export const CursorQuery = (maxLength = 200) =>
  z
    .string()
    .max(maxLength)
    .regex(/^[A-Za-z0-9_-]+$/, 'is not a cursor from this API')
    .optional()
