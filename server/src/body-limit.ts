import { bodyLimit } from 'hono/body-limit'
import type { MiddlewareHandler } from 'hono'
import { AppError } from './errors.ts'

/**
 * Refuses a request body larger than `maxBytes` with 413 `payload_too_large`. A declared
 * Content-Length is checked without touching the body (Node's parser never delivers more than it
 * declares); only a chunked body is counted as it streams in (hono/body-limit).
 */
export function limitBody(maxBytes: number, message: string): MiddlewareHandler {
  const counted = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new AppError('payload_too_large', message)
    },
  })
  return (c, next) => {
    const method = c.req.method
    if (method === 'GET' || method === 'HEAD') return next()
    const declared = c.req.header('content-length')
    if (declared !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(declared) > maxBytes) throw new AppError('payload_too_large', message)
      return next()
    }
    return counted(c, next)
  }
}
