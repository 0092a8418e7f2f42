import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { MODERATION_PATH } from './routes.ts'
import {
  ModerationTag,
  RejectReason,
  TagCreate,
  TagPatch,
  TextDecision,
  TextItem,
  TextPatch,
} from './schemas.ts'
import { createTag, listAllTags, updateTag } from './queries.ts'
import { listRejectReasons } from './reject-reason-queries.ts'
import { decideText, getTextItem, patchText, type TextKind } from './texts.ts'

const tags = ['Portal: moderation']
const TEXT_KINDS = [
  { kind: 'response', collection: 'responses' },
  { kind: 'reply', collection: 'replies' },
] as const

const textRoutes = TEXT_KINDS.map(({ kind, collection }) => {
  const path = `/api/portal/moderation/${collection}/{id}`
  const answer = jsonAnswer(`The ${kind}`, TextItem)
  return {
    kind,
    get: createRoute({
      method: 'get',
      path,
      tags,
      summary: `A ${kind} to moderate`,
      request: { params: UuidParam },
      responses: { 200: answer, ...errorResponses(401, 403, 404, 422) },
    }),
    patch: createRoute({
      method: 'patch',
      path,
      tags,
      summary: `Edit a ${kind} you hold, with a reason`,
      middleware: [jsonBody] as const,
      request: { params: UuidParam, body: jsonRequest(TextPatch) },
      responses: { 200: answer, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
    }),
    decide: createRoute({
      method: 'post',
      path: `${path}/decision`,
      tags,
      summary: `Publish or reject a ${kind} you hold`,
      middleware: [jsonBody] as const,
      request: { params: UuidParam, body: jsonRequest(TextDecision) },
      responses: { 200: answer, ...errorResponses(400, 401, 403, 404, 409, 415, 422) },
    }),
  }
})

const reasons = createRoute({
  method: 'get',
  path: '/api/portal/moderation/reject-reasons',
  tags,
  summary: 'Templates for the reason a story is not published',
  request: {
    query: z.object({
      retired: z
        .enum(['include'])
        .optional()
        .openapi({ description: '`include`: retired templates too (the page that edits them)' }),
    }),
  },
  responses: {
    200: jsonAnswer('Templates', z.object({ reasons: z.array(RejectReason) })),
    ...errorResponses(401, 403, 422),
  },
})

const listTags = createRoute({
  method: 'get',
  path: '/api/portal/moderation/tags',
  tags,
  summary: 'The managed tag list, retired tags included',
  responses: {
    200: jsonAnswer('Tags', z.object({ tags: z.array(ModerationTag) })),
    ...errorResponses(401, 403),
  },
})

const addTag = createRoute({
  method: 'post',
  path: '/api/portal/moderation/tags',
  tags,
  summary: 'Add a tag',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(TagCreate) },
  responses: {
    201: jsonAnswer('Added', ModerationTag),
    ...errorResponses(400, 401, 403, 409, 415, 422),
  },
})

const editTag = createRoute({
  method: 'patch',
  path: '/api/portal/moderation/tags/{slug}',
  tags,
  summary: 'Relabel or retire a tag',
  middleware: [jsonBody] as const,
  request: {
    params: z.object({
      slug: z
        .string()
        .max(40)
        .openapi({ param: { name: 'slug', in: 'path' } }),
    }),
    body: jsonRequest(TagPatch),
  },
  responses: {
    200: jsonAnswer('Changed', ModerationTag),
    ...errorResponses(400, 401, 403, 404, 415, 422),
  },
})

/** Moderation of responses and author replies, reject reasons and the tag list. */
export function moderationTextRoutes({ sql, config, feedCache }: Deps) {
  const auth = createAuth({ sql })
  const router = createRouter()
  router.use(MODERATION_PATH, auth.requirePlatformRole('moderator', 'platform_admin'))

  const item = async (kind: TextKind, id: string) => {
    const found = await getTextItem(sql, kind, id)
    if (!found) throw notFound(kind === 'response' ? 'That response' : 'That reply')
    return found
  }

  for (const route of textRoutes) {
    const { kind } = route
    router.openapi(route.get, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await item(kind, c.req.valid('param').id), 200)
    })
    router.openapi(route.patch, async (c) => {
      const { id } = c.req.valid('param')
      const { body: text, reason } = c.req.valid('json')
      await sql.begin((tx) => patchText(tx, kind, id, text, reason, currentUser(c).id))
      return c.json(await item(kind, id), 200)
    })
    router.openapi(route.decide, async (c) => {
      const { id } = c.req.valid('param')
      const input = c.req.valid('json')
      const ctx = { moderatorId: currentUser(c).id, publicUrl: config.PUBLIC_URL }
      const publicChange = await sql.begin((tx) => decideText(tx, kind, id, input, ctx))
      if (publicChange) feedCache.clear()
      log.info('text_decided', { requestId: c.get('requestId'), kind, itemId: id, decision: input.decision })
      return c.json(await item(kind, id), 200)
    })
  }

  router.openapi(reasons, async (c) => {
    const includeRetired = c.req.valid('query').retired === 'include'
    return c.json({ reasons: await listRejectReasons(sql, includeRetired) }, 200)
  })
  router.openapi(listTags, async (c) => c.json({ tags: await listAllTags(sql) }, 200))
  router.openapi(addTag, async (c) => c.json(await createTag(sql, c.req.valid('json')), 201))
  router.openapi(editTag, async (c) => {
    const tag = await updateTag(sql, c.req.valid('param').slug, c.req.valid('json'))
    if (!tag) throw notFound('That tag')
    return c.json(tag, 200)
  })
  return router
}
