import { createRoute, z } from '@hono/zod-openapi'
import { AppError, notFound } from '../errors.ts'
import { createRouter, errorResponses, type Deps } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { followActions } from './actions.ts'
import { FollowParam, FollowView, ReplyInput } from './schemas.ts'

const tags = ['Follow your story']
const privateHeaders = { 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' }

const view = createRoute({
  method: 'get',
  path: '/api/v1/follow/{token}',
  tags,
  summary: "The author's private view of their story",
  description: 'Status, the text as moderated, published responses and the author’s own replies.',
  request: { params: FollowParam },
  responses: {
    200: { description: 'The story', content: { 'application/json': { schema: FollowView } } },
    ...errorResponses(404),
  },
})

const reply = createRoute({
  method: 'post',
  path: '/api/v1/follow/{token}/replies',
  tags,
  summary: 'Reply to a response (published after moderation)',
  middleware: [jsonBody] as const,
  request: {
    params: FollowParam,
    body: { required: true, content: { 'application/json': { schema: ReplyInput } } },
  },
  responses: {
    201: {
      description: 'Waiting for moderation',
      content: { 'application/json': { schema: z.object({ id: z.uuid(), status: z.literal('pending') }) } },
    },
    ...errorResponses(400, 404, 409, 415, 422, 429),
  },
})

const withdraw = createRoute({
  method: 'post',
  path: '/api/v1/follow/{token}/withdraw',
  tags,
  summary: 'Withdraw the story from every public place at once',
  request: { params: FollowParam },
  responses: {
    200: {
      description: 'Withdrawn',
      content: { 'application/json': { schema: z.object({ status: z.literal('withdrawn') }) } },
    },
    ...errorResponses(404, 409),
  },
})

const eraseEmail = createRoute({
  method: 'delete',
  path: '/api/v1/follow/{token}/email',
  tags,
  summary: "Erase the author's email address",
  request: { params: FollowParam },
  responses: { 204: { description: 'Erased' }, ...errorResponses(404) },
})

/** The follow link's JSON API; the same actions as the page at /follow/:token. */
export function followRoutes(deps: Deps) {
  const actions = followActions(deps)
  const storyFor = async (token: string) => {
    const storyId = await actions.storyFor(token)
    if (!storyId) throw notFound('That follow link')
    return storyId
  }

  return createRouter()
    .openapi(view, async (c) => {
      const story = await actions.view(await storyFor(c.req.valid('param').token))
      if (!story) throw notFound('That follow link')
      const { responses, hasEmail } = story
      return c.json(
        {
          story: {
            id: story.id,
            status: story.status,
            title: story.title,
            body: story.body,
            publishedAt: story.publishedAt?.toISOString() ?? null,
            ...(story.status === 'published' ? { url: `${deps.config.PUBLIC_URL}/stories/${story.id}` } : {}),
          },
          responses: responses.map((r) => ({
            id: r.id,
            responderTitle: r.responderTitle,
            organisationName: r.organisationName,
            body: r.body,
            changeMarker: r.changeMarker,
            change: r.change,
            publishedAt: r.publishedAt.toISOString(),
            replies: r.replies.map(({ id, body, status }) => ({ id, body, status })),
          })),
          hasEmail,
        },
        200,
        privateHeaders,
      )
    })
    .openapi(reply, async (c) => {
      const storyId = await storyFor(c.req.valid('param').token)
      const outcome = await actions.reply(storyId, c.req.valid('json'))
      if (outcome === 'story_closed') {
        throw new AppError('conflict', 'Replies can be added only while the story is published.')
      }
      if (outcome === 'no_such_response') {
        throw new AppError('validation_failed', 'Choose a response to your story.', [
          { path: 'responseId', message: 'is not a published response to this story' },
        ])
      }
      log.info('author_reply_received', { requestId: c.get('requestId'), storyId, replyId: outcome.id })
      return c.json({ id: outcome.id, status: 'pending' as const }, 201, privateHeaders)
    })
    .openapi(withdraw, async (c) => {
      const storyId = await storyFor(c.req.valid('param').token)
      const outcome = await actions.withdraw(storyId)
      if (outcome === 'not_withdrawable') {
        throw new AppError('conflict', 'This story was not published, so there is nothing to withdraw.')
      }
      return c.json({ status: 'withdrawn' as const }, 200, privateHeaders)
    })
    .openapi(eraseEmail, async (c) => {
      await actions.eraseEmail(await storyFor(c.req.valid('param').token))
      return c.body(null, 204, privateHeaders)
    })
}
