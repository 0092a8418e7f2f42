import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer } from '../http.ts'
import { log } from '../log.ts'
import { cursorParam, encodeCursor } from '../stories/cursor.ts'
import { excerpt } from '../stories/excerpt.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { EXPORT_MAX_ROWS, inboxCsv } from './export.ts'
import { heldRoute, listHeldStories } from './held.ts'
import { countInbox, getInboxStories, listInboxPage, type InboxStoryRow } from './queries.ts'
import { Inbox, InboxFilters, InboxQuery, MemberStory, StoryParam, type InboxStory } from './schemas.ts'
import { getMemberStory } from './story.ts'

const tags = ['Portal: inbox']
const base = '/api/portal/subscribers/{subscriberId}'

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

const toInboxStory = (row: InboxStoryRow, url: string): InboxStory => ({
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
  url,
})

/** One page of the inbox with the counts for its filters. */
async function inboxPage(
  sql: Deps['sql'],
  subscriberId: string,
  { limit, cursor, ...filters }: InboxQuery,
  storyUrl: (id: string) => string,
) {
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
  return {
    stories: rows.map((row) => toInboxStory(row, storyUrl(row.id))),
    counts,
    nextCursor:
      positions.length > limit && last
        ? encodeCursor({ publishedAt: last.publishedAt, id: last.storyId })
        : null,
  }
}

/** Provider staff read their inbox, open stories and export them. */
export function inboxRoutes({ sql, config }: Deps) {
  const viewer = createMemberGuard({ sql })('viewer')
  const storyUrl = (id: string) => `${config.PUBLIC_URL}/stories/${id}`

  async function checkFilters(subscriberId: string, filters: InboxFilters) {
    if (filters.serviceId) await requireWithinCoverage(sql, subscriberId, [filters.serviceId], 'serviceId')
  }

  return createRouter()
    .openapi({ ...list, middleware: viewer }, async (c) => {
      const { subscriberId } = currentMember(c)
      const query = c.req.valid('query')
      await checkFilters(subscriberId, query)
      const page = await inboxPage(sql, subscriberId, query, storyUrl)
      c.header('Cache-Control', 'no-store')
      return c.json(page, 200)
    })
    .openapi({ ...exportCsv, middleware: viewer }, async (c) => {
      const { subscriberId } = currentMember(c)
      const filters = c.req.valid('query')
      await checkFilters(subscriberId, filters)
      const body = await inboxCsv(sql, subscriberId, filters, storyUrl)
      log.info('inbox_exported', { requestId: c.get('requestId'), subscriberId })
      return c.body(body, 200, {
        'Content-Type': 'text/csv; charset=utf-8',
        'Content-Disposition': `attachment; filename="heard-stories-${new Date().toISOString().slice(0, 10)}.csv"`,
        'Cache-Control': 'no-store',
      }) as never
    })
    .openapi({ ...heldRoute, middleware: viewer }, async (c) => {
      c.header('Cache-Control', 'no-store')
      // A public-interest body never sees a story before its hold ends.
      if (currentMember(c).subscriberKind === 'public_interest')
        return c.json({ stories: [], more: false }, 200)
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
