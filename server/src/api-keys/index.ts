import { createMiddleware } from 'hono/factory'
import type { Deps } from '../http.ts'
import { AppError } from '../errors.ts'
import { API_KEY_PATTERN, useApiKey, type UsedApiKey } from './queries.ts'

declare module 'hono' {
  interface ContextVariableMap {
    /** Set on `/api/v1/*` when the request carried a valid API key. */
    apiKey: UsedApiKey | undefined
  }
}

/** A request with a valid API key may submit this many times more stories per hour than an address. */
export const API_KEY_RATE_MULTIPLIER = 100

const refused = () => new AppError('unauthenticated', 'That API key is not valid, or it has been revoked.')

/**
 * Reads an API key from `Authorization: Bearer <key>` or `X-Api-Key: <key>`. No key: the request
 * goes on as anonymous. A malformed, unknown or revoked key: 401. A valid key grants nothing that
 * is not public — keys are read-only — only higher rate limits (`c.get('apiKey')`).
 */
export function apiKeyAuth({ sql }: Pick<Deps, 'sql'>) {
  return createMiddleware(async (c, next) => {
    const authorization = c.req.header('authorization')
    const presented =
      authorization !== undefined
        ? /^Bearer\s+(\S+)\s*$/i.exec(authorization)?.[1]
        : c.req.header('x-api-key')
    if (authorization === undefined && presented === undefined) return next()
    if (!presented || !API_KEY_PATTERN.test(presented.trim())) throw refused()
    const key = await useApiKey(sql, presented.trim())
    if (!key) throw refused()
    c.set('apiKey', key)
    await next()
  })
}
