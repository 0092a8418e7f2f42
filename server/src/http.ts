import { OpenAPIHono, z } from '@hono/zod-openapi'
import type { Config } from './config.ts'
import type { SqlPool } from './db.ts'
import { AppError } from './errors.ts'
import type { FeedCache } from './stories/feed-cache.ts'

/** What every route needs, handed in once when the app is built. */
export interface Deps {
  sql: SqlPool
  config: Config
  feedCache: FeedCache
}

export type AppEnv = { Variables: { requestId: string } }

/** A resource's sub-app: zod validation failures become the documented 422 error. */
export function createRouter(): OpenAPIHono<AppEnv> {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) {
        throw new AppError(
          'validation_failed',
          'Some of the information is missing or not in the right form.',
          result.error.issues.map((issue) => ({
            path: issue.path.map(String).join('.') || '(body)',
            message: issue.message,
          })),
        )
      }
    },
  })
}

export const ErrorSchema = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'validation_failed' }),
      message: z.string(),
      issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
    }),
  })
  .openapi('Error')

const errorDescriptions = {
  400: 'Malformed request',
  401: 'Not signed in',
  403: 'Not allowed, or the CSRF token is missing',
  404: 'Not found',
  409: 'Conflict, e.g. another moderator holds the item',
  413: 'Request body too large',
  415: 'Body is not JSON',
  422: 'Validation failed',
  429: 'Too many requests; see Retry-After',
} as const

/** OpenAPI response entries for the error statuses a route can answer with. */
export function errorResponses<S extends keyof typeof errorDescriptions>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((s) => [
      s,
      { description: errorDescriptions[s], content: { 'application/json': { schema: ErrorSchema } } },
    ]),
  ) as unknown as Record<
    S,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  >
}

export const UuidParam = z.object({
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})

/** `content` of an OpenAPI JSON request or response. */
export const jsonContent = <T extends z.ZodType>(schema: T) => ({
  content: { 'application/json': { schema } },
})

/** A required JSON request body. */
export const jsonRequest = <T extends z.ZodType>(schema: T) => ({ required: true, ...jsonContent(schema) })

/** A JSON response with its description. */
export const jsonAnswer = <T extends z.ZodType>(description: string, schema: T) => ({
  description,
  ...jsonContent(schema),
})
