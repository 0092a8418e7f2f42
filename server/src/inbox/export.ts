import type { Sql } from '../db.ts'
import { log } from '../log.ts'
import type { FeedCursor } from '../stories/queries.ts'
import { csvRow } from './csv.ts'
import { getInboxStories, listInboxPage, type InboxStoryRow } from './queries.ts'
import type { InboxFilters } from './schemas.ts'

/** Rows in one CSV export; the list can be narrowed with the filters. */
export const EXPORT_MAX_ROWS = 50_000
const EXPORT_BATCH = 500

const CSV_HEADER = [
  'story_id',
  'published_at',
  'title',
  'story',
  'services',
  'criticality',
  'what_was_good',
  'what_could_be_improved',
  'feelings',
  'author_role',
  'published_responses',
  'our_published_responses',
  'url',
]

const csvLine = (r: InboxStoryRow, url: string) =>
  csvRow([
    r.id,
    r.publishedAt.toISOString(),
    r.title,
    r.bodyStart,
    r.services.map((s) => s.name).join('; '),
    r.criticality,
    r.tags.good.map((t) => t.label).join('; '),
    r.tags.improve.map((t) => t.label).join('; '),
    r.tags.feelings.map((t) => t.label).join('; '),
    r.authorRole,
    r.responseCount,
    r.ourPublished,
    url,
  ])

/** The last line of an export that failed part way. */
export const EXPORT_FAILED = 'The export failed part way: this file is incomplete. Please export again.'

/**
 * The filtered inbox as CSV, newest first, read in batches as the client takes them, at most
 * EXPORT_MAX_ROWS rows. Starts with a byte order mark so that spreadsheets read it as UTF-8.
 * The first batch is read before the stream is handed back, so that a failure then is an error
 * answer rather than a cut-off file; a failure later ends the file with EXPORT_FAILED and errors
 * the stream, which aborts the transfer.
 */
export async function inboxCsv(
  sql: Sql,
  subscriberId: string,
  filters: InboxFilters,
  storyUrl: (id: string) => string,
): Promise<ReadableStream<Uint8Array>> {
  let after: FeedCursor | undefined
  let sent = 0
  const encoder = new TextEncoder()
  const readBatch = async () => {
    const positions = await listInboxPage(
      sql,
      subscriberId,
      filters,
      Math.min(EXPORT_BATCH, EXPORT_MAX_ROWS - sent),
      after,
    )
    const rows = await getInboxStories(
      sql,
      subscriberId,
      positions.map((p) => p.storyId),
      true,
    )
    return { positions, lines: rows.map((r) => csvLine(r, storyUrl(r.id))) }
  }
  let batch: Awaited<ReturnType<typeof readBatch>> | undefined = await readBatch()
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode('\ufeff' + csvRow(CSV_HEADER)))
    },
    async pull(controller) {
      try {
        const { positions, lines } = batch ?? (await readBatch())
        batch = undefined
        if (lines.length) controller.enqueue(encoder.encode(lines.join('')))
        sent += positions.length
        const last = positions[positions.length - 1]
        if (!last || positions.length < EXPORT_BATCH || sent >= EXPORT_MAX_ROWS) controller.close()
        else after = { publishedAt: last.publishedAt, id: last.storyId }
      } catch (error) {
        log.error('inbox_export_failed', { subscriberId, error: (error as Error).name })
        controller.enqueue(encoder.encode(csvRow([EXPORT_FAILED])))
        controller.error(new Error(EXPORT_FAILED))
      }
    },
  })
}
