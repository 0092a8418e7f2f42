import { createHash, randomUUID } from 'node:crypto'
import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { API_KEY_RATE_MULTIPLIER } from '../api-keys/index.ts'
import { AppError, notFound } from '../errors.ts'
import { createRouter, errorResponses, UuidParam, type AppEnv, type Deps } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { queueAuthorMail } from './author-mail.ts'
import { log } from '../log.ts'
import { runPrechecks } from '../precheck/index.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { excerpt } from './excerpt.ts'
import { feedHeaders, feedKey } from './feed-cache.ts'
import { clientAddress, clientBucket } from '../rate-limit.ts'
import { getServiceRef } from '../services/queries.ts'
import { ServiceRef } from '../services/schemas.ts'
import {
  admitSubmission,
  findIdempotentStory,
  getPublishedStory,
  insertStory,
  listFeed,
  listTags,
  type FeedCursor,
  type FeedRow,
} from './queries.ts'
import {
  Feed,
  FeedQuery,
  TAG_GROUPS,
  PublicStory,
  StorySubmission,
  SubmissionAccepted,
  Tag,
  type FeedStory,
} from './schemas.ts'

/**
 * The submission names a service that is not in the directory: the story's foreign key says which
 * (checked by the insert itself rather than by a query before it).
 */
function unknownServiceError(err: unknown, serviceIds: string[]): AppError | undefined {
  const e = err as { code?: string; constraint_name?: string; detail?: string }
  if (e.code !== '23503' || e.constraint_name !== 'story_nodes_node_id_fkey') return undefined
  const index = Math.max(
    0,
    serviceIds.findIndex((id) => e.detail?.includes(id)),
  )
  return new AppError('validation_failed', 'Choose a service from the directory.', [
    { path: `serviceIds.${index}`, message: 'is not a service in the directory' },
  ])
}

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

const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(8, 'must be 8–200 characters')
    .max(200, 'must be 8–200 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional()
    .openapi({ description: 'Retries with the same key return the same story instead of creating another.' }),
})

const serviceFeed = createRoute({
  method: 'get',
  path: '/api/v1/services/{id}/stories',
  tags: ['Stories'],
  summary: 'Published stories about a service and its subtree, newest first',
  description:
    'Cursor-paged. Responses carry an ETag (answering If-None-Match with 304) and may be cached for the max-age they state.',
  request: { params: UuidParam, query: FeedQuery },
  responses: {
    200: {
      description: 'A page of stories',
      content: { 'application/json': { schema: Feed.extend({ service: ServiceRef }) } },
    },
    304: { description: 'Not modified' },
    ...errorResponses(404, 422),
  },
})

const multiFeed = createRoute({
  method: 'get',
  path: '/api/v1/stories',
  tags: ['Stories'],
  summary: 'Published stories about several services, newest first',
  request: {
    query: FeedQuery.extend({
      services: z
        .string()
        .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
        .pipe(
          z
            .array(z.uuid({ message: 'must be service ids' }))
            .min(1, 'name at least one service')
            .max(10),
        ),
    }),
  },
  responses: {
    200: { description: 'A page of stories', content: { 'application/json': { schema: Feed } } },
    304: { description: 'Not modified' },
    ...errorResponses(422),
  },
})

const oneStory = createRoute({
  method: 'get',
  path: '/api/v1/stories/{id}',
  tags: ['Stories'],
  summary: 'One published story with its published responses',
  request: { params: UuidParam },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: PublicStory } } },
    ...errorResponses(404, 422),
  },
})

const submit = createRoute({
  method: 'post',
  path: '/api/v1/stories',
  tags: ['Stories'],
  summary: 'Tell a story',
  description:
    'The story is stored as `pending` and published only after a moderator has read it. Honours `Idempotency-Key`.',
  middleware: [jsonBody] as const,
  request: {
    headers: IdempotencyHeader,
    body: { required: true, content: { 'application/json': { schema: StorySubmission } } },
  },
  responses: {
    201: {
      description: 'Accepted for moderation',
      content: { 'application/json': { schema: SubmissionAccepted } },
    },
    ...errorResponses(400, 413, 415, 422, 429),
  },
})

const tags = createRoute({
  method: 'get',
  path: '/api/v1/tags',
  tags: ['Stories'],
  summary: 'The tags an author can choose, in three groups',
  responses: {
    200: {
      description: 'Tags',
      content: { 'application/json': { schema: z.object({ tags: z.array(Tag) }) } },
    },
  },
})

export function storiesRoutes({ sql, config, feedCache }: Deps) {
  const toFeedStory = (row: FeedRow): FeedStory => ({
    id: row.id,
    title: row.title,
    excerpt: excerpt(row.bodyStart),
    publishedAt: row.publishedAt.toISOString(),
    authorRole: row.authorRole,
    nickname: row.nickname,
    services: row.services,
    responseCount: row.responseCount,
    url: `${config.PUBLIC_URL}/stories/${row.id}`,
  })

  /** Serves a feed from the cache when it can; builds, caches and serves it otherwise. */
  async function serveFeed(c: Context<AppEnv>, build: () => Promise<object>) {
    const key = feedKey(c.req.url)
    let entry = feedCache.get(key)
    if (!entry) {
      const generation = feedCache.generation
      entry = feedCache.set(key, JSON.stringify(await build()), c.req.routePath, generation)
    }
    const headers = feedHeaders(entry)
    if (c.req.header('if-none-match') === entry.etag) return c.body(null, 304, headers)
    return c.body(entry.body, 200, { ...headers, 'Content-Type': 'application/json; charset=utf-8' })
  }

  async function feedPage(nodeIds: string[], limit: number, cursor: string | undefined) {
    const rows = await listFeed(sql, nodeIds, limit + 1, cursorParam(cursor))
    const page = rows.slice(0, limit)
    return {
      stories: page.map(toFeedStory),
      nextCursor: rows.length > limit ? encodeCursor(page[page.length - 1]!) : null,
    }
  }

  let tagCache: { groups: Map<string, string>; expires: number } | undefined
  async function checkTags(chosen: StorySubmission['tags']) {
    if (!tagCache || tagCache.expires < Date.now()) {
      const all = await listTags(sql)
      tagCache = { groups: new Map(all.map((t) => [t.slug, t.group])), expires: Date.now() + 60_000 }
    }
    const groups = tagCache.groups
    const issues = TAG_GROUPS.flatMap((group) =>
      chosen[group].flatMap((slug, i) =>
        groups.get(slug) === group
          ? []
          : [{ path: `tags.${group}.${i}`, message: `is not a tag in this group` }],
      ),
    )
    if (issues.length) throw new AppError('validation_failed', 'Choose tags from the list.', issues)
  }

  const submissionHash = (input: StorySubmission) =>
    createHash('sha256').update(JSON.stringify(input)).digest('base64url')

  return createRouter()
    .openapi(serviceFeed, async (c) => {
      const { id } = c.req.valid('param')
      const { limit, cursor } = c.req.valid('query')
      return serveFeed(c, async () => {
        const service = await getServiceRef(sql, id)
        if (!service) throw notFound('That service')
        return {
          service,
          ...(await feedPage([id], limit, cursor)),
        }
      }) as never
    })
    .openapi(multiFeed, async (c) => {
      const { services, limit, cursor } = c.req.valid('query')
      return serveFeed(c, () => feedPage(services, limit, cursor)) as never
    })
    .openapi(oneStory, async (c) => {
      const story = await getPublishedStory(sql, c.req.valid('param').id)
      if (!story) throw notFound('That story')
      c.header('Cache-Control', `public, max-age=${config.FEED_CACHE_SECONDS}`)
      return c.json(
        {
          ...story,
          publishedAt: story.publishedAt.toISOString(),
          url: `${config.PUBLIC_URL}/stories/${story.id}`,
        },
        200,
      )
    })
    .openapi(tags, async (c) => {
      c.header('Cache-Control', 'public, max-age=300')
      return c.json({ tags: await listTags(sql) }, 200)
    })
    .openapi(submit, async (c) => {
      const input = c.req.valid('json')
      const key = c.req.valid('header')['idempotency-key']
      const requestHash = submissionHash(input)
      const replay = (storyId: string, hash: string) => {
        if (hash !== requestHash) {
          throw new AppError(
            'idempotency_key_reused',
            'This Idempotency-Key was already used for a different story. Use a new key for a new story.',
          )
        }
        c.header('Idempotent-Replayed', 'true')
        return c.json({ id: storyId, status: 'pending' as const }, 201)
      }
      const address = clientAddress(c, config.TRUST_PROXY)
      // A valid API key (api-keys/index.ts) is limited per key, far more generously, not per address.
      const apiKey = c.get('apiKey')
      const admission = await admitSubmission(sql, {
        key,
        bucket: apiKey ? `submit-key:${apiKey.id}` : clientBucket('submit', address, config.SESSION_SECRET),
        limit: config.SUBMISSION_RATE_LIMIT * (apiKey ? API_KEY_RATE_MULTIPLIER : 1),
        windowSeconds: 3600,
      })
      if (admission.earlier) return replay(admission.earlier.storyId, admission.earlier.requestHash)
      if (!admission.allowed) {
        throw new AppError(
          'rate_limited',
          'Too many stories have been sent from this connection. Please try again later.',
          undefined,
          { 'Retry-After': String(admission.retryAfter) },
        )
      }
      if (input.website) {
        // Honeypot filled in: answer as if accepted and keep nothing.
        log.info('submission_discarded', { requestId: c.get('requestId'), reason: 'honeypot' })
        return c.json({ id: randomUUID(), status: 'pending' as const }, 201)
      }
      await checkTags(input.tags)
      const flags = [
        ...runPrechecks(input.title).map((f) => ({ ...f, field: 'title' as const })),
        ...runPrechecks(input.body).map((f) => ({ ...f, field: 'body' as const })),
      ]
      const id = randomUUID()
      const story = {
        id,
        input,
        flags,
        origin: c.req.header('origin'),
        claim: key ? { key, requestHash } : undefined,
      }
      // Without an email the story is one statement; with one, its follow link is queued with it.
      const inserted = await (
        input.email
          ? sql.begin(async (tx) => {
              const done = await insertStory(tx, story)
              if (done)
                await queueAuthorMail(tx, { storyId: id, kind: 'follow_link', publicUrl: config.PUBLIC_URL })
              return done
            })
          : insertStory(sql, story)
      ).catch((err: unknown) => {
        throw unknownServiceError(err, input.serviceIds) ?? err
      })
      if (!inserted) {
        // Another request claimed the key between our check and our insert, and has committed.
        const earlier = (await findIdempotentStory(sql, key!))!
        return replay(earlier.storyId, earlier.requestHash)
      }
      log.info('story_submitted', { requestId: c.get('requestId'), storyId: id, route: input.route })
      return c.json({ id, status: 'pending' as const }, 201)
    })
}
