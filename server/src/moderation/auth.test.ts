import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
const SOME_ID = '00000000-0000-4000-8000-000000000001'

// Every moderation endpoint in portal/API.md. The OpenAPI document must list exactly these.
const ENDPOINTS = [
  'GET /api/portal/moderation/queue',
  'POST /api/portal/moderation/stories/{id}/claim',
  'DELETE /api/portal/moderation/stories/{id}/claim',
  'POST /api/portal/moderation/responses/{id}/claim',
  'DELETE /api/portal/moderation/responses/{id}/claim',
  'POST /api/portal/moderation/replies/{id}/claim',
  'DELETE /api/portal/moderation/replies/{id}/claim',
  'GET /api/portal/moderation/stories/{id}',
  'PATCH /api/portal/moderation/stories/{id}',
  'POST /api/portal/moderation/stories/{id}/decision',
  'GET /api/portal/moderation/responses/{id}',
  'PATCH /api/portal/moderation/responses/{id}',
  'POST /api/portal/moderation/responses/{id}/decision',
  'GET /api/portal/moderation/replies/{id}',
  'PATCH /api/portal/moderation/replies/{id}',
  'POST /api/portal/moderation/replies/{id}/decision',
  'GET /api/portal/moderation/reject-reasons',
  'GET /api/portal/moderation/tags',
  'POST /api/portal/moderation/tags',
  'PATCH /api/portal/moderation/tags/{slug}',
  'POST /api/portal/moderation/stories/{id}/escalation-outcome',
  'POST /api/portal/moderation/reject-reasons',
  'PATCH /api/portal/moderation/reject-reasons/{id}',
  'GET /api/portal/moderation/dashboard',
  'GET /api/portal/moderation/stories/{id}/provider',
  'GET /api/portal/moderation/review-requests',
  'POST /api/portal/moderation/stories/{id}/restrict',
  // Readers' reports (server/src/reports)
  'GET /api/portal/moderation/reports',
  'POST /api/portal/moderation/reports/{id}/decision',
  'POST /api/portal/moderation/stories/{id}/unhide',
]
/** Decided by a senior moderator only (a moderator gets 403 here). */
const SENIOR_ONLY = ['POST /api/portal/moderation/stories/{id}/restrict']

function request(endpoint: string, headers: Record<string, string> = {}) {
  const [method, path] = endpoint.split(' ') as [string, string]
  const url = path.replace('{id}', SOME_ID).replace('{slug}', 'kind-staff')
  const body = method === 'GET' || method === 'DELETE' ? undefined : JSON.stringify({ decision: 'publish' })
  return app.request(url, { method, body, headers: { 'content-type': 'application/json', ...headers } })
}

let noRole: SignedIn
let moderator: SignedIn
let providerAdmin: Member
let senior: SignedIn

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  noRole = await signedInAs(app, sql, null)
  moderator = await signedInAs(app, sql, 'moderator')
  providerAdmin = await signedInMember(
    app,
    sql,
    await createTestSubscriber(sql, 'Trust', [ids.TST01!]),
    'admin',
  )
  senior = await signedInAs(app, sql, 'senior_moderator')
})

describe('moderation authorisation', () => {
  it('documents every moderation endpoint, and no other', async () => {
    const doc = await (await app.request('/api/openapi.json')).json()
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(([path]) => path.startsWith('/api/portal/moderation/'))
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    expect(documented.sort()).toEqual([...ENDPOINTS].sort())
  })

  it.each(ENDPOINTS)('%s answers 401 to an anonymous request', async (endpoint) => {
    const res = await request(endpoint)
    expect(res.status).toBe(401)
    expect((await res.json()).error.code).toBe('unauthenticated')
  })

  it.each(ENDPOINTS)('%s answers 403 to a signed-in user without a platform role', async (endpoint) => {
    const res = await request(endpoint, noRole.headers)
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
  })

  it.each(ENDPOINTS)('%s answers 403 to a provider’s admin', async (endpoint) => {
    const res = await request(endpoint, providerAdmin.headers)
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
  })

  it.each(ENDPOINTS.filter((e) => !e.startsWith('GET')))(
    '%s answers 403 to a change without the CSRF token',
    async (endpoint) => {
      const res = await request(endpoint, { cookie: moderator.cookie })
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('csrf_failed')
    },
  )

  it.each(ENDPOINTS.filter((e) => !SENIOR_ONLY.includes(e)))(
    '%s lets a moderator through',
    async (endpoint) => {
      const res = await request(endpoint, moderator.headers)
      expect([401, 403]).not.toContain(res.status)
      expect(res.status).toBeLessThan(500)
    },
  )

  it.each(ENDPOINTS)('%s lets a senior moderator through', async (endpoint) => {
    const res = await request(endpoint, senior.headers)
    expect([401, 403]).not.toContain(res.status)
    expect(res.status).toBeLessThan(500)
  })

  it.each(SENIOR_ONLY)('%s answers 403 to a moderator who is not senior', async (endpoint) => {
    const res = await request(endpoint, moderator.headers)
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
  })
})
