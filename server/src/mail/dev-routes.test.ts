import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { enqueueMail } from './outbox.ts'

const { app, sql } = testApp()
let id: string

beforeAll(async () => {
  await resetDatabase(sql)
  id = await enqueueMail(sql, {
    template: 'test',
    to: 'author@example.org',
    subject: 'Your story <b>now</b>',
    text: 'Follow it here:\n\nhttp://heard.test/follow/abc?x=1&y=2 and http://x.test/"onmouseover="alert(1)\n\nThanks <script>alert(1)</script>',
  })
})

describe('GET /dev/mail', () => {
  it('lists mail kept in the outbox, newest first, with everything escaped', async () => {
    const res = await app.request('/dev/mail')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const page = await res.text()
    expect(page).toContain(`<a href="/dev/mail/${id}">Your story &lt;b&gt;now&lt;/b&gt;</a>`)
    expect(page).toContain('author@example.org')
  })

  it('shows one message with its links made clickable', async () => {
    const page = await (await app.request(`/dev/mail/${id}`)).text()
    expect(page).toContain('<a href="http://heard.test/follow/abc?x=1&amp;y=2">')
    expect(page).toContain('<a href="http://x.test/">http://x.test/</a>&quot;onmouseover=')
    expect(page).toContain('Thanks &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).not.toContain('<script>')
    expect((await app.request('/dev/mail/999999')).status).toBe(404)
  })

  it('does not exist when mail really goes out, or in production', async () => {
    const withSmtp = testApp({ SMTP_URL: 'smtp://127.0.0.1:2525' })
    expect((await withSmtp.app.request('/dev/mail')).status).toBe(404)
    const production = testApp({
      NODE_ENV: 'production',
      SMTP_URL: 'smtp://127.0.0.1:2525',
      SESSION_SECRET: 's'.repeat(32),
    })
    expect((await production.app.request(`/dev/mail/${id}`)).status).toBe(404)
  })
})
