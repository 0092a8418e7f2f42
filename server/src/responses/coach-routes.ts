import { createRoute, z } from '@hono/zod-openapi'
import type { Sql } from '../db.ts'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest } from '../http.ts'
import { inInbox } from '../inbox/queries.ts'
import { StoryParam } from '../inbox/schemas.ts'
import { jsonBody } from '../json-body.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { COACH_HINTS, coachResponse } from './coach.ts'
import { RESPONSE_MAX } from './schemas.ts'

/** How many of the subscriber's latest responses a draft is compared with. */
const EARLIER = 200

export const CoachRequest = z
  .object({
    body: z.string({ message: 'Give the draft' }).max(RESPONSE_MAX),
    responderTitle: z.string().max(120).optional(),
    responseId: z.uuid({ message: 'must be an id' }).optional().openapi({
      description: 'The response being edited: not compared with itself',
    }),
  })
  .openapi('ResponseCoachRequest')

export const CoachHints = z
  .object({
    hints: z.array(
      z.object({
        code: z.enum(Object.keys(COACH_HINTS) as [keyof typeof COACH_HINTS, ...(keyof typeof COACH_HINTS)[]]),
        message: z.string(),
      }),
    ),
  })
  .openapi('ResponseCoachHints')

const coach = createRoute({
  method: 'post',
  path: '/api/portal/subscribers/{subscriberId}/stories/{storyId}/response-coach',
  tags: ['Portal: responses'],
  summary: 'Hints on a draft response before it is sent (never blocking; writes nothing)',
  description:
    'Thanks the author; apologises when the story’s criticality is 2 or more; says who is answering; offers a ' +
    'way to continue the conversation; warns of a near-copy (similarity ≥ 0.9) of one of the subscriber’s ' +
    `latest ${EARLIER} responses.`,
  request: { params: StoryParam, body: jsonRequest(CoachRequest) },
  responses: { 200: jsonAnswer('Hints', CoachHints), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

async function coachContext(sql: Sql, subscriberId: string, storyId: string, responseId?: string) {
  const [story] = await sql<
    { criticality: number | null }[]
  >`select criticality from stories where id = ${storyId}`
  const earlier = await sql<{ body: string }[]>`
    select body from responses
    where subscriber_id = ${subscriberId} and status <> 'rejected' and (${responseId ?? null}::uuid is null or id <> ${responseId ?? null}::uuid)
    order by created_at desc limit ${EARLIER}`
  return { criticality: story?.criticality ?? null, earlier: earlier.map((r) => r.body) }
}

/** The response coach: responders and admins, on stories within coverage. */
export function responseCoachRoutes({ sql }: Deps) {
  const responder = createMemberGuard({ sql })('responder')
  return createRouter().openapi({ ...coach, middleware: [...responder, jsonBody] }, async (c) => {
    const member = currentMember(c)
    const { storyId } = c.req.valid('param')
    if (!(await inInbox(sql, member.subscriberId, storyId))) throw notFound('That story')
    const input = c.req.valid('json')
    const context = await coachContext(sql, member.subscriberId, storyId, input.responseId)
    return c.json({ hints: coachResponse({ ...input, ...context }) }, 200)
  })
}
