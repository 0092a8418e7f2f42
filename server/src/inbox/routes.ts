import { createRoute, z } from '@hono/zod-openapi'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer } from '../http.ts'
import { log } from '../log.ts'
import { decodeCursor, encodeCursor } from '../stories/cursor.ts'
import { excerpt } from '../stories/excerpt.ts'
import type { FeedCursor } from '../stories/queries.ts'
import { requireWithinCoverage } from '../subscribers/coverage.ts'
import { createMemberGuard, currentMember } from '../subscribers/membership.ts'
import { SubscriberIdParam } from '../subscribers/schemas.ts'
import { csvRow } from './csv.ts'
import { heldRoute, listHeldStories } from './held.ts'
import { countInbox, getInboxStories, listInboxPage, type InboxStoryRow } from './queries.ts'
import { Inbox, InboxFilters, InboxQuery, MemberStory, StoryParam, type InboxStory } from './schemas.ts'
import { getMemberStory } from './story.ts'

const tags = ['Portal: inbox']
const base = '/api/portal/subscribers/{subscriberId}'
/** Rows in one CSV export; the list can be narrowed with the filters. */
export const EXPORT_MAX_ROWS = 50_000
const EXPORT_BATCH = 500

const list = createRoute({
  method: 'get',
  path: `${base}/inbox`,
  tags,
  summary: 'Published stories within coverage, newest first, filtered, counted and cursor-paged',
  request: { params: SubscriberIdParam, query: InboxQuery },
  responses: { 200: jsonAnswer('A page of stories', Inbox), ...errorResponses(401, 403, 404, 422) },
})

const exportCsv = createRoute({
  method: 'get',
  path: `${base}/inbox/export`,
  tags,
  summary: 'The filtered stories as CSV (no personal data)',
  description: `At most ${EXPORT_MAX_ROWS.toLocaleString('en-GB')} rows, newest first.`,
  request: { params: SubscriberIdParam, query: InboxFilters },
  responses: {
    200: { description: 'CSV', content: { 'text/csv': { schema: z.string() } } },
    ...errorResponses(401, 403, 404, 422),
  },
})

const story = createRoute({
  method: 'get',
  path: `${base}/stories/{storyId}`,
  tags,
  summary: 'A story within coverage with its responses and the author’s replies',
  description: 'A story that does not exist and one outside coverage get the same 404.',
  request: { params: StoryParam },
  responses: { 200: jsonAnswer('The story', MemberStory), ...errorResponses(401, 403, 404, 422) },
})

function cursorParam(cursor: string | undefined): FeedCursor | undefined {
  if (!cursor) return undefined
  const position = decodeCursor(cursor)
  if (!position) {
    throw new AppError('validation_failed', 'That cursor is not one this API gave out.', [
      { path: 'cursor', message: 'is not a cursor from this API' },
    ])
  }
  return position
}

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

/** The last line of an export that failed part way. */
export const EXPORT_FAILED = 'The export failed part way: this file is incomplete. Please export again.'

const exportRow = (r: InboxStoryRow, url: string) => [
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
]

/** Provider staff read their inbox, open stories and export them. */
export function inboxRoutes({ sql, config }: Deps) {
  const viewer = createMemberGuard({ sql })('viewer')
  const storyUrl = (id: string) => `${config.PUBLIC_URL}/stories/${id}`

  const toInboxStory = (row: InboxStoryRow): InboxStory => ({
    id: row.id,
    title: row.title,
    excerpt: excerpt(row.bodyStart),
    publishedAt: row.publishedAt.toISOString(),
    authorRole: row.authorRole,
    nickname: row.nickname,
    services: row.services,
    criticality: row.criticality,
    tags: row.tags,
    responseCount: row.responseCount,
    ourResponses: { published: row.ourPublished, pending: row.ourPending },
    url: storyUrl(row.id),
  })

  async function checkFilters(subscriberId: string, filters: InboxFilters) {
    if (filters.serviceId) await requireWithinCoverage(sql, subscriberId, [filters.serviceId], 'serviceId')
  }

  return createRouter()
    .openapi({ ...list, middleware: viewer }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { limit, cursor, ...filters } = c.req.valid('query')
      await checkFilters(subscriberId, filters)
      const [positions, counts] = await Promise.all([
        listInboxPage(sql, subscriberId, filters, limit + 1, cursorParam(cursor)),
        countInbox(sql, subscriberId, filters),
      ])
      const page = positions.slice(0, limit)
      const rows = await getInboxStories(
        sql,
        subscriberId,
        page.map((p) => p.storyId),
      )
      const last = page[page.length - 1]
      c.header('Cache-Control', 'no-store')
      return c.json(
        {
          stories: rows.map(toInboxStory),
          counts,
          nextCursor:
            positions.length > limit && last
              ? encodeCursor({ publishedAt: last.publishedAt, id: last.storyId })
              : null,
        },
        200,
      )
    })
    .openapi({ ...exportCsv, middleware: viewer }, async (c) => {
      const { subscriberId } = currentMember(c)
      const filters = c.req.valid('query')
      await checkFilters(subscriberId, filters)
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
        return { positions, lines: rows.map((r) => csvRow(exportRow(r, storyUrl(r.id)))) }
      }
      // Read before any header is sent: a failure here is an error answer, not a cut-off file.
      let batch: Awaited<ReturnType<typeof readBatch>> | undefined = await readBatch()
      const body = new ReadableStream<Uint8Array>({
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
            // Said in the file and by aborting the transfer, so that no one takes it for complete.
            controller.enqueue(encoder.encode(csvRow([EXPORT_FAILED])))
            controller.error(new Error(EXPORT_FAILED))
          }
        },
      })
      log.info('inbox_exported', { requestId: c.get('requestId'), subscriberId })
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="heard-stories-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      }) as never
    })
    .openapi({ ...heldRoute, middleware: viewer }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await listHeldStories(sql, currentMember(c).subscriberId), 200)
    })
    .openapi({ ...story, middleware: viewer }, async (c) => {
      const member = currentMember(c)
      const found = await getMemberStory(sql, member, c.req.valid('param').storyId)
      if (!found) throw notFound('That story')
      c.header('Cache-Control', 'no-store')
      return c.json({ ...found, url: storyUrl(found.id) }, 200)
    })
}
