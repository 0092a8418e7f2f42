import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { followToken, publishedResponse } from '../../test/follow.ts'
import { STYLESHEET_URL } from '../html/stylesheet.ts'

const { app, sql } = testApp()
let ids: Record<string, string>

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('GET /follow/:token', () => {
  it('is an accessible private page that escapes everything the author and providers wrote', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published', {
      title: 'Nurses <script>alert(1)</script>',
      nickname: 'Mum <img src=x onerror=alert(1)>',
      email: 'author@example.org',
    })
    await publishedResponse(sql, story, 'Matron <b>bold</b>')
    const token = await followToken(sql, story)
    const res = await app.request(`/follow/${token}`)
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('<a class="skip-link" href="#main">Skip to main content</a>')
    expect(page).toMatch(/<h1>Your story<\/h1>/)
    expect(page).toContain('Nurses &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(page).toContain('Mum &lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('Matron &lt;b&gt;bold&lt;/b&gt;')
    expect(page).not.toMatch(/<script|<img|<b>/)
    expect(page).not.toContain('author@example.org')
    expect(page).toContain(`<label for="reply-`)
    expect(page).toContain(`href="http://heard.test/stories/${story}"`)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(res.headers.get('x-robots-tag')).toContain('noindex')
    expect(page).not.toContain('<style')
    expect(page).toContain(`<link rel="stylesheet" href="${STYLESHEET_URL}" />`)
    expect(res.headers.get('content-security-policy')).toContain("style-src 'self'")
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'")
  })

  it('answers an unknown link with a helpful 404 page', async () => {
    const res = await app.request(`/follow/${'b'.repeat(43)}`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('We could not find that link')
  })
})

describe('the follow page forms', () => {
  it('sends a reply, shows it waiting for a moderator, and explains an empty one', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const response = await publishedResponse(sql, story)
    const token = await followToken(sql, story)
    const empty = await app.request(`/follow/${token}/replies`, form({ responseId: response, body: '  ' }))
    expect(empty.status).toBe(422)
    const errorPage = await empty.text()
    expect(errorPage).toContain('There is a problem')
    expect(errorPage).toContain(`<a href="#reply-${response}">Enter your reply</a>`)
    expect(errorPage).toContain(`aria-describedby="reply-${response}-hint reply-${response}-error"`)

    const sent = await app.request(
      `/follow/${token}/replies`,
      form({ responseId: response, body: 'Thank you <3' }),
    )
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/follow/${token}?done=reply#response-${response}`)
    const page = await (await app.request(`/follow/${token}?done=reply`)).text()
    expect(page).toContain('Your reply will appear once a moderator has read it')
    expect(page).toContain('Waiting for a moderator')
    expect(page).toContain('Thank you &lt;3')
  })

  it('withdraws only after a confirmation step, and the story is gone at once', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const token = await followToken(sql, story)
    const confirm = await app.request(`/follow/${token}/withdraw`)
    expect(confirm.status).toBe(200)
    const page = await confirm.text()
    expect(page).toContain('Are you sure you want to withdraw your story?')
    expect(page).toContain(`<form method="post" action="/follow/${token}/withdraw">`)
    expect((await sql`select status from stories where id = ${story}`)[0]!.status).toBe('published')

    const res = await app.request(`/follow/${token}/withdraw`, { method: 'POST' })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/follow/${token}?done=withdrawn`)
    expect((await app.request(`/api/v1/stories/${story}`)).status).toBe(404)
    const after = await (await app.request(`/follow/${token}?done=withdrawn`)).text()
    expect(after).toContain('You withdrew your story')
    expect(after).not.toContain('Withdraw my story')
  })

  it('erases the email address', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'pending', { email: 'author@example.org' })
    const token = await followToken(sql, story)
    expect(await (await app.request(`/follow/${token}`)).text()).toContain('Erase my email address')
    const res = await app.request(`/follow/${token}/email`, { method: 'POST' })
    expect(res.status).toBe(303)
    const page = await (await app.request(res.headers.get('location')!)).text()
    expect(page).toContain('Your email address has been erased')
    expect(page).not.toContain('Erase my email address')
    expect((await sql`select email from stories where id = ${story}`)[0]!.email).toBeNull()
  })
})
