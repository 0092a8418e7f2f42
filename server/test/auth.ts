import type { OpenAPIHono } from '@hono/zod-openapi'
import type { SqlPool } from '../src/db.ts'
import type { AppEnv } from '../src/http.ts'
import { setPasswordHashCost } from '../src/users/password.ts'
import { createUser } from '../src/users/queries.ts'
import type { PlatformRole } from '../src/users/schemas.ts'
import { json } from './app.ts'

export const TEST_PASSWORD = 'correct horse battery'

// Tests create and sign in many users: a cheap scrypt keeps them fast. Production keeps 2^15.
setPasswordHashCost(10)

export interface SignedIn {
  userId: string
  cookie: string
  csrfToken: string
  /** Headers for a request as this user: the cookie, and the CSRF token for changes. */
  headers: Record<string, string>
}

let users = 0

export async function createTestUser(sql: SqlPool, role: PlatformRole | null, name?: string) {
  const n = ++users
  return createUser(sql, {
    email: `staff${n}-${Date.now()}@heard.test`,
    password: TEST_PASSWORD,
    name: name ?? `Staff ${n}`,
    platformRole: role,
  })
}

/** Signs in through the API, as the portal does. */
export async function signIn(
  app: OpenAPIHono<AppEnv>,
  email: string,
  password = TEST_PASSWORD,
  address = `192.0.2.${(users % 200) + 1}`,
): Promise<SignedIn> {
  const res = await app.request(
    '/api/portal/session',
    json({ email, password }, { 'x-forwarded-for': address }),
  )
  if (res.status !== 200) throw new Error(`sign-in failed with ${res.status}`)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  const body = (await res.json()) as { user: { id: string }; csrfToken: string }
  return {
    userId: body.user.id,
    cookie,
    csrfToken: body.csrfToken,
    headers: { cookie, 'x-csrf-token': body.csrfToken },
  }
}

/** A signed-in user with this platform role (null: a user with no role). */
export async function signedInAs(
  app: OpenAPIHono<AppEnv>,
  sql: SqlPool,
  role: PlatformRole | null,
  name?: string,
) {
  const user = await createTestUser(sql, role, name)
  return { ...(await signIn(app, user.email)), user }
}
