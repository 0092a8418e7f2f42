import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { signedInAs, TEST_PASSWORD } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { linkIn } from '../../test/smtp.ts'
import { as, createTestSubscriber, signedInMember } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let subscriberId: string

const lastMail = async (to: string) => {
  const [mail] = await sql<{ subject: string; textBody: string }[]>`
    select subject, text_body from outbox where kind = 'mail' and to_address = ${to} order by id desc limit 1`
  return mail!
}
const language = (who: { headers: Record<string, string> } | undefined, body: unknown) =>
  app.request('/api/portal/session/language', as(who, 'PUT', body))

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Bwrdd Iechyd Prawf', [ids.TST01!])
})

describe('PUT /api/portal/session/language', () => {
  it('saves the choice with the account, and the session says it', async () => {
    const me = await signedInAs(app, sql, null)
    const before = await app.request('/api/portal/session', { headers: me.headers })
    expect((await before.json()).user.lang).toBe('en')
    const res = await language(me, { lang: 'cy' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ lang: 'cy' })
    const after = await app.request('/api/portal/session', { headers: me.headers })
    expect((await after.json()).user.lang).toBe('cy')
  })

  it('refuses another language, a missing CSRF token and a signed-out caller, and writes nothing', async () => {
    const me = await signedInAs(app, sql, null)
    const bad = await language(me, { lang: 'fr' })
    expect(bad.status).toBe(422)
    expect((await bad.json()).error).toMatchObject({ code: 'validation_failed', issues: [{ path: 'lang' }] })
    const noCsrf = await language({ headers: { cookie: me.cookie } }, { lang: 'cy' })
    expect(noCsrf.status).toBe(403)
    expect((await noCsrf.json()).error.code).toBe('csrf_failed')
    expect((await language(undefined, { lang: 'cy' })).status).toBe(401)
    const [row] = await sql`select lang from users where id = ${me.userId}`
    expect(row).toEqual({ lang: 'en' })
  })
})

describe('emails to members in their language', () => {
  it('sends a Welsh password reset to a Welsh-speaking account', async () => {
    const me = await signedInAs(app, sql, null)
    await language(me, { lang: 'cy' })
    const res = await app.request('/api/portal/password-reset', json({ email: me.user.email }))
    expect(res.status).toBe(202)
    const mail = await lastMail(me.user.email)
    expect(mail.subject).toBe('Ailosod eich cyfrinair Heard')
  })

  it("writes an invitation in the inviter's language, and the new account starts in it", async () => {
    const admin = await signedInMember(app, sql, subscriberId, 'admin')
    await language(admin, { lang: 'cy' })
    const invited = await app.request(
      `/api/portal/subscribers/${subscriberId}/invitations`,
      as(admin, 'POST', { email: 'nyrs@gig.test', role: 'responder' }),
    )
    expect(invited.status).toBe(201)
    const mail = await lastMail('nyrs@gig.test')
    expect(mail.subject).toBe('Gwahoddiad i ymuno â Bwrdd Iechyd Prawf ar Heard')
    expect(mail.textBody).toContain('fel ymatebydd')
    const token = new URL(
      linkIn(mail.textBody, 'http://heard.test/portal/accept-invitation'),
    ).searchParams.get('token')!
    const accepted = await app.request(
      `/api/portal/invitations/${token}/accept`,
      json({ name: 'Nyrs Newydd', password: TEST_PASSWORD }),
    )
    expect(accepted.status).toBe(200)
    expect((await accepted.json()).user.lang).toBe('cy')
  })

  it('has a Welsh unsubscribe page when the link asks for it, and an English one otherwise', async () => {
    const cy = await app.request(`/alerts/unsubscribe/${'a'.repeat(43)}?lang=cy`)
    const page = await cy.text()
    expect(page).toContain('<html lang="cy">')
    expect(page).toContain('Atal negeseuon e-bost rhybudd')
    expect(page).toContain(`action="/alerts/unsubscribe/${'a'.repeat(43)}?lang=cy"`)
    const gone = await app.request(`/alerts/unsubscribe/${'a'.repeat(43)}?lang=cy`, { method: 'POST' })
    expect(gone.status).toBe(404)
    expect(await gone.text()).toContain('yn gweithio')
    const en = await (await app.request(`/alerts/unsubscribe/${'a'.repeat(43)}`)).text()
    expect(en).toContain('<html lang="en">')
    expect(en).toContain('Stop alert emails')
  })
})
