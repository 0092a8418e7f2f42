import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { decideByLink, providerStoryView, readableReview } from './decide.ts'
import { listStoryReviews, openReviewRequest, storyServiceOwnership } from './queries.ts'
import { providerReviewPages } from './pages.ts'
import { restrictStory } from './restrict.ts'
import { restrictedStoryRoutes } from './restricted-routes.ts'
import { listOpenReviewRequests, providerReviewStats } from './restricted-queries.ts'
import {
  ProviderDecision,
  ProviderReviewStats,
  ProviderStory,
  RestrictInput,
  ReviewRequestItem,
  ReviewTokenParam,
  StoryProvider,
} from './schemas.ts'

const publicTags = ['Provider review']
const modTags = ['Portal: moderation']
const noStore = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }

const view = createRoute({
  method: 'get',
  path: '/api/v1/provider-review/{token}',
  tags: publicTags,
  summary: 'A private provider reads a story waiting for its answer',
  description: 'The link in the provider’s email. 404 once it expires (when the 72 hours end).',
  request: { params: ReviewTokenParam },
  responses: { 200: jsonAnswer('The story as moderated', ProviderStory), ...errorResponses(404) },
})

const answer = createRoute({
  method: 'post',
  path: '/api/v1/provider-review/{token}/decision',
  tags: publicTags,
  summary: 'Go ahead (publish now) or request a review, with a reason',
  description: 'Works once: 409 after any answer to this story, 404 once expired.',
  middleware: [jsonBody] as const,
  request: { params: ReviewTokenParam, body: jsonRequest(ProviderDecision) },
  responses: {
    200: jsonAnswer('Answered', ProviderStory),
    ...errorResponses(400, 404, 409, 415, 422),
  },
})

const storyProvider = createRoute({
  method: 'get',
  path: '/api/portal/moderation/stories/{id}/provider',
  tags: modTags,
  summary: 'The ownership of a story’s services and its provider reviews',
  request: { params: UuidParam },
  responses: {
    200: jsonAnswer('Ownership and reviews', StoryProvider),
    ...errorResponses(401, 403, 404, 422),
  },
})

const restrict = createRoute({
  method: 'post',
  path: '/api/portal/moderation/stories/{id}/restrict',
  tags: modTags,
  summary: 'Restrict a story its provider asked to have reviewed (senior moderators)',
  description: 'The public page then shows only that the story exists, who restricted it and why.',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(RestrictInput) },
  responses: {
    200: jsonAnswer('Restricted', StoryProvider),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

const requests = createRoute({
  method: 'get',
  path: '/api/portal/moderation/review-requests',
  tags: modTags,
  summary: 'Providers’ review requests waiting for a senior moderator, oldest first',
  responses: {
    200: jsonAnswer('Open requests', z.object({ items: z.array(ReviewRequestItem) })),
    ...errorResponses(401, 403),
  },
})

const stats = createRoute({
  method: 'get',
  path: '/api/portal/admin/provider-reviews',
  tags: ['Portal: admin'],
  summary: 'Each private provider’s review requests and their outcomes',
  responses: { 200: jsonAnswer('By provider', ProviderReviewStats), ...errorResponses(401, 403) },
})

/** Private providers' links, senior moderators' restrictions, and the platform admins' figures. */
export function providerReviewRoutes({ sql, config, feedCache }: Deps) {
  const auth = createAuth({ sql })
  const moderators = [auth.requirePlatformRole('moderator', 'platform_admin')]
  const seniors = auth.requirePlatformRole('senior_moderator', 'platform_admin')

  const provider = async (id: string) => {
    const services = await storyServiceOwnership(sql, id)
    if (!services.length) throw notFound('That story')
    const [reviews, open] = await Promise.all([listStoryReviews(sql, id), openReviewRequest(sql, id)])
    return { services, reviews, openRequest: Boolean(open) }
  }

  return createRouter()
    .openapi(view, async (c) => {
      const review = await readableReview(sql, c.req.valid('param').token, new Date())
      return c.json(providerStoryView(review), 200, noStore)
    })
    .openapi(answer, async (c) => {
      const { token } = c.req.valid('param')
      const input = c.req.valid('json')
      const now = new Date()
      const published = await sql.begin((tx) =>
        decideByLink(tx, token, input, { now, publicUrl: config.PUBLIC_URL }),
      )
      if (published) feedCache.clear()
      log.info('provider_answered', { requestId: c.get('requestId'), decision: input.decision })
      const review = await readableReview(sql, token, now)
      return c.json(providerStoryView(review), 200, noStore)
    })
    .openapi({ ...storyProvider, middleware: moderators }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await provider(c.req.valid('param').id), 200)
    })
    .openapi({ ...restrict, middleware: [seniors, jsonBody] }, async (c) => {
      const { id } = c.req.valid('param')
      const user = currentUser(c)
      await sql.begin((tx) =>
        restrictStory(tx, id, c.req.valid('json'), {
          userId: user.id,
          platformRole: user.platformRole,
          config,
        }),
      )
      log.info('story_restricted', { requestId: c.get('requestId'), storyId: id, userId: user.id })
      return c.json(await provider(id), 200)
    })
    .openapi({ ...requests, middleware: moderators }, async (c) => {
      const rows = await listOpenReviewRequests(sql)
      c.header('Cache-Control', 'no-store')
      return c.json({ items: rows.map((r) => ({ ...r, answeredAt: r.answeredAt.toISOString() })) }, 200)
    })
    .openapi({ ...stats, middleware: [auth.requirePlatformRole('platform_admin')] }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ providers: await providerReviewStats(sql) }, 200)
    })
}

/** Everything this folder serves, mounted with one line in app.ts. */
export function providerReviewApp(deps: Deps) {
  return createRouter()
    .route('/', providerReviewRoutes(deps))
    .route('/', restrictedStoryRoutes(deps))
    .route('/', providerReviewPages(deps))
}
