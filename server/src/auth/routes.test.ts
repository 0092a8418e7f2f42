import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { createTestUser, signIn, TEST_PASSWORD } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { linkIn, startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts'
import { smtpMailer } from '../mail/transport.ts'
import { createWorker } from '../mail/worker.ts'
import { SIGN_IN_ADDRESS_LIMIT, SIGN_IN_PAIR_LIMIT } from './routes.ts'
import { hashToken } from './tokens.ts'

let smtp: TestSmtpServer
let app: ReturnType<typeof testApp>['app']
let sql: ReturnType<typeof testApp>['sql']
let address = 0
const from = () => ({ 'x-forwarded-for': `198.18.0.${++address}` })
const attempt = (email: string, password: string, headers: Record<string, string> = from()) =>
  app.request('/api/portal/session', json({ email, password }, headers))

beforeAll(async () => {
  smtp = await startSmtpServer()
  ;({ app, sql } = testApp({ SMTP_URL: smtp.url }))
  await resetDatabase(sql)
})
afterAll(() => smtp.close())
beforeEach(async () => {
  await sql`delete from rate_limits`
  await sql`delete from rate_limit_attempts`
})

/** Moves every recorded attempt into the past, as if the minutes had gone by. */
const age = (minutes: number) =>
  sql`update rate_limit_attempts
    set attempts = array(select a - make_interval(mins => ${minutes}) from unnest(attempts) a)`

describe('POST /api/portal/session', () => {
  it('signs in, sets an HttpOnly SameSite cookie and stores only a hash of its token', async () => {
    const user = await createTestUser(sql, 'moderator', 'Priya')
    const res = await attempt(user.email.toUpperCase(), TEST_PASSWORD)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toEqual({
      user: {
        id: user.id,
        email: user.email,
        name: 'Priya',
        platformRole: 'moderator',
        lang: 'en',
        memberships: [],
      },
      csrfToken: expect.stringMatching(/^[\w-]{43}$/),
    })
    const cookie = res.headers.get('set-cookie')!
    expect(cookie).toMatch(/^heard_session=[\w-]{43};/)
    expect(cookie).toMatch(/HttpOnly/)
    expect(cookie).toMatch(/SameSite=Lax/)
    expect(cookie).toMatch(/Path=\//)
    const token = cookie.split(';')[0]!.split('=')[1]!
    const [row] = await sql`select token_hash from sessions where user_id = ${user.id}`
    expect(row!.tokenHash).toBe(hashToken(token))
    expect(JSON.stringify(await sql`select * from sessions`)).not.toContain(token)
  })

  it('marks the cookie Secure when the server is reached over HTTPS', async () => {
    const secure = testApp({ PUBLIC_URL: 'https://heard.example' })
    const user = await createTestUser(sql, null)
    const res = await secure.app.request(
      '/api/portal/session',
      json({ email: user.email, password: TEST_PASSWORD }, from()),
    )
    expect(res.headers.get('set-cookie')).toMatch(/Secure/)
  })

  it('answers a wrong password and an unknown email alike', async () => {
    const user = await createTestUser(sql, 'moderator')
    const wrong = await attempt(user.email, 'not the password')
    const unknown = await attempt('nobody@heard.test', TEST_PASSWORD)
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(401)
    expect(await wrong.json()).toEqual(await unknown.json())
    expect(wrong.headers.get('set-cookie')).toBeNull()
  })

  it('refuses a sign-in sent from another site', async () => {
    const user = await createTestUser(sql, 'moderator')
    const res = await attempt(user.email, TEST_PASSWORD, { ...from(), origin: 'https://evil.example' })
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
    const ok = await attempt(user.email, TEST_PASSWORD, { ...from(), origin: 'http://heard.test' })
    expect(ok.status).toBe(200)
  })

  it('throttles one address guessing one account, without locking the real user out elsewhere', async () => {
    const user = await createTestUser(sql, 'moderator')
    const attacker = { 'x-forwarded-for': '203.0.113.66' }
    for (let i = 0; i < SIGN_IN_PAIR_LIMIT; i++) {
      expect((await attempt(user.email, `guess ${i}`, attacker)).status).toBe(401)
    }
    const blocked = await attempt(user.email, TEST_PASSWORD, attacker)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect((await blocked.json()).error.code).toBe('rate_limited')
    const realUser = await attempt(user.email, TEST_PASSWORD, { 'x-forwarded-for': '198.51.100.20' })
    expect(realUser.status).toBe(200)
    const buckets = JSON.stringify([
      ...(await sql`select bucket from rate_limits`),
      ...(await sql`select bucket from rate_limit_attempts`),
    ])
    expect(buckets).not.toContain('203.0.113.66')
    expect(buckets).not.toContain(user.email)
  })

  it('refuses guesses beyond the limit across any 15 minutes, not only within a fixed window', async () => {
    const user = await createTestUser(sql, 'moderator')
    const attacker = { 'x-forwarded-for': '203.0.113.88' }
    for (let i = 0; i < SIGN_IN_PAIR_LIMIT; i++) {
      expect((await attempt(user.email, `guess ${i}`, attacker)).status).toBe(401)
    }
    // Fourteen minutes on, the guesses may sit in an earlier clock window: still too many.
    await age(14)
    const blocked = await attempt(user.email, TEST_PASSWORD, attacker)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeLessThanOrEqual(60)
  })

  it('lets a throttled user in again once the window has slid past their typos', async () => {
    const user = await createTestUser(sql, 'moderator')
    const typist = { 'x-forwarded-for': '198.51.100.31' }
    for (let i = 0; i < SIGN_IN_PAIR_LIMIT; i++) await attempt(user.email, `typo ${i}`, typist)
    expect((await attempt(user.email, TEST_PASSWORD, typist)).status).toBe(429)
    await age(15)
    expect((await attempt(user.email, TEST_PASSWORD, typist)).status).toBe(200)
  })

  it('throttles one address trying many accounts', async () => {
    const sprayer = { 'x-forwarded-for': '203.0.113.77' }
    for (let i = 0; i < SIGN_IN_ADDRESS_LIMIT; i++) {
      expect((await attempt(`person${i}@heard.test`, 'password1', sprayer)).status).toBe(401)
    }
    expect((await attempt('another@heard.test', 'password1', sprayer)).status).toBe(429)
  }, 60_000) // fifty sign-ins: slow on a busy machine
})

describe('GET and DELETE /api/portal/session', () => {
  it('returns the signed-in user and CSRF token, and 401 without a session', async () => {
    const user = await createTestUser(sql, 'platform_admin')
    const session = await signIn(app, user.email)
    const res = await app.request('/api/portal/session', { headers: { cookie: session.cookie } })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      user: { id: user.id, platformRole: 'platform_admin' },
      csrfToken: session.csrfToken,
    })
    expect((await app.request('/api/portal/session')).status).toBe(401)
    const forged = await app.request('/api/portal/session', {
      headers: { cookie: 'heard_session=' + 'x'.repeat(43) },
    })
    expect(forged.status).toBe(401)
  })

  it('refuses to sign out without the CSRF token, then signs out with it', async () => {
    const user = await createTestUser(sql, 'moderator')
    const session = await signIn(app, user.email)
    const noToken = await app.request('/api/portal/session', {
      method: 'DELETE',
      headers: { cookie: session.cookie },
    })
    expect(noToken.status).toBe(403)
    expect((await noToken.json()).error.code).toBe('csrf_failed')
    const wrongToken = await app.request('/api/portal/session', {
      method: 'DELETE',
      headers: { cookie: session.cookie, 'x-csrf-token': 'y'.repeat(43) },
    })
    expect(wrongToken.status).toBe(403)
    const res = await app.request('/api/portal/session', { method: 'DELETE', headers: session.headers })
    expect(res.status).toBe(204)
    expect(res.headers.get('set-cookie')).toMatch(/heard_session=;.*Max-Age=0/)
    expect((await app.request('/api/portal/session', { headers: { cookie: session.cookie } })).status).toBe(
      401,
    )
  })

  it('ends a session left idle past its sliding expiry, and renews one in use', async () => {
    const user = await createTestUser(sql, 'moderator')
    const session = await signIn(app, user.email)
    const get = () => app.request('/api/portal/session', { headers: { cookie: session.cookie } })
    await sql`update sessions set expires_at = now() + interval '1 hour' where user_id = ${user.id}`
    expect((await get()).status).toBe(200)
    const [renewed] =
      await sql`select expires_at > now() + interval '11 hours' as renewed from sessions where user_id = ${user.id}`
    expect(renewed!.renewed).toBe(true)
    await sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${user.id}`
    expect((await get()).status).toBe(401)
  })

  it('ends a session at its absolute expiry however recently it was used', async () => {
    const user = await createTestUser(sql, 'moderator')
    const session = await signIn(app, user.email)
    await sql`update sessions set absolute_expires_at = now() - interval '1 second' where user_id = ${user.id}`
    expect((await app.request('/api/portal/session', { headers: { cookie: session.cookie } })).status).toBe(
      401,
    )
  })
})

describe('password reset', () => {
  const worker = () =>
    createWorker({ sql, mailer: smtpMailer(smtp.url, 'Heard <no-reply@heard.test>', 'http://heard.test') })

  it('emails a single-use link that sets a new password and ends every session', async () => {
    const user = await createTestUser(sql, 'moderator')
    const before = await signIn(app, user.email)
    smtp.received.length = 0
    const res = await app.request('/api/portal/password-reset', json({ email: user.email }, from()))
    expect(res.status).toBe(202)
    expect((await worker().runOnce()).sent).toBe(1)
    const [mail] = smtp.received
    expect(mail!.to).toEqual([user.email])
    expect(mail!.subject).toBe('Reset your Heard password')
    const link = linkIn(mail!.text, 'http://heard.test/portal/reset-password?token=')
    const token = new URL(link).searchParams.get('token')!

    const weak = await app.request(
      '/api/portal/password-reset/confirm',
      json({ token, password: 'short' }, from()),
    )
    expect(weak.status).toBe(422)
    expect((await weak.json()).error.issues[0].path).toBe('password')
    const confirm = await app.request(
      '/api/portal/password-reset/confirm',
      json({ token, password: 'a much better passphrase' }, from()),
    )
    expect(confirm.status).toBe(204)
    expect((await attempt(user.email, TEST_PASSWORD)).status).toBe(401)
    expect((await attempt(user.email, 'a much better passphrase')).status).toBe(200)
    expect((await app.request('/api/portal/session', { headers: { cookie: before.cookie } })).status).toBe(
      401,
    )
    const again = await app.request(
      '/api/portal/password-reset/confirm',
      json({ token, password: 'yet another phrase' }, from()),
    )
    expect(again.status).toBe(422)
    expect((await again.json()).error.issues[0].path).toBe('token')
    const [stored] = await sql`select to_address, text_body from outbox where template = 'password_reset'`
    expect(stored).toEqual({ toAddress: null, textBody: null })
  })

  it('answers 202 for an unknown address and sends nothing', async () => {
    const res = await app.request('/api/portal/password-reset', json({ email: 'nobody@heard.test' }, from()))
    expect(res.status).toBe(202)
    expect(
      await sql`select id from outbox where template = 'password_reset' and status = 'pending'`,
    ).toHaveLength(0)
  })

  it('refuses an expired link', async () => {
    const user = await createTestUser(sql, 'moderator')
    await app.request('/api/portal/password-reset', json({ email: user.email }, from()))
    const [mail] =
      await sql`select text_body from outbox where template = 'password_reset' and status = 'pending'`
    const token = new URL(linkIn(mail!.textBody, 'http://heard.test/')).searchParams.get('token')!
    await sql`update password_resets set expires_at = now() - interval '1 minute' where user_id = ${user.id}`
    const res = await app.request(
      '/api/portal/password-reset/confirm',
      json({ token, password: 'a much better passphrase' }, from()),
    )
    expect(res.status).toBe(422)
  })
})
