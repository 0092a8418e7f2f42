import type { z } from '@hono/zod-openapi'

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
