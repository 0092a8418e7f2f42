import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer } from '../http.ts'
import { AUTHOR_ROLES } from '../stories/schemas.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { getRestrictedStory, listRestrictedStories, type RestrictedStoryRow } from './restricted-queries.ts'
import { REVIEW_REASONS } from './schemas.ts'

const LIMIT = 200
const tags = ['Portal: inbox']

export const RestrictedStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string().openapi({ description: 'The moderated text, which the public does not see' }),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    criticality: z.number().int().min(0).max(5).nullable(),
    services: z.array(z.object({ id: z.uuid(), name: z.string() })),
    restrictedAt: z.iso.datetime(),
    providerName: z.string(),
    reason: z.enum(REVIEW_REASONS),
    publicReason: z.string(),
  })
  .openapi('RestrictedStory')

const list = createRoute({
  method: 'get',
  path: '/api/portal/subscribers/{subscriberId}/restricted',
  tags,
  summary: 'Restricted stories within coverage, in full, newest first',
  description: `Stories a senior moderator restricted at a provider's request: the public sees only that they exist. At most ${LIMIT}.`,
  request: { params: SubscriberIdParam },
  responses: {
    200: jsonAnswer('Restricted stories', z.object({ stories: z.array(RestrictedStory) })),
    ...errorResponses(401, 403, 404, 422),
  },
})

const one = createRoute({
  method: 'get',
  path: '/api/portal/subscribers/{subscriberId}/restricted/{storyId}',
  tags,
  summary: 'One restricted story within coverage, in full',
  description: 'A story that does not exist, is not restricted or is outside coverage gets the same 404.',
  request: {
    params: SubscriberIdParam.extend({
      storyId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'storyId', in: 'path' } }),
    }),
  },
  responses: { 200: jsonAnswer('The story', RestrictedStory), ...errorResponses(401, 403, 404, 422) },
})

const toJson = ({ details: _details, ...row }: RestrictedStoryRow) => ({
  ...row,
  authorRole: row.authorRole as (typeof AUTHOR_ROLES)[number],
  restrictedAt: row.restrictedAt.toISOString(),
})

/** Every member of a covering subscriber (the provider, a public-interest body) reads restricted stories. */
export function restrictedStoryRoutes({ sql }: Deps) {
  const viewer = createMemberGuard({ sql })('viewer')
  return createRouter()
    .openapi({ ...list, middleware: viewer }, async (c) => {
      const rows = await listRestrictedStories(sql, currentMember(c).subscriberId, LIMIT)
      c.header('Cache-Control', 'no-store')
      return c.json({ stories: rows.map(toJson) }, 200)
    })
    .openapi({ ...one, middleware: viewer }, async (c) => {
      const row = await getRestrictedStory(sql, currentMember(c).subscriberId, c.req.valid('param').storyId)
      if (!row) throw notFound('That story')
      c.header('Cache-Control', 'no-store')
      return c.json(toJson(row), 200)
    })
}
