import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory, validSubmission } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp({ SUBMISSION_RATE_LIMIT: '2' })
let ids: Record<string, string>
let subscriberId: string
let admin: Member

const url = (path = '') => `/api/portal/subscribers/${subscriberId}/api-keys${path}`
const createKey = async (name = 'Trust website') =>
  (await app.request(url(), as(admin, 'POST', { name }))).json()

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  admin = await signedInMember(app, sql, subscriberId, 'admin', { name: 'Alex Admin' })
})

describe('API keys in the portal', () => {
  it('shows a new key once, keeps only its hash, lists keys without secrets and revokes them', async () => {
    const res = await app.request(url(), as(admin, 'POST', { name: 'Trust website' }))
    expect(res.status).toBe(201)
    const { apiKey, key } = await res.json()
    expect(key).toMatch(/^heard_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
    expect(apiKey).toMatchObject({
      name: 'Trust website',
      createdByName: 'Alex Admin',
      revokedAt: null,
      lastUsedAt: null,
    })
    expect(key.startsWith(apiKey.prefix)).toBe(true)
    const [stored] = await sql`select key_hash from api_keys where id = ${apiKey.id}`
    expect(stored!.keyHash).not.toContain(key.slice(15))

    const list = await (await app.request(url(), as(admin, 'GET'))).json()
    expect(JSON.stringify(list)).not.toContain(key)
    expect(list.apiKeys[0]).not.toHaveProperty('key')

    expect((await app.request(url(`/${apiKey.id}`), as(admin, 'DELETE'))).status).toBe(204)
    const after = await (await app.request(url(), as(admin, 'GET'))).json()
    expect(after.apiKeys.find((k: { id: string }) => k.id === apiKey.id).revokedAt).not.toBeNull()
  })
})

describe('API keys on the public API', () => {
  it('accepts a valid key as a bearer token or X-Api-Key and notes its use at most once a minute', async () => {
    const { apiKey, key } = await createKey()
    const bearer = await app.request(`/api/v1/services/${ids.TST01}`, {
      headers: { authorization: `Bearer ${key}` },
    })
    expect(bearer.status).toBe(200)
    const [first] = await sql<
      { lastUsedAt: Date }[]
    >`select last_used_at from api_keys where id = ${apiKey.id}`
    expect(first!.lastUsedAt).toBeInstanceOf(Date)
    const header = await app.request(`/api/v1/services/${ids.TST01}`, { headers: { 'x-api-key': key } })
    expect(header.status).toBe(200)
    const [second] = await sql<
      { lastUsedAt: Date }[]
    >`select last_used_at from api_keys where id = ${apiKey.id}`
    expect(second!.lastUsedAt.getTime()).toBe(first!.lastUsedAt.getTime())
  })

  it('answers 401 to a malformed, unknown or revoked key', async () => {
    const { apiKey, key } = await createKey()
    await app.request(url(`/${apiKey.id}`), as(admin, 'DELETE'))
    const attempts: Record<string, string>[] = [
      { authorization: `Bearer ${key}` },
      { authorization: 'Bearer heard_00000000_' + 'A'.repeat(43) },
      { authorization: 'Basic dXNlcjpwYXNz' },
      { 'x-api-key': 'nonsense' },
    ]
    for (const headers of attempts) {
      const res = await app.request(`/api/v1/services/${ids.TST01}`, { headers })
      expect(res.status).toBe(401)
      expect((await res.json()).error.code).toBe('unauthenticated')
    }
  })

  it('lets a keyed client submit far more stories than one address may', async () => {
    const { key } = await createKey()
    const submit = (headers: Record<string, string>) =>
      app.request(
        '/api/v1/stories',
        json(validSubmission([ids['TST01-W1']!]), { 'x-forwarded-for': '203.0.113.9', ...headers }),
      )
    expect((await submit({})).status).toBe(201)
    expect((await submit({})).status).toBe(201)
    expect((await submit({})).status).toBe(429)
    for (let i = 0; i < 3; i++) expect((await submit({ authorization: `Bearer ${key}` })).status).toBe(201)
  })
})
