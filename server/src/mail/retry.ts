/** Seconds to wait before attempt `attempt + 1`: 30 s, 1 min, 2 min … at most 6 h, plus up to 10%. */
export function backoffSeconds(attempt: number, jitter = Math.random()): number {
  const base = Math.min(30 * 2 ** Math.max(0, attempt - 1), 6 * 3600)
  return Math.round(base * (1 + 0.1 * jitter))
}

export type SendError = Error & {
  code?: string
  originalCode?: string
  responseCode?: number
  timeoutType?: string
}
const UNSENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EDNS',
])
const UNSENT_TIMEOUTS = new Set(['CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'UPGRADE_TIMEOUT'])

/**
 * What a failed send means. An answer from the SMTP server is definite: 5xx refuses the message
 * for good, 4xx asks to retry. No connection at all is definite too. Anything else (a connection lost in the
 * middle, a timeout waiting for the final reply) may have delivered the message: `unknown`.
 */
export function classifySendError(err: SendError): 'retry' | 'failed' | 'unknown' {
  // Refused credentials are this server's configuration, not the message: retry once it is fixed.
  if (err.code === 'EAUTH') return 'retry'
  if (err.responseCode) return err.responseCode >= 500 ? 'failed' : 'retry'
  if (UNSENT_CODES.has(err.originalCode ?? '') || UNSENT_CODES.has(err.code ?? '')) return 'retry'
  if (err.timeoutType && UNSENT_TIMEOUTS.has(err.timeoutType)) return 'retry'
  return 'unknown'
}

/** What a failure was, for logs and last_error: codes only, never the server's words (they may name the address). */
export const errorSummary = (err: SendError) =>
  [err.code ?? err.name, err.responseCode, err.originalCode].filter(Boolean).join(' ').slice(0, 100)
