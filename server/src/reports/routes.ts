import { createRoute } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { notFound } from '../errors.ts'
import { createRouter, errorResponses, jsonAnswer, jsonRequest, UuidParam, type Deps } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { decideReport, fileReport, unhideStory } from './actions.ts'
import { countOpenReports, listReports } from './queries.ts'
import {
  ReportDecision,
  ReportList,
  ReportListQuery,
  ReportReceived,
  StoryReport,
  Unhide,
} from './schemas.ts'

const report = createRoute({
  method: 'post',
  path: '/api/v1/stories/{id}/reports',
  tags: ['Stories'],
  summary: 'Report a published story to the moderators',
  description:
    'A moderator reads every report and may hide the story with a public reason. The optional email is never shown.',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(StoryReport) },
  responses: {
    202: jsonAnswer('Received; a moderator will read it', ReportReceived),
    ...errorResponses(400, 404, 413, 415, 422, 429),
  },
})

const tags = ['Portal: moderation']

const list = createRoute({
  method: 'get',
  path: '/api/portal/moderation/reports',
  tags,
  summary: 'Readers’ reports of published stories (open: oldest first)',
  request: { query: ReportListQuery },
  responses: { 200: jsonAnswer('Reports', ReportList), ...errorResponses(401, 403, 422) },
})

const decide = createRoute({
  method: 'post',
  path: '/api/portal/moderation/reports/{id}/decision',
  tags,
  summary: 'Dismiss a report, or hide its story with a public reason',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(ReportDecision) },
  responses: { 204: { description: 'Decided' }, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
})

const unhide = createRoute({
  method: 'post',
  path: '/api/portal/moderation/stories/{id}/unhide',
  tags,
  summary: 'Show a hidden story again',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(Unhide) },
  responses: { 204: { description: 'Shown again' }, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
})

/** Readers report stories; moderators dismiss reports, hide and unhide stories. */
export function reportRoutes({ sql, config, feedCache }: Deps) {
  const auth = createAuth({ sql })
  const router = createRouter()
  router.use('/api/portal/moderation/*', auth.requirePlatformRole('moderator', 'platform_admin'))

  router.openapi(report, async (c) => {
    const stored = await fileReport(sql, config, c, c.req.valid('param').id, c.req.valid('json'))
    if (!stored) throw notFound('That story')
    return c.json({ status: 'received' as const }, 202)
  })

  router.openapi(list, async (c) => {
    const query = c.req.valid('query')
    const [items, open] = await Promise.all([listReports(sql, query), countOpenReports(sql)])
    c.header('Cache-Control', 'no-store')
    return c.json({ items, open }, 200)
  })

  router.openapi(decide, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const user = currentUser(c)
    const publicChange = await sql.begin((tx) => decideReport(tx, id, input, user.id))
    // Feeds, widget lists and figures are all in the feed cache: the story leaves them at once here.
    if (publicChange) feedCache.clear()
    log.info('report_decided', { requestId: c.get('requestId'), reportId: id, decision: input.decision })
    return c.body(null, 204)
  })

  router.openapi(unhide, async (c) => {
    const { id } = c.req.valid('param')
    const user = currentUser(c)
    await sql.begin((tx) => unhideStory(tx, id, c.req.valid('json').reason, user.id))
    feedCache.clear()
    log.info('story_unhidden', { requestId: c.get('requestId'), storyId: id, userId: user.id })
    return c.body(null, 204)
  })

  return router
}
