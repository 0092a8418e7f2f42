import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { ZodError } from 'zod'
import { AppError, ERROR_STATUS, type ErrorCode } from './errors.ts'
import { log } from './log.ts'

/**
 * Turns any error into the documented error shape. Unknown errors are logged with the request id
 * and their name and code only (messages can carry user input) and answered with a generic 500.
 */
export function handleError(err: Error, c: Context) {
  const error = toAppError(err)
  if (error.status >= 500) {
    log.error('request_failed', {
      requestId: c.get('requestId') as string | undefined,
      route: c.req.routePath,
      error: err.name,
      code: (err as { code?: string }).code,
    })
  }
  return c.json(error.toBody(), error.status, error.headers)
}

const pgCodes: Record<string, ErrorCode> = {
  '23505': 'conflict',
  '23503': 'validation_failed',
  '22P02': 'validation_failed',
  '22001': 'validation_failed',
}

/**
 * The database could not be reached or is shutting down: the socket's errors, postgres.js's own
 * connection errors, and PostgreSQL's connection-exception (08), operator-intervention (57P0x)
 * and too-many-connections (53300) states. Worth retrying, so 503 rather than 500.
 */
const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'CONNECT_TIMEOUT',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
  '53300',
  '57P01',
  '57P02',
  '57P03',
])
/** Seconds a client should wait before trying again when the database is unreachable. */
const UNAVAILABLE_RETRY_SECONDS = 5

const databaseUnreachable = (code: unknown) =>
  typeof code === 'string' && (UNREACHABLE.has(code) || /^08[0-9A-Z]{3}$/.test(code))

function toAppError(err: Error): AppError {
  if (err instanceof AppError) return err
  if (err instanceof ZodError) {
    return new AppError(
      'validation_failed',
      'Some of the information is missing or not in the right form.',
      err.issues.map((i) => ({ path: i.path.join('.'), message: i.message })),
    )
  }
  if (err instanceof HTTPException) {
    const code = (Object.entries(ERROR_STATUS).find(([, s]) => s === err.status)?.[0] ??
      'bad_request') as ErrorCode
    return new AppError(code, err.message || 'The request could not be understood.')
  }
  const pgCode = (err as { code?: unknown }).code
  if (databaseUnreachable(pgCode)) {
    return new AppError(
      'unavailable',
      'Heard cannot reach its database just now. Please try again in a moment.',
      undefined,
      { 'Retry-After': String(UNAVAILABLE_RETRY_SECONDS) },
    )
  }
  if (typeof pgCode === 'string' && pgCodes[pgCode]) {
    return new AppError(
      pgCodes[pgCode],
      pgCode === '23505'
        ? 'That already exists.'
        : 'That refers to something that does not exist or is not valid.',
    )
  }
  return new AppError('internal_error', 'Something went wrong on our side. Please try again.')
}
