import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer } from '../http.ts'
import { log } from '../log.ts'
import { excerpt } from '../stories/excerpt.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { EXPORT_MAX_ROWS, inboxCsv } from './export.ts'
import { heldRoute, listHeldStories } from './held.ts'
import { countInbox, getInboxStories, type InboxStoryRow, type ResolvedFilters } from './queries.ts'
import { Inbox, InboxFilters, InboxQuery, MemberStory, StoryParam, type InboxStory } from './schemas.ts'
import { inboxRoutingRoutes } from './routing-routes.ts'
import { getMemberStory } from './story.ts'
import { inboxWorkflowRoutes } from './workflow-routes.ts'
import {
  decodeListCursor,
  encodeListCursor,
  getWorkflowItems,
  listWorkflowPage,
  type ListPosition,
  type WorkflowItem,
} from './workflow-list.ts'
import { getWorkflow, markRead } from './workflow-queries.ts'

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

const toInboxStory = (
  row: InboxStoryRow,
  url: string,
  position: ListPosition,
  item: WorkflowItem | undefined,
): InboxStory => ({
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
  state: item?.state ?? 'new',
  assignee: item?.assigneeId ? { id: item.assigneeId, name: item.assigneeName ?? '' } : null,
  dueAt: position.dueAt.toISOString(),
  overdue: position.overdue,
  unread: item?.unread ?? true,
})

/** `assignee=me` as the member's id. */
const resolve = <T extends { assignee?: string }>(filters: T, userId: string) =>
  ({ ...filters, assignee: filters.assignee === 'me' ? userId : filters.assignee }) as T & ResolvedFilters

/** One page of the inbox (overdue first, then newest first) with the counts for its filters. */
async function inboxPage(
  sql: Deps['sql'],
  member: { subscriberId: string; userId: string },
  { limit, cursor, ...filters }: InboxQuery & ResolvedFilters,
  storyUrl: (id: string) => string,
) {
  const { subscriberId } = member
  const [positions, counts] = await Promise.all([
    listWorkflowPage(sql, subscriberId, filters, limit + 1, decodeListCursor(cursor)),
    countInbox(sql, subscriberId, filters),
  ])
  const page = positions.slice(0, limit)
  const ids = page.map((p) => p.storyId)
  const [rows, items] = await Promise.all([
    getInboxStories(sql, subscriberId, ids),
    getWorkflowItems(sql, member, ids),
  ])
  const last = page[page.length - 1]
  return {
    stories: rows.map((row, i) => toInboxStory(row, storyUrl(row.id), page[i]!, items.get(row.id))),
    counts,
    nextCursor: positions.length > limit && last ? encodeListCursor(last) : null,
  }
}

/** Provider staff read their inbox, open stories and export them; the workflow routes beside them. */
export function inboxRoutes(deps: Deps) {
  return createRouter()
    .route('/', inboxListRoutes(deps))
    .route('/', inboxWorkflowRoutes(deps))
    .route('/', inboxRoutingRoutes(deps))
}

function inboxListRoutes({ sql, config }: Deps) {
  const viewer = createMemberGuard({ sql })('viewer')
  const storyUrl = (id: string) => `${config.PUBLIC_URL}/stories/${id}`

  async function checkFilters(subscriberId: string, filters: ResolvedFilters) {
    if (filters.serviceId) await requireWithinCoverage(sql, subscriberId, [filters.serviceId], 'serviceId')
  }

  return createRouter()
    .openapi({ ...list, middleware: viewer }, async (c) => {
      const member = currentMember(c)
      const query = resolve(c.req.valid('query'), member.userId)
      await checkFilters(member.subscriberId, query)
      const page = await inboxPage(sql, member, query, storyUrl)
      c.header('Cache-Control', 'no-store')
      return c.json(page, 200)
    })
    .openapi({ ...exportCsv, middleware: viewer }, async (c) => {
      const { subscriberId, userId } = currentMember(c)
      const filters = resolve(c.req.valid('query'), userId)
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
      await markRead(sql, member, found.id)
      const workflow = (await getWorkflow(sql, member.subscriberId, found.id))!
      c.header('Cache-Control', 'no-store')
      return c.json({ ...found, workflow, url: storyUrl(found.id) }, 200)
    })
}
