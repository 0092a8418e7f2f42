import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { AppError, type ErrorIssue } from './errors.ts'

/**
 * A NUL character, which PostgreSQL cannot store in text, or an unpaired UTF-16 surrogate, which
 * is not Unicode text at all (the driver would silently turn it into U+FFFD). With the `u` flag a
 * well-formed surrogate pair is one code point and does not match.
 */
const UNSAFE_CHARACTER = /[\0\p{Cs}]/u

const JSON_TYPE = /^application\/(.+\+)?json\s*(;|$)/i
const FORM_TYPE = /^(application\/x-www-form-urlencoded|multipart\/form-data)\s*(;|$)/i

/** Why a piece of text cannot be accepted, or undefined when it can. */
export function unsafeText(text: string): string | undefined {
  const found = UNSAFE_CHARACTER.exec(text)?.[0]
  if (found === undefined) return undefined
  return found === '\0' ? 'must not contain a NUL character' : 'must not contain an unpaired UTF-16 surrogate'
}

/**
 * The strings (keys included) of a parsed body that cannot be accepted, each with its dotted path.
 * Walks without recursion, so a deeply nested body cannot exhaust the stack.
 */
export function unsafeStrings(value: unknown, limit = 10): ErrorIssue[] {
  const issues: ErrorIssue[] = []
  // Each item links to its parent, so that a path is built only for an issue (deep bodies stay linear).
  const stack: Located[] = [{ value }]
  while (stack.length > 0 && issues.length < limit) {
    const item = stack.pop()!
    const nameProblem = item.key === undefined ? undefined : unsafeText(item.key)
    if (nameProblem) issues.push({ path: pathOf(item), message: `name ${nameProblem}` })
    if (typeof item.value === 'string') {
      const message = unsafeText(item.value)
      if (message) issues.push({ path: pathOf(item), message })
    } else if (item.value !== null && typeof item.value === 'object') {
      // Pushed last to first, so that issues come in the order of the body.
      const entries = Object.entries(item.value)
      for (let i = entries.length - 1; i >= 0; i--) {
        stack.push({ value: entries[i]![1], key: entries[i]![0], parent: item })
      }
    }
  }
  return issues
}

interface Located {
  value: unknown
  key?: string
  parent?: Located
}

function pathOf(item: Located): string {
  const keys: string[] = []
  for (let at: Located | undefined = item; at?.key !== undefined; at = at.parent) keys.push(at.key)
  return keys.reverse().join('.') || '(body)'
}

export interface EdgeOptions {
  /** The cookies the app reads; their decoded values are checked like any other text. */
  cookies: string[]
  /** Paths whose bodies are not JSON or forms of people's text (e.g. signed webhooks, CSV uploads). */
  skipBody: (path: string) => boolean
}

/**
 * Refuses, before any route runs, a request carrying text the app could not store: in a path
 * segment, the query string, a header or cookie value, or a JSON or form body (every string, at
 * any depth). One place, so that no route and no new field can forget. Bodies are parsed once
 * here and handed on through Hono's body cache; a form that cannot be parsed answers 400.
 */
export function refuseUnsafeText(options: EdgeOptions): MiddlewareHandler {
  return async (c, next) => {
    checkAddress(c)
    checkHeaders(c, options.cookies)
    if (c.req.raw.body && !options.skipBody(c.req.path)) await checkBody(c)
    await next()
  }
}

function checkAddress(c: Context) {
  const url = new URL(c.req.url)
  for (const segment of url.pathname.split('/')) {
    if (unsafeText(decodeOrKeep(segment))) {
      throw new AppError('bad_request', 'The address contains a character that is not allowed.')
    }
  }
  const issues: ErrorIssue[] = []
  for (const [name, values] of Object.entries(c.req.queries())) {
    const message = unsafeText(name) ?? values.map(unsafeText).find(Boolean)
    if (message) issues.push({ path: name, message })
  }
  if (issues.length) throw invalid(issues)
}

function checkHeaders(c: Context, cookies: string[]) {
  for (const [name, value] of c.req.raw.headers) {
    if (unsafeText(value)) {
      throw new AppError('bad_request', `The ${name} header contains a character that is not allowed.`)
    }
  }
  for (const name of cookies) {
    const value = getCookie(c, name)
    if (value !== undefined && unsafeText(value)) {
      throw new AppError('bad_request', `The ${name} cookie contains a character that is not allowed.`)
    }
  }
}

async function checkBody(c: Context) {
  const type = c.req.header('content-type') ?? ''
  const isJson = JSON_TYPE.test(type)
  if (!isJson && !FORM_TYPE.test(type)) return
  const bytes = await c.req.arrayBuffer()
  // The stream is read: later readers (a route's own body limit) get the same bytes again.
  c.req.raw = new Request(c.req.raw, { body: bytes })
  // No body at all, only its label: an action that reads none must still work; one that needs it refuses it.
  if (isJson && bytes.byteLength === 0) return
  const issues = isJson ? unsafeJson(bytes) : await unsafeForm(c, bytes, type)
  if (issues.length) throw invalid(issues)
}

function unsafeJson(bytes: ArrayBuffer): ErrorIssue[] {
  try {
    return unsafeStrings(JSON.parse(new TextDecoder().decode(bytes)))
  } catch {
    throw new AppError('invalid_json', 'The request body is not valid JSON.')
  }
}

async function unsafeForm(c: Context, bytes: ArrayBuffer, type: string): Promise<ErrorIssue[]> {
  let form: FormData
  try {
    form = await new Response(bytes, { headers: { 'content-type': type } }).formData()
  } catch {
    throw new AppError('bad_request', 'The form data could not be read.')
  }
  // Handed on as Hono's form validator caches it, so that routes do not parse it again.
  c.req.bodyCache.formData = form
  // An uploaded file is checked by its name.
  return [...form].flatMap(([name, value]) =>
    unsafeStrings({ [name]: typeof value === 'string' ? value : value.name }),
  )
}

function decodeOrKeep(segment: string) {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}

const invalid = (issues: ErrorIssue[]) =>
  new AppError(
    'validation_failed',
    'Some of the information contains characters that are not allowed.',
    issues,
  )
