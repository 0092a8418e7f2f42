import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { DEMO_SIGN_INS, seedDemoUsers } from '../demo/users.ts'
import { parseCreateUserArgs } from './cli-args.ts'
import { createUser } from './queries.ts'

const { app, sql } = testApp()

beforeAll(async () => {
  await resetDatabase(sql)
})

describe('users:create options', () => {
  it('accepts an email, a password, a role and an optional name', () => {
    expect(
      parseCreateUserArgs([
        '--email',
        'Mo@Heard.example',
        '--password',
        'long enough pass',
        '--role',
        'moderator',
      ]),
    ).toEqual({
      ok: true,
      user: {
        email: 'Mo@Heard.example',
        password: 'long enough pass',
        name: 'Mo',
        platformRole: 'moderator',
      },
    })
    const named = parseCreateUserArgs([
      '--email=a@b.example',
      '--password=long enough pass',
      '--role=platform_admin',
      '--name',
      'Alex',
    ])
    expect(named).toMatchObject({ ok: true, user: { name: 'Alex', platformRole: 'platform_admin' } })
  })

  it('names every problem and never repeats the password', () => {
    const result = parseCreateUserArgs([
      '--email',
      'not-an-email',
      '--password',
      'secret9',
      '--role',
      'owner',
    ])
    expect(result.ok).toBe(false)
    const errors = (result as { errors: string[] }).errors
    expect(errors).toEqual([
      '--role must be one of: moderator, senior_moderator, platform_admin',
      '--email: Enter an email address like name@example.com',
      '--password: Password must be at least 10 characters',
    ])
    expect(errors.join(' ')).not.toContain('secret9')
    expect(parseCreateUserArgs(['--email', 'a@b.example'])).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([
        '--role is required: moderator, senior_moderator or platform_admin',
        '--password is required',
      ]),
    })
    expect(parseCreateUserArgs(['--emial', 'a@b.example']).ok).toBe(false)
  })
})

describe('createUser', () => {
  it('refuses a second account for the same address in any case', async () => {
    await createUser(sql, { email: 'Same@heard.test', password: 'long enough pass', name: 'One' })
    await expect(
      createUser(sql, { email: 'same@HEARD.test', password: 'long enough pass', name: 'Two' }),
    ).rejects.toMatchObject({ code: '23505' })
  })
})

describe('demo sign-ins', () => {
  it('creates the demo moderator and admin in an empty database, once, and they can sign in', async () => {
    await sql`delete from users`
    expect(await seedDemoUsers(sql)).toBe(2)
    expect(await seedDemoUsers(sql)).toBe(0)
    const moderator = DEMO_SIGN_INS.find((u) => u.role === 'moderator')!
    const res = await app.request(
      '/api/portal/session',
      json({ email: moderator.email, password: moderator.password }),
    )
    expect(res.status).toBe(200)
    expect((await res.json()).user.platformRole).toBe('moderator')
  })
})
