import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../test/app.ts'
import { signedInAs } from '../test/auth.ts'
import { resetDatabase } from '../test/db.ts'
import { createStory, seedDirectory, validSubmission } from '../test/fixtures.ts'
import { followToken, publishedResponse } from '../test/follow.ts'
import { unsafeStrings, unsafeText } from './edge.ts'

const { app, sql } = testApp()
let services: Record<string, string>

beforeAll(async () => {
  await resetDatabase(sql)
  services = await seedDirectory(sql)
})

const NUL = 'must not contain a NUL character'
const SURROGATE = 'must not contain an unpaired UTF-16 surrogate'

async function expectRefused(res: Response, status: 400 | 422, issues?: { path: string; message: string }[]) {
  expect(res.status).toBe(status)
  const body = (await res.json()) as { error: { code: string; message: string; issues?: unknown } }
  expect(body.error.code).toBe(status === 400 ? 'bad_request' : 'validation_failed')
  expect(body.error.message).toEqual(expect.any(String))
  if (issues) expect(body.error.issues).toEqual(issues)
}

const count = async (table: 'stories' | 'sessions' | 'author_replies') =>
  Number((await sql`select count(*)::int as n from ${sql(table)}`)[0]!.n)

describe('unsafeText', () => {
  it('accepts text with emoji (surrogate pairs) and refuses NUL and unpaired surrogates', () => {
    expect(unsafeText('Kind nurses 👩‍⚕️ on Ward 2')).toBeUndefined()
    expect(unsafeText('a\u0000b')).toBe(NUL)
    expect(unsafeText('a\ud800b')).toBe(SURROGATE)
    expect(unsafeText('\udc00')).toBe(SURROGATE)
  })

  it('walks every string and key of a body, in order, without recursion', () => {
    expect(unsafeStrings({ a: ['ok', 'x\u0000'], 'b\u0000': 1, c: { d: '\ud83d' } })).toEqual([
      { path: 'a.1', message: NUL },
      { path: 'b\u0000', message: `name ${NUL}` },
      { path: 'c.d', message: SURROGATE },
    ])
    let deep: unknown = 'x\u0000'
    for (let i = 0; i < 100_000; i++) deep = [deep]
    expect(unsafeStrings(deep)).toHaveLength(1)
  })
})

describe('text the database cannot store, refused at the edge', () => {
  it('refuses NUL in a sign-in without signing in or writing a session', async () => {
    const before = await count('sessions')
    const res = await app.request('/api/portal/session', json({ email: 'a\u0000@heard.test', password: 'x' }))
    await expectRefused(res, 422, [{ path: 'email', message: NUL }])
    expect(await count('sessions')).toBe(before)
  })

  it('refuses NUL in a password reset', async () => {
    const res = await app.request('/api/portal/password-reset', json({ email: 'someone\u0000@heard.test' }))
    await expectRefused(res, 422, [{ path: 'email', message: NUL }])
  })

  it('refuses NUL deep in a story submission and stores nothing', async () => {
    const before = await count('stories')
    const body = validSubmission([services.TST01!], {
      tags: { good: ['kind\u0000'], improve: [], feelings: [] },
    })
    await expectRefused(await app.request('/api/v1/stories', json(body)), 422, [
      { path: 'tags.good.0', message: NUL },
    ])
    expect(await count('stories')).toBe(before)
  })

  it('refuses an unpaired surrogate escaped in JSON, and accepts an emoji', async () => {
    const escaped = JSON.stringify(validSubmission([services.TST01!])).replace(
      '"Grateful daughter"',
      '"Mum \\ud83d"',
    )
    const res = await app.request('/api/v1/stories', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: escaped,
    })
    await expectRefused(res, 422, [{ path: 'nickname', message: SURROGATE }])
    const emoji = validSubmission([services.TST01!], { nickname: 'Mum of two 💐' })
    expect((await app.request('/api/v1/stories', json(emoji))).status).toBe(201)
  })

  it('refuses NUL in a query string', async () => {
    await expectRefused(await app.request('/api/v1/services?q=ward%00'), 422, [{ path: 'q', message: NUL }])
  })

  it('refuses NUL in a path segment', async () => {
    await expectRefused(await app.request('/alerts/unsubscribe/ab%00cd', { method: 'POST' }), 400)
  })

  it('refuses NUL in the session cookie', async () => {
    const res = await app.request('/api/portal/session', { headers: { cookie: 'heard_session=%00' } })
    await expectRefused(res, 400)
  })

  it('refuses NUL for a signed-in platform admin searching subscribers', async () => {
    const admin = await signedInAs(app, sql, 'platform_admin')
    const res = await app.request('/api/portal/admin/subscribers?q=%00', { headers: admin.headers })
    await expectRefused(res, 422, [{ path: 'q', message: NUL }])
  })
})

describe('bodies the edge lets through', () => {
  it('takes an empty body labelled JSON on an action that reads no body', async () => {
    const storyId = await createStory(sql, [services.TST01!])
    const token = await followToken(sql, storyId)
    const res = await app.request(`/api/v1/follow/${token}/withdraw`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '',
    })
    expect(res.status).toBeLessThan(300)
  })
})

describe('the follow page forms at the edge', () => {
  it('answers a multipart body it cannot parse with 400, and a NUL in a reply with 422', async () => {
    const storyId = await createStory(sql, [services.TST01!])
    const token = await followToken(sql, storyId)
    const responseId = await publishedResponse(sql, storyId)
    const garbage = await app.request(`/follow/${token}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=heard' },
      body: 'not a multipart body at all',
    })
    await expectRefused(garbage, 400)
    const empty = await app.request(`/follow/${token}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'multipart/form-data; boundary=heard' },
      body: '',
    })
    await expectRefused(empty, 400)
    const before = await count('author_replies')
    const nul = await app.request(`/follow/${token}/replies`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ responseId, body: 'Thank you\u0000' }).toString(),
    })
    await expectRefused(nul, 422, [{ path: 'body', message: NUL }])
    expect(await count('author_replies')).toBe(before)
  })

  it('still takes a well-formed multipart reply', async () => {
    const storyId = await createStory(sql, [services.TST01!])
    const token = await followToken(sql, storyId)
    const responseId = await publishedResponse(sql, storyId)
    const form = new FormData()
    form.set('responseId', responseId)
    form.set('body', 'Thank you for looking into it.')
    const res = await app.request(`/follow/${token}/replies`, { method: 'POST', body: form })
    expect(res.status).toBe(303)
  })
})

describe('bodies shaped to hurt', () => {
  it('answers a deeply nested body of 100 KB with a 4xx, quickly', async () => {
    const started = performance.now()
    const res = await app.request('/api/v1/precheck', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: `{"text":${'['.repeat(50_000)}"\\u0000"${']'.repeat(50_000)}}`,
    })
    expect(res.status).toBe(422)
    expect(performance.now() - started).toBeLessThan(2000)
  })
})

describe('a directory CSV, which the edge leaves to the import', () => {
  it('reports a NUL in a name as a row to fix and imports nothing', async () => {
    const admin = await signedInAs(app, sql, 'platform_admin')
    const before = Number((await sql`select count(*)::int as n from service_nodes`)[0]!.n)
    const res = await app.request('/api/portal/admin/directory/import', {
      method: 'POST',
      headers: { ...admin.headers, 'content-type': 'text/csv' },
      body: 'code,name,kind,parent_code,postcode\nNUL1,Trust\u0000 of nothing,organisation,,\n',
    })
    await expectRefused(res, 422, [
      { path: 'line.2', message: 'name must not contain a NUL character or an unpaired surrogate' },
    ])
    expect(Number((await sql`select count(*)::int as n from service_nodes`)[0]!.n)).toBe(before)
  })
})
