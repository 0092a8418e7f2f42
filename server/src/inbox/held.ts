import { createRoute, z } from '@hono/zod-openapi'
import type { Sql } from '../db.ts'
import { errorResponses, jsonAnswer } from '../http.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { NamedServicePath } from '../services/schemas.ts'
import { AUTHOR_ROLES } from '../stories/schemas.ts'
import { listHeldStoryRows } from './queries.ts'
import { StoryTags } from './schemas.ts'

/** More held stories than this at once would be unusual; the list says when it is cut short. */
export const HELD_LIMIT = 100

export const HeldStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string().openapi({ description: 'The text as it will be published (after moderation)' }),
    heldUntil: z.iso.datetime().openapi({ description: 'When it publishes itself' }),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    services: z.array(NamedServicePath),
    lang: z.enum(['en', 'cy']).openapi({ description: 'The language the story was told in' }),
    criticality: z.number().int().min(0).max(5),
    tags: StoryTags,
  })
  .openapi('HeldStory')
export type HeldStory = z.infer<typeof HeldStory>

export const HeldStories = z.object({ stories: z.array(HeldStory), more: z.boolean() })

export const heldRoute = createRoute({
  method: 'get',
  path: '/api/portal/subscribers/{subscriberId}/inbox/held',
  tags: ['Portal: inbox'],
  summary: 'Serious stories within coverage that a moderator is holding back before publication',
  description:
    'A held story publishes itself at `heldUntil`; until then only the provider it is about can read it, ' +
    'to prepare. Soonest first. Responses open when it is published.',
  request: { params: SubscriberIdParam },
  responses: { 200: jsonAnswer('Held stories', HeldStories), ...errorResponses(401, 403, 404, 422) },
})

/** Held stories about services within the subscriber's coverage, soonest to publish first. */
export async function listHeldStories(sql: Sql, subscriberId: string): Promise<z.infer<typeof HeldStories>> {
  const rows = await listHeldStoryRows(sql, subscriberId, HELD_LIMIT + 1)
  return {
    stories: rows.slice(0, HELD_LIMIT).map((r) => ({ ...r, heldUntil: r.heldUntil.toISOString() })),
    more: rows.length > HELD_LIMIT,
  }
}
