import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory, validSubmission } from '../../test/fixtures.ts'
import { followToken, publishedResponse } from '../../test/follow.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let address = 0
const submit = (body: unknown) =>
  app.request('/api/v1/stories', json(body, { 'x-forwarded-for': `198.51.100.${++address}` }))

const form = (fields: Record<string, string>): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
})

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('a story told in Welsh', () => {
  it('records its language and sends the thank-you email in Welsh', async () => {
    const res = await submit(validSubmission([ids['TST01-W1']!], { email: 'awdur@example.org', lang: 'cy' }))
    expect(res.status).toBe(201)
    const { id } = await res.json()
    const [story] = await sql`select lang from stories where id = ${id}`
    expect(story).toEqual({ lang: 'cy' })
    const [mail] = await sql`select subject, text_body from outbox where story_id = ${id}`
    expect(mail!.subject).toBe('Diolch am eich stori')
    expect(mail!.textBody).toContain('Gallwch ddilyn eich stori yma:')
    expect(mail!.textBody).not.toContain('Thank you')
  })

  it('is English when no language is given', async () => {
    const res = await submit(validSubmission([ids['TST01-W1']!], { email: 'author@example.org' }))
    const { id } = await res.json()
    const [mail] = await sql`select subject from outbox where story_id = ${id}`
    expect(mail!.subject).toBe('Thank you for your story')
  })

  it('refuses a language other than en or cy, and stores nothing', async () => {
    const before = (await sql`select count(*)::int as n from stories`)[0]!.n
    const res = await submit(validSubmission([ids['TST01-W1']!], { lang: 'fr' }))
    expect(res.status).toBe(422)
    const body = await res.json()
    expect(body.error.code).toBe('validation_failed')
    expect(body.error.issues[0].path).toBe('lang')
    expect((await sql`select count(*)::int as n from stories`)[0]!.n).toBe(before)
  })

  it('has a Welsh follow page, with the switch to English kept through its forms', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published', {
      lang: 'cy',
      email: 'a@example.org',
    })
    const response = await publishedResponse(sql, story)
    const token = await followToken(sql, story)
    const page = await (await app.request(`/follow/${token}`)).text()
    expect(page).toContain('<html lang="cy">')
    expect(page).toContain('<h1>Eich stori</h1>')
    expect(page).toContain('Ble mae eich stori')
    expect(page).toContain(`href="http://heard.test/stories/${story}?lang=cy"`)
    expect(page).toContain(`<a class="lang-switch" href="/follow/${token}?lang=en" hreflang="en" lang="en"`)
    expect(page).toContain('<div class="story-text" lang="cy">')
    expect(page).not.toContain('Your story')

    const english = await (await app.request(`/follow/${token}?lang=en`)).text()
    expect(english).toContain('<html lang="en">')
    expect(english).toContain(`action="/follow/${token}/replies?lang=en"`)
    // The author's Welsh words on an English page say they are Welsh.
    expect(english).toContain('<div class="story-text" lang="cy">')

    const sent = await app.request(
      `/follow/${token}/replies?lang=en`,
      form({ responseId: response, body: 'Thanks' }),
    )
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/follow/${token}?done=reply&lang=en#response-${response}`)
    const refused = await app.request(`/follow/${token}/replies`, form({ responseId: response, body: ' ' }))
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('Rhowch eich ateb')
  })

  it('answers an unknown link in Welsh when asked', async () => {
    const res = await app.request(`/follow/${'c'.repeat(43)}?lang=cy`)
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Gwiriwch eich bod wedi copïo')
  })
})
