import { createHash, randomUUID } from 'node:crypto'
import { createRoute, z, type RouteHandler } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { API_KEY_RATE_MULTIPLIER } from '../api-keys/index.ts'
import type { Config } from '../config.ts'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { queueAuthorMail } from './author-mail.ts'
import { errorResponses, type AppEnv, type Deps } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { storyPrechecks } from '../precheck/index.ts'
import { clientAddress, clientBucket } from '../rate-limit.ts'
import { admitSubmission, findIdempotentStory, insertStory, listTags, type NewStory } from './queries.ts'
import { TAG_GROUPS, StorySubmission, SubmissionAccepted } from './schemas.ts'

const IdempotencyHeader = z.object({
  'idempotency-key': z
    .string()
    .min(8, 'must be 8–200 characters')
    .max(200, 'must be 8–200 characters')
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces')
    .optional()
    .openapi({ description: 'Retries with the same key return the same story instead of creating another.' }),
})

export const submit = createRoute({
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

const submissionHash = (input: StorySubmission) =>
  createHash('sha256').update(JSON.stringify(input)).digest('base64url')

/** Checks the chosen tags against the tag list, which it keeps for a minute. */
function tagChecker(sql: Sql) {
  let tagCache: { groups: Map<string, string>; expires: number } | undefined
  return async function checkTags(chosen: StorySubmission['tags']) {
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
}

/**
 * A replayed Idempotency-Key finds its story, anything else counts against the rate limit: per
 * address, or, with a valid API key (api-keys/index.ts), per key and far more generously.
 */
async function admit(sql: Sql, config: Config, c: Context, key: string | undefined) {
  const apiKey = c.get('apiKey')
  const address = clientAddress(c, config.TRUST_PROXY)
  const admission = await admitSubmission(sql, {
    key,
    bucket: apiKey ? `submit-key:${apiKey.id}` : clientBucket('submit', address, config.SESSION_SECRET),
    limit: config.SUBMISSION_RATE_LIMIT * (apiKey ? API_KEY_RATE_MULTIPLIER : 1),
    windowSeconds: 3600,
  })
  if (!admission.earlier && !admission.allowed) {
    throw new AppError(
      'rate_limited',
      'Too many stories have been sent from this connection. Please try again later.',
      undefined,
      { 'Retry-After': String(admission.retryAfter) },
    )
  }
  return admission.earlier
}

/** Stores the story; without an email it is one statement, with one its follow link is queued with it. */
async function store(sql: Deps['sql'], config: Config, story: NewStory): Promise<boolean> {
  const inserted = story.input.email
    ? sql.begin(async (tx) => {
        const done = await insertStory(tx, story)
        if (done)
          await queueAuthorMail(tx, { storyId: story.id, kind: 'follow_link', publicUrl: config.PUBLIC_URL })
        return done
      })
    : insertStory(sql, story)
  return inserted.catch((err: unknown) => {
    throw unknownServiceError(err, story.input.serviceIds) ?? err
  })
}

export interface Acceptance {
  id: string
  /** An earlier request with the same Idempotency-Key made this story; nothing new was written. */
  replayed: boolean
  /** On a replay: the earlier request sent something else under the same key. */
  differs?: boolean
}

/**
 * Accepts a story for moderation at most once per Idempotency-Key (the API and the site's form
 * alike): rate limit, honeypot, tags, then one insert. Throws AppError for a refusal.
 */
export function storyAcceptor({ sql, config }: Pick<Deps, 'sql' | 'config'>) {
  const checkTags = tagChecker(sql)
  return async (c: Context<AppEnv>, input: StorySubmission, key?: string): Promise<Acceptance> => {
    const requestHash = submissionHash(input)
    const replay = (e: { storyId: string; requestHash: string }) => ({
      id: e.storyId,
      replayed: true,
      differs: e.requestHash !== requestHash,
    })
    const earlier = await admit(sql, config, c, key)
    if (earlier) return replay(earlier)
    if (input.website) {
      // Honeypot filled in: answer as if accepted and keep nothing.
      log.info('submission_discarded', { requestId: c.get('requestId'), reason: 'honeypot' })
      return { id: randomUUID(), replayed: false }
    }
    await checkTags(input.tags)
    const id = randomUUID()
    const claim = key ? { key, requestHash } : undefined
    const story = {
      id,
      input,
      flags: storyPrechecks(input.title, input.body),
      origin: c.req.header('origin'),
      claim,
    }
    // Another request claimed the key between our check and our insert, and has committed.
    if (!(await store(sql, config, story))) return replay((await findIdempotentStory(sql, key!))!)
    log.info('story_submitted', { requestId: c.get('requestId'), storyId: id, route: input.route })
    return { id, replayed: false }
  }
}

/** POST /api/v1/stories: a story for moderation, at most once per Idempotency-Key. */
export function submitStory(deps: Deps): RouteHandler<typeof submit, AppEnv> {
  const accept = storyAcceptor(deps)
  return async (c) => {
    const accepted = await accept(c, c.req.valid('json'), c.req.valid('header')['idempotency-key'])
    if (accepted.differs) {
      throw new AppError(
        'idempotency_key_reused',
        'This Idempotency-Key was already used for a different story. Use a new key for a new story.',
      )
    }
    if (accepted.replayed) c.header('Idempotent-Replayed', 'true')
    return c.json({ id: accepted.id, status: 'pending' as const }, 201)
  }
}
