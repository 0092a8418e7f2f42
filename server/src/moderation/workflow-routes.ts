import { createRoute, z } from '@hono/zod-openapi'
import { createAuth, currentUser } from '../auth/index.ts'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { moderatorFigures, openEscalationCount, waitFigures, weeklyFigures } from './dashboard-queries.ts'
import { ESCALATION_OUTCOMES } from './escalation-queries.ts'
import { recordEscalationOutcome } from './escalations.ts'
import { createRejectReason, updateRejectReason } from './reject-reason-queries.ts'
import { MODERATION_PATH } from './routes.ts'
import { RejectReason, RejectReasonCreate, RejectReasonPatch, WorkbenchStory } from './schemas.ts'
import { getWorkbenchStory } from './story-queries.ts'

const tags = ['Portal: moderation']
const DAY = 86_400_000

export const EscalationOutcomeInput = z
  .object({
    outcome: z.enum(ESCALATION_OUTCOMES),
    note: z.string().trim().min(1).max(2000, 'The note must be 2,000 characters or fewer').optional(),
  })
  .openapi('EscalationOutcome')

export const ModerationDashboard = z
  .object({
    weeks: z.array(
      z.object({
        weekStart: z.iso.date(),
        submitted: z.number().int(),
        published: z.number().int(),
        rejected: z.number().int(),
      }),
    ),
    wait: z.object({
      decided: z.number().int(),
      medianHours: z.number().nullable(),
      p90Hours: z.number().nullable(),
    }),
    openEscalations: z.number().int(),
    moderators: z.array(
      z.object({
        moderatorId: z.uuid(),
        name: z.string(),
        decided: z.number().int(),
        medianReviewMinutes: z.number().nullable(),
      }),
    ),
  })
  .openapi('ModerationDashboard')

const outcome = createRoute({
  method: 'post',
  path: '/api/portal/moderation/stories/{id}/escalation-outcome',
  tags,
  summary: 'Record what came of a safeguarding escalation (referred, no action, contacted the author)',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(EscalationOutcomeInput) },
  responses: {
    200: jsonAnswer('The story', WorkbenchStory),
    ...errorResponses(400, 401, 403, 404, 409, 415, 422),
  },
})

const addReason = createRoute({
  method: 'post',
  path: '/api/portal/moderation/reject-reasons',
  tags,
  summary: 'Add a reject reason template',
  middleware: [jsonBody] as const,
  request: { body: jsonRequest(RejectReasonCreate) },
  responses: { 201: jsonAnswer('Added', RejectReason), ...errorResponses(400, 401, 403, 415, 422) },
})

const editReason = createRoute({
  method: 'patch',
  path: '/api/portal/moderation/reject-reasons/{id}',
  tags,
  summary: 'Change, reorder or retire a reject reason template',
  middleware: [jsonBody] as const,
  request: { params: UuidParam, body: jsonRequest(RejectReasonPatch) },
  responses: { 200: jsonAnswer('Changed', RejectReason), ...errorResponses(400, 401, 403, 404, 415, 422) },
})

const dashboard = createRoute({
  method: 'get',
  path: '/api/portal/moderation/dashboard',
  tags,
  summary: 'Moderation figures: weekly counts, waits, open escalations, per moderator',
  request: { query: z.object({ weeks: z.coerce.number().int().min(1).max(52).default(12) }) },
  responses: { 200: jsonAnswer('Figures', ModerationDashboard), ...errorResponses(401, 403, 422) },
})

/** Safeguarding outcomes, reject reason templates and the moderation dashboard (platform staff). */
export function moderationWorkflowRoutes({ sql }: Deps) {
  const auth = createAuth({ sql })
  const router = createRouter()
  router.use(MODERATION_PATH, auth.requirePlatformRole('moderator', 'platform_admin'))

  router.openapi(outcome, async (c) => {
    const { id } = c.req.valid('param')
    const user = currentUser(c)
    if (!(await getWorkbenchStory(sql, id))) throw notFound('That story')
    await sql.begin((tx) => recordEscalationOutcome(tx, id, c.req.valid('json'), user.id))
    log.info('escalation_closed', { requestId: c.get('requestId'), storyId: id, userId: user.id })
    return c.json((await getWorkbenchStory(sql, id))!, 200)
  })

  router.openapi(addReason, async (c) => c.json(await createRejectReason(sql, c.req.valid('json')), 201))
  router.openapi(editReason, async (c) => {
    const reason = await updateRejectReason(sql, c.req.valid('param').id, c.req.valid('json'))
    if (!reason) throw notFound('That reason')
    return c.json(reason, 200)
  })

  router.openapi(dashboard, async (c) => {
    const { weeks } = c.req.valid('query')
    const since = new Date(Date.now() - weeks * 7 * DAY)
    const [weekly, wait, openEscalations, moderators] = await Promise.all([
      weeklyFigures(sql, weeks),
      waitFigures(sql, since),
      openEscalationCount(sql),
      moderatorFigures(sql, since),
    ])
    c.header('Cache-Control', 'no-store')
    return c.json({ weeks: weekly, wait, openEscalations, moderators }, 200)
  })
  return router
}
