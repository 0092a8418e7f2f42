import { z } from '@hono/zod-openapi'
import { MemberResponse } from '../inbox/schemas.ts'

export const CHANGE_MARKERS = ['planned', 'made'] as const
/** A responder with this many recent responses, all published without a moderator's edit, is fast-tracked. */
export const FAST_TRACK_RECORD = 10
export const RESPONSE_MAX = 5000

/** Plain text: paragraphs are separated by blank lines; nothing is interpreted as markup. */
const Body = z
  .string({ message: 'Write your response' })
  .transform((v) =>
    v
      .replace(/\r\n?/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim(),
  )
  .pipe(
    z
      .string()
      .min(20, 'Your response must be at least 20 characters')
      .max(RESPONSE_MAX, `Your response must be ${RESPONSE_MAX} characters or fewer`),
  )

const ResponderTitle = z
  .string({ message: 'Enter a job title' })
  .trim()
  .min(2, 'Enter a job title, e.g. Ward Manager, Ward 7')
  .max(120, 'Job title must be 120 characters or fewer')
  .openapi({ description: 'Shown publicly with the response, e.g. "Matron, Emergency Department"' })

export const NewResponse = z
  .object({
    body: Body,
    responderTitle: ResponderTitle,
    changeMarker: z.enum(CHANGE_MARKERS).nullable().default(null).openapi({
      description: 'A change planned or made because of the story; always checked by a moderator',
    }),
    onBehalfOf: z.string().trim().min(1).max(120).optional().openapi({
      description: 'Admins only: the colleague the response is written for (kept privately)',
    }),
  })
  .openapi('NewResponse')
export type NewResponse = z.infer<typeof NewResponse>

export const ResponsePatch = z
  .object({
    body: Body.optional(),
    responderTitle: ResponderTitle.optional(),
    changeMarker: z.enum(CHANGE_MARKERS).nullable().optional(),
  })
  .openapi('ResponsePatch')
export type ResponsePatch = z.infer<typeof ResponsePatch>

export const ResponseSaved = z
  .object({
    response: MemberResponse,
    published: z
      .boolean()
      .openapi({ description: 'True: public now (fast track). False: waiting for a moderator.' }),
  })
  .openapi('ResponseSaved')

export const ResponseParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  responseId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'responseId', in: 'path' } }),
})
