import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { createTestUser, TEST_PASSWORD } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { linkIn } from '../../test/smtp.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let subscriberId: string
let admin: Member
let responder: Member

const url = (path: string) => `/api/portal/subscribers/${subscriberId}${path}`
const lastMail = async (to: string) => {
  const [mail] = await sql<{ subject: string; textBody: string }[]>`
    select subject, text_body from outbox where kind = 'mail' and to_address = ${to} order by id desc limit 1`
  return mail!
}
const tokenOf = (text: string) =>
  new URL(linkIn(text, 'http://heard.test/portal/accept-invitation')).searchParams.get('token')!

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
})

beforeEach(async () => {
  await sql`delete from memberships`
  await sql`delete from invitations`
  admin = await signedInMember(app, sql, subscriberId, 'admin', { name: 'Alex Admin' })
  responder = await signedInMember(app, sql, subscriberId, 'responder')
})

describe('invitations', () => {
  it('emails a link that lets a newcomer choose a name and password and signs them in', async () => {
    const res = await app.request(
      url('/invitations'),
      as(admin, 'POST', { email: 'new.nurse@nhs.test', role: 'viewer' }),
    )
    expect(res.status).toBe(201)
    const invitation = await res.json()
    expect(invitation).toMatchObject({
      email: 'new.nurse@nhs.test',
      role: 'viewer',
      invitedByName: 'Alex Admin',
      expired: false,
    })
    expect(Date.parse(invitation.expiresAt) - Date.now()).toBeGreaterThan(6.9 * 86_400_000)

    const mail = await lastMail('new.nurse@nhs.test')
    expect(mail.subject).toBe('You are invited to join Testshire General on Heard')
    const token = tokenOf(mail.textBody)
    const [stored] = await sql`select token_hash from invitations where id = ${invitation.id}`
    expect(stored!.tokenHash).not.toBe(token)

    const preview = await app.request(`/api/portal/invitations/${token}`)
    expect(await preview.json()).toMatchObject({
      subscriberName: 'Testshire General',
      role: 'viewer',
      accountExists: false,
    })

    const short = await app.request(
      `/api/portal/invitations/${token}/accept`,
      json({ name: 'Sam', password: 'short' }),
    )
    expect(short.status).toBe(422)

    const accepted = await app.request(
      `/api/portal/invitations/${token}/accept`,
      json({ name: 'Sam Nurse', password: 'a long enough password' }),
    )
    expect(accepted.status).toBe(200)
    expect(accepted.headers.get('set-cookie')).toMatch(/^heard_session=/)
    const body = await accepted.json()
    expect(body.user).toMatchObject({
      name: 'Sam Nurse',
      email: 'new.nurse@nhs.test',
      memberships: [{ subscriberId, subscriberName: 'Testshire General', role: 'viewer' }],
    })

    const again = await app.request(
      `/api/portal/invitations/${token}/accept`,
      json({ name: 'X', password: 'another long one' }),
    )
    expect(again.status).toBe(404)
  })

  it('lets someone with an account accept with their password', async () => {
    const user = await createTestUser(sql, null)
    await app.request(url('/invitations'), as(admin, 'POST', { email: user.email, role: 'responder' }))
    const token = tokenOf((await lastMail(user.email)).textBody)
    expect((await (await app.request(`/api/portal/invitations/${token}`)).json()).accountExists).toBe(true)
    const wrong = await app.request(
      `/api/portal/invitations/${token}/accept`,
      json({ password: 'not the password' }),
    )
    expect(wrong.status).toBe(401)
    const ok = await app.request(`/api/portal/invitations/${token}/accept`, json({ password: TEST_PASSWORD }))
    expect(ok.status).toBe(200)
    const [m] =
      await sql`select role from memberships where subscriber_id = ${subscriberId} and user_id = ${user.id}`
    expect(m!.role).toBe('responder')
  })

  it('refuses an expired or withdrawn link', async () => {
    await app.request(url('/invitations'), as(admin, 'POST', { email: 'late@nhs.test', role: 'viewer' }))
    const token = tokenOf((await lastMail('late@nhs.test')).textBody)
    await sql`update invitations set expires_at = now() - interval '1 minute'`
    expect((await app.request(`/api/portal/invitations/${token}`)).status).toBe(404)

    const res = await app.request(
      url('/invitations'),
      as(admin, 'POST', { email: 'late@nhs.test', role: 'viewer' }),
    )
    const { id } = await res.json()
    expect((await app.request(url(`/invitations/${id}`), as(admin, 'DELETE'))).status).toBe(204)
    const token2 = tokenOf((await lastMail('late@nhs.test')).textBody)
    expect((await app.request(`/api/portal/invitations/${token2}`)).status).toBe(404)
  })

  it('refuses to invite an existing member, and lists open invitations', async () => {
    const res = await app.request(
      url('/invitations'),
      as(admin, 'POST', { email: responder.user.email, role: 'admin' }),
    )
    expect(res.status).toBe(409)
    await app.request(url('/invitations'), as(admin, 'POST', { email: 'someone@nhs.test', role: 'viewer' }))
    const list = await (await app.request(url('/members'), as(admin, 'GET'))).json()
    expect(list.members.map((m: { role: string }) => m.role).sort()).toEqual(['admin', 'responder'])
    expect(list.invitations.map((i: { email: string }) => i.email)).toEqual(['someone@nhs.test'])
  })
})

describe('members', () => {
  it('changes roles, freezes and removes members', async () => {
    const path = url(`/members/${responder.userId}`)
    const promoted = await app.request(path, as(admin, 'PATCH', { role: 'admin' }))
    expect(promoted.status).toBe(200)
    expect((await promoted.json()).role).toBe('admin')
    const frozen = await app.request(path, as(admin, 'PATCH', { frozen: true }))
    expect((await frozen.json()).frozen).toBe(true)
    expect((await app.request(url(''), as(responder, 'GET'))).status).toBe(403)
    expect((await app.request(path, as(admin, 'DELETE'))).status).toBe(204)
    expect((await app.request(url(''), as(responder, 'GET'))).status).toBe(404)
  })

  it('never leaves the organisation without an active admin', async () => {
    const self = url(`/members/${admin.userId}`)
    for (const change of [{ role: 'viewer' }, { frozen: true }]) {
      const res = await app.request(self, as(admin, 'PATCH', change))
      expect(res.status).toBe(409)
      expect((await res.json()).error.code).toBe('conflict')
    }
    expect((await app.request(self, as(admin, 'DELETE'))).status).toBe(409)
    // With a second active admin, the first may step down.
    await app.request(url(`/members/${responder.userId}`), as(admin, 'PATCH', { role: 'admin' }))
    expect((await app.request(self, as(admin, 'PATCH', { role: 'viewer' }))).status).toBe(200)
  })

  it('answers 404 for someone who is not a member, and 422 for an empty change', async () => {
    const stranger = await createTestUser(sql, null)
    expect(
      (await app.request(url(`/members/${stranger.id}`), as(admin, 'PATCH', { role: 'viewer' }))).status,
    ).toBe(404)
    expect((await app.request(url(`/members/${responder.userId}`), as(admin, 'PATCH', {}))).status).toBe(422)
  })
})
