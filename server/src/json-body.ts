import { createMiddleware } from 'hono/factory'
import { AppError } from './errors.ts'

/**
 * Requires a JSON body and parses it once (Hono caches it for the validators), so that a wrong
 * content type answers 415 and malformed JSON answers 400, both in the documented error shape.
 */
export const jsonBody = createMiddleware(async (c, next) => {
  const type = c.req.header('content-type') ?? ''
  if (!/^application\/(.+\+)?json\s*(;|$)/i.test(type)) {
    throw new AppError(
      'unsupported_media_type',
      'Send the request body as JSON (Content-Type: application/json).',
    )
  }
  try {
    await c.req.json()
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON.')
  }
  await next()
})
