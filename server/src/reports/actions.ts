import type { Context } from 'hono'
import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { AppError, notFound } from '../errors.ts'
import { log } from '../log.ts'
import { clientAddress, clientBucket, hitRateLimit } from '../rate-limit.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { closeReport, closeStoryReports, insertReport, lockReport, lockStoryStatus } from './queries.ts'
import type { ReportDecision, StoryReport } from './schemas.ts'

/** Reports one connection may send in an hour. */
export const REPORT_RATE_LIMIT = 10

/**
 * A reader's report, from the API or the story page's form: rate-limited per connection, a filled
 * honeypot is answered as if stored; `false` when the story is not published (nothing written).
 */
export async function fileReport(
  sql: Sql,
  config: Config,
  c: Context,
  storyId: string,
  input: StoryReport,
): Promise<boolean> {
  const bucket = clientBucket('report', clientAddress(c, config.TRUST_PROXY), config.SESSION_SECRET)
  const limit = await hitRateLimit(sql, bucket, REPORT_RATE_LIMIT, 3600)
  if (!limit.allowed) {
    throw new AppError(
      'rate_limited',
      'Too many reports have been sent from this connection. Please try again later.',
      undefined,
      { 'Retry-After': String(limit.retryAfter) },
    )
  }
  if (input.website) {
    log.info('report_discarded', { requestId: c.get('requestId'), reason: 'honeypot' })
    return true
  }
  const stored = await insertReport(sql, storyId, input)
  if (stored) log.info('story_reported', { requestId: c.get('requestId'), storyId, reason: input.reason })
  return stored
}

/**
 * Dismisses a report, or hides its story with a public reason (closing every open report of that
 * story). Returns true when a public page changed. Call inside `sql.begin`.
 */
export async function decideReport(
  sql: Sql,
  id: string,
  input: ReportDecision,
  moderatorId: string,
): Promise<boolean> {
  const report = await lockReport(sql, id)
  if (!report) throw notFound('That report')
  if (report.status !== 'open') throw new AppError('conflict', 'That report has already been decided.')
  if (input.decision === 'dismiss') {
    await closeReport(sql, id, 'dismissed', moderatorId)
    return false
  }
  const status = await lockStoryStatus(sql, report.storyId)
  if (status !== 'published' && status !== 'hidden') {
    throw new AppError('conflict', 'Only a published story can be hidden.')
  }
  if (status === 'published') {
    await changeStoryStatus(sql, {
      storyId: report.storyId,
      to: 'hidden',
      actor: { type: 'moderator', id: moderatorId },
      reason: input.publicReason,
    })
  }
  await closeStoryReports(sql, report.storyId, moderatorId)
  return status === 'published'
}

/** Shows a hidden story again, recording why. Call inside `sql.begin`. */
export async function unhideStory(sql: Sql, storyId: string, reason: string, moderatorId: string) {
  const status = await lockStoryStatus(sql, storyId)
  if (!status) throw notFound('That story')
  if (status !== 'hidden') throw new AppError('conflict', 'That story is not hidden.')
  await changeStoryStatus(sql, {
    storyId,
    to: 'published',
    actor: { type: 'moderator', id: moderatorId },
    reason,
  })
}
