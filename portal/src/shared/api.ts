import { msg, str } from '@lit/localize'
import { currentLang } from './locale.ts'

/**
 * The portal's one way to reach the server: same-origin JSON with the session cookie, the CSRF
 * token on every change, and the documented error shape turned into typed errors.
 */

export type Issue = { path: string; message: string }
type ErrorBody = { error?: { code?: string; message?: string; issues?: Issue[] } }
type Query = Record<string, string | number | null | undefined>

/** A request the server refused or could not answer. `status` is 0 when the network failed. */
export class ApiError extends Error {
  readonly status: number
  readonly code: string
  readonly issues: Issue[]
  constructor(status: number, code: string, message: string, issues: Issue[] = []) {
    super(message)
    this.name = new.target.name
    this.status = status
    this.code = code
    this.issues = issues
  }
}
/** 401: no session, or it expired. */
export class UnauthenticatedError extends ApiError {}
/** 403: signed in, but not allowed (or the CSRF token was refused twice). */
export class ForbiddenError extends ApiError {}
export class NotFoundError extends ApiError {}
/** 409: someone else holds the claim, the claim lapsed, or the item changed state. */
export class ConflictError extends ApiError {}
/** 400/422: the input was refused; `issues` name the fields. */
export class ValidationError extends ApiError {}
export class RateLimitedError extends ApiError {
  /** Seconds until trying again makes sense. */
  retryAfter = 60
}
export class NetworkError extends ApiError {}
export class ServerError extends ApiError {}

const CLASSES: Record<number, typeof ApiError> = {
  400: ValidationError,
  401: UnauthenticatedError,
  403: ForbiddenError,
  404: NotFoundError,
  409: ConflictError,
  422: ValidationError,
  429: RateLimitedError,
}

/** What an error code means, in Welsh words (the server's own messages are English). */
const WELSH_BY_CODE: Record<string, () => string> = {
  unauthenticated: () => msg('Your session has ended. Sign in again.'),
  forbidden: () => msg('You are not allowed to do that.'),
  csrf_failed: () => msg('You are not allowed to do that.'),
  not_found: () => msg('It was not found: it may have been removed, or the link is wrong.'),
  conflict: () => msg('Something changed since this page was opened. Reload the page, then try again.'),
  coverage_in_use: () =>
    msg('Widgets or alert rules still use services this change would take away. Change them first.'),
  idempotency_key_reused: () => msg('That was already sent. Reload the page to see it.'),
  payload_too_large: () => msg('That is too large to send.'),
  unsupported_media_type: () => msg('That kind of file cannot be sent here.'),
  rate_limited: () => msg('Too many tries. Wait a little, then try again.'),
  bad_request: () => msg('Check what you entered, then try again.'),
  invalid_json: () => msg('Check what you entered, then try again.'),
  validation_failed: () => msg('Check what you entered, then try again.'),
  network_error: () => msg('Could not reach Heard. Check your connection and try again.'),
}

/**
 * The message an error shows: the server's (English) message in English; in Welsh, what its code
 * means, and each issue's message as "this is not valid" (pages that name the field use issueText).
 */
export function shownMessage(code: string, english: string | undefined): string {
  if (currentLang() === 'en' && english) return english
  return WELSH_BY_CODE[code]?.() ?? msg('Something went wrong. Please try again.')
}
const shownIssues = (issues: Issue[] | undefined) =>
  currentLang() === 'en' ? issues : issues?.map((i) => ({ path: i.path, message: msg('This is not valid.') }))

/**
 * An issue with the field it is about: "The service must be a UUID" (the server's words after the
 * field's name) in English; "Y gwasanaeth: nid yw hyn yn ddilys" in Welsh.
 */
export const issueText = (field: string, issue: Issue) =>
  currentLang() === 'en' ? `${field} ${issue.message}`.trim() : msg(str`${field}: this is not valid`)

export function errorFromResponse(status: number, body: ErrorBody, retryAfter: string | null): ApiError {
  const Class = CLASSES[status] ?? (status >= 500 ? ServerError : ApiError)
  const e = body.error ?? {}
  const code = e.code ?? 'unknown'
  const error = new Class(status, code, shownMessage(code, e.message), shownIssues(e.issues))
  if (error instanceof RateLimitedError && retryAfter && Number(retryAfter) > 0) {
    error.retryAfter = Number(retryAfter)
  }
  return error
}

let csrfToken: string | undefined
let onUnauthenticated: () => void = () => {}

/** Remembers the token the session came with; every non-GET request carries it. */
export function setCsrfToken(token: string | undefined) {
  csrfToken = token
}

/** What to do when a request finds no session (the app sends people to sign in). */
export function handleUnauthenticated(handler: () => void) {
  onUnauthenticated = handler
}

export type RequestOptions = {
  query?: Query
  body?: unknown
  /** A body sent as it is, not as JSON: a CSV file, with its media type. */
  rawBody?: { text: string; type: string }
  signal?: AbortSignal
  /** A 401 is an expected answer here (the session check, sign-in): do not redirect. */
  allowUnauthenticated?: boolean
}

export function withQuery(path: string, query: Query = {}) {
  const params = new URLSearchParams()
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v))
  const qs = params.toString()
  return qs ? `${path}?${qs}` : path
}

async function send(method: string, path: string, opts: RequestOptions): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json' }
  if (opts.rawBody) headers['content-type'] = opts.rawBody.type
  else if (opts.body !== undefined) headers['content-type'] = 'application/json'
  if (method !== 'GET' && method !== 'HEAD' && csrfToken) headers['x-csrf-token'] = csrfToken
  try {
    return await fetch(withQuery(path, opts.query), {
      method,
      headers,
      credentials: 'same-origin',
      body: opts.rawBody
        ? opts.rawBody.text
        : opts.body === undefined
          ? undefined
          : JSON.stringify(opts.body),
      signal: opts.signal,
    })
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    throw new NetworkError(
      0,
      'network_error',
      msg('Could not reach Heard. Check your connection and try again.'),
    )
  }
}

/**
 * A response's JSON body. Reading it stops when the request is aborted: that stays an AbortError,
 * so that a page moving on never takes a half-read answer for an empty one. A successful answer
 * whose body cannot be read is a failed request; an error's unreadable body is an empty one.
 */
async function readBody(res: Response): Promise<unknown> {
  if (res.status === 204) return {}
  try {
    return await res.json()
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e
    if (!res.ok) return {}
    throw new NetworkError(
      res.status,
      'unreadable_response',
      msg('Heard sent an answer that could not be read. Try again.'),
    )
  }
}

export async function request<T>(method: string, path: string, opts: RequestOptions = {}): Promise<T> {
  let res = await send(method, path, opts)
  let body = await readBody(res)
  if (res.status === 403 && (body as ErrorBody).error?.code === 'csrf_failed' && method !== 'GET') {
    // The token rotates with the session; fetch the current one and try once more.
    const session = await fetch('/api/portal/session', { credentials: 'same-origin' })
    if (session.ok) {
      setCsrfToken(((await session.json()) as { csrfToken?: string }).csrfToken)
      res = await send(method, path, opts)
      body = await readBody(res)
    }
  }
  if (res.ok) return body as T
  const error = errorFromResponse(res.status, body as ErrorBody, res.headers.get('retry-after'))
  if (error instanceof UnauthenticatedError && !opts.allowUnauthenticated) onUnauthenticated()
  throw error
}

export const api = {
  get: <T>(path: string, opts?: RequestOptions) => request<T>('GET', path, opts),
  post: <T>(path: string, body?: unknown, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, body }),
  put: <T>(path: string, body: unknown, opts?: RequestOptions) => request<T>('PUT', path, { ...opts, body }),
  patch: <T>(path: string, body: unknown, opts?: RequestOptions) =>
    request<T>('PATCH', path, { ...opts, body }),
  /** Posts `text` as the body with its own media type, e.g. a CSV file as `text/csv`. */
  postText: <T>(path: string, text: string, type: string, opts?: RequestOptions) =>
    request<T>('POST', path, { ...opts, rawBody: { text, type } }),
  delete: <T = void>(path: string, opts?: RequestOptions) => request<T>('DELETE', path, opts),
}
