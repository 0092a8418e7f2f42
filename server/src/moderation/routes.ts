import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { excerpt } from '../stories/excerpt.ts'
import { claimItem, releaseItem } from './claims.ts'
import { countQueue, listQueue } from './queries.ts'
import { decodePosition, encodePosition, isOverdue } from './queue.ts'
import {
  Claim,
  COLLECTIONS,
  ITEM_KINDS,
  Queue,
  QueueQuery,
  StoryDecision,
  StoryPatch,
  WorkbenchStory,
} from './schemas.ts'
import { decideStory, patchStory } from './story-actions.ts'
import { getWorkbenchStory } from './story-queries.ts'

export const MODERATION_PATH = '/api/portal/moderation/*'
const tags = ['Portal: moderation']
const story = jsonAnswer('The story', WorkbenchStory)

const queue = createRoute({
  method: 'get',
  path: '/api/portal/moderation/queue',
  tags,
  summary:
    'Waiting stories, responses and replies: escalations and safeguarding flags first, then oldest first',
  request: { query: QueueQuery },
  responses: { 200: jsonAnswer('The queue', Queue), ...errorResponses(401, 403, 422) },
})

const claimRoutes = ITEM_KINDS.map((kind) => ({
  kind,
  take: createRoute({
    method: 'post',
    path: `/api/portal/moderation/${COLLECTIONS[kind]}/{id}/claim`,
    tags,
    summary: `Claim a ${kind} for 15 minutes (claim again to renew)`,
    request: { params: UuidParam },
    responses: {
      200: jsonAnswer('Claimed', z.object({ claim: Claim })),
      ...errorResponses(401, 403, 404, 409, 422),
    },
  }),
  release: createRoute({
    method: 'delete',
    path: `/api/portal/moderation/${COLLECTIONS[kind]}/{id}/claim`,
    tags,
    summary: `Release a ${kind}`,
    request: { params: UuidParam },
    responses: { 204: { description: 'Released' }, ...errorResponses(401, 403, 404, 409, 422) },
  }),
}))

const getStory = createRoute({
  method: 'get',
  path: '/api/portal/moderation/stories/{id}',
  tags,
  summary: 'A story on the workbench',
  request: { params: UuidParam },
  responses: { 200: story, ...errorResponses(401, 403, 404, 422) },
})

const editStory = createRoute({
  method: 'patch',
  path: '/api/portal/moderation/stories/{id}',
  tags,
  summary: 'Redact, re-file, rate or tag a story you hold',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(StoryPatch) },
  responses: { 200: story, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
})

const decide = createRoute({
  method: 'post',
  path: '/api/portal/moderation/stories/{id}/decision',
  tags,
  summary: 'Publish, reject, hold or escalate a story you hold',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(StoryDecision) },
  responses: { 200: story, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
})

/** A page of the queue, oldest first, with the counts of everything waiting. */
async function queuePage(sql: Deps['sql'], query: QueueQuery) {
  const after = query.cursor ? decodePosition(query.cursor) : undefined
  if (query.cursor && !after) {
    throw new AppError('validation_failed', 'That cursor is not one this API gave out.', [
      { path: 'cursor', message: 'is not a cursor from this API' },
    ])
  }
  const [rows, counts] = await Promise.all([listQueue(sql, query, after), countQueue(sql)])
  const page = rows.slice(0, query.limit)
  const now = new Date()
  return {
    items: page.map(({ bodyStart, position: _position, priority, submittedAt, ...row }) => ({
      ...row,
      excerpt: excerpt(bodyStart),
      submittedAt: submittedAt.toISOString(),
      escalated: priority === 0,
      overdue: isOverdue(submittedAt, now),
    })),
    counts,
    nextCursor: rows.length > query.limit ? encodePosition(page.at(-1)!) : null,
  }
}

/** The moderation queue, claims and the story workbench (moderators and platform admins). */
export function moderationRoutes({ sql, config, feedCache }: Deps) {
  const auth = createAuth({ sql })
  const router = createRouter()
  router.use(MODERATION_PATH, auth.requirePlatformRole('moderator', 'platform_admin'))

  const workbench = async (id: string) => {
    const found = await getWorkbenchStory(sql, id)
    if (!found) throw notFound('That story')
    return found
  }

  router.openapi(queue, async (c) => {
    const page = await queuePage(sql, c.req.valid('query'))
    c.header('Cache-Control', 'no-store')
    return c.json(page, 200)
  })

  for (const { kind, take, release } of claimRoutes) {
    router.openapi(take, async (c) => {
      const { id } = c.req.valid('param')
      const user = currentUser(c)
      const claim = await sql.begin((tx) => claimItem(tx, kind, id, user.id))
      log.info('moderation_claimed', { requestId: c.get('requestId'), kind, itemId: id, userId: user.id })
      return c.json({ claim }, 200)
    })
    router.openapi(release, async (c) => {
      const { id } = c.req.valid('param')
      const user = currentUser(c)
      await sql.begin((tx) => releaseItem(tx, kind, id, user.id))
      return c.body(null, 204)
    })
  }

  router.openapi(getStory, async (c) => {
    c.header('Cache-Control', 'no-store')
    return c.json(await workbench(c.req.valid('param').id), 200)
  })

  router.openapi(editStory, async (c) => {
    const { id } = c.req.valid('param')
    const user = currentUser(c)
    const publicChange = await sql.begin((tx) => patchStory(tx, id, c.req.valid('json'), user.id))
    if (publicChange) feedCache.clear()
    log.info('story_edited', { requestId: c.get('requestId'), storyId: id, userId: user.id })
    return c.json(await workbench(id), 200)
  })

  router.openapi(decide, async (c) => {
    const { id } = c.req.valid('param')
    const input = c.req.valid('json')
    const user = currentUser(c)
    const ctx = {
      moderatorId: user.id,
      platformRole: user.platformRole,
      publicUrl: config.PUBLIC_URL,
      now: new Date(),
    }
    const publicChange = await sql.begin((tx) => decideStory(tx, id, input, ctx))
    // This process serves the change at once; others within FEED_CACHE_SECONDS.
    if (publicChange) feedCache.clear()
    log.info('story_decided', {
      requestId: c.get('requestId'),
      storyId: id,
      decision: input.decision,
      userId: user.id,
    })
    return c.json(await workbench(id), 200)
  })

  return router
}
