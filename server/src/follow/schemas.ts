import { z } from '@hono/zod-openapi'
import { publicResponseFields, STORY_STATUSES } from '../stories/schemas.ts'

export const REPLY_MAX = 2000

export const FollowParam = z.object({
  token: z
    .string()
    .max(200)
    .openapi({ param: { name: 'token', in: 'path' }, description: 'The private token from the follow link' }),
})

export const FollowedReply = z.object({
  id: z.uuid(),
  body: z.string(),
  status: z.enum(['pending', 'published', 'rejected', 'withdrawn']),
})

export const FollowView = z
  .object({
    story: z.object({
      id: z.uuid(),
      status: z.enum(STORY_STATUSES),
      title: z.string(),
      body: z.string(),
      publishedAt: z.iso.datetime().nullable(),
      url: z.url().optional().openapi({ description: 'The public page, once published' }),
    }),
    responses: z.array(z.object({ ...publicResponseFields, replies: z.array(FollowedReply) })),
    hasEmail: z.boolean(),
  })
  .openapi('FollowedStory')

export const ReplyInput = z
  .object({
    responseId: z.uuid({ message: 'Choose the response you are replying to' }),
    body: z
      .string({ message: 'Enter your reply' })
      .trim()
      .min(1, 'Enter your reply')
      .max(REPLY_MAX, `Your reply must be ${REPLY_MAX} characters or fewer`),
  })
  .openapi('AuthorReply')
export type ReplyInput = z.infer<typeof ReplyInput>
