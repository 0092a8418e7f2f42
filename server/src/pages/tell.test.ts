import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { expectSecurePage, inlineScripts } from '../../test/pages.ts'

const { app, sql } = testApp({ SUBMISSION_RATE_LIMIT: '5' })
let ids: Record<string, string>
let address = 0

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

beforeEach(async () => {
  await sql`delete from stories`
  address++
})

const hospital = () => ids['TST01']!
const ward = () => ids['TST01-W1']!

/** The form's hidden key, as a browser would send it back. */
async function formKey(): Promise<string> {
  const page = await (await app.request(`/services/${hospital()}/tell`)).text()
  return /name="key" value="([^"]+)"/.exec(page)![1]!
}

const story = (key: string, extra: Record<string, string | string[]> = {}) => {
  const form = new URLSearchParams({
    key,
    serviceId: ward(),
    title: 'Kind nurses & a <b>calm</b> ward',
    body: 'The nurses on the ward were kind to my dad every single night and explained what was happening.',
    authorRole: 'relative',
    nickname: 'Grateful daughter',
    email: '',
    ageGroup: '',
    agree: 'yes',
    website: '',
  })
  for (const [k, v] of Object.entries(extra)) {
    form.delete(k)
    for (const one of [v].flat()) form.append(k, one)
  }
  form.append('tags.good', 'kind-staff')
  return form
}

const post = (form: URLSearchParams, headers: Record<string, string> = {}) =>
  app.request(`/services/${hospital()}/tell`, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `192.0.2.${address}`,
      ...headers,
    },
    body: form.toString(),
  })

const count = async () => (await sql<{ n: number }[]>`select count(*)::int as n from stories`)[0]!.n

describe('GET /services/:id/tell', () => {
  it('renders the form without script, with a signed key, the services within and the widget’s questions', async () => {
    const res = await app.request(`/services/${hospital()}/tell`)
    expect(res.status).toBe(200)
    expectSecurePage(res)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const page = await res.text()
    expect(inlineScripts(page)).toEqual([])
    expect(page).toMatch(/name="key" value="site-[0-9a-f-]{36}\.[\w-]{22}"/)
    expect(page).toContain('What was your story about?')
    expect(page).toContain('You can use up to 7,000 characters.')
    expect(page).toContain('Ward 1 (Acute Medicine)')
    expect(page).toContain('name="website"')
    expect(page).toContain('method="post" action="/services/')
  })

  it('answers an HTML 404 for an unknown service', async () => {
    const res = await app.request('/services/00000000-0000-4000-8000-000000000000/tell')
    expect(res.status).toBe(404)
    expect(await res.text()).toContain('Service not found')
  })
})

describe('POST /services/:id/tell', () => {
  it('stores one pending story by route site and redirects to the thank-you page', async () => {
    const res = await post(story(await formKey(), { email: 'me@example.org' }))
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/services/${hospital()}/tell/thanks?email=1`)
    const [row] = await sql`select status, route, title, email from stories`
    expect(row).toMatchObject({ status: 'pending', route: 'site', title: 'Kind nurses & a <b>calm</b> ward' })
    const thanks = await app.request(res.headers.get('location')!)
    expect(await thanks.text()).toContain('private link')
  })

  it('never creates two stories when the same form is posted twice', async () => {
    const key = await formKey()
    expect((await post(story(key))).status).toBe(303)
    expect((await post(story(key))).status).toBe(303)
    expect((await post(story(key, { title: 'Edited after going Back' }))).status).toBe(303)
    expect(await count()).toBe(1)
  })

  it('shows the error summary and inline errors in the widget’s words, and writes nothing', async () => {
    const res = await post(
      story(await formKey(), { title: '', body: 'Too short', authorRole: '', agree: '', email: 'nope' }),
    )
    expect(res.status).toBe(422)
    const page = await res.text()
    expect(page).toContain('<title>Error: Tell your story')
    expect(page).toContain('There is a problem')
    expect(page).toContain('href="#title">Enter a title of up to 120 characters')
    expect(page).toContain('Enter your story, between 50 and 7,000 characters')
    expect(page).toContain('Select which best describes you')
    expect(page).toContain('Confirm that you agree to the rules')
    expect(page).toContain('Enter an email address like name@example.com')
    expect(page).toContain('aria-invalid="true"')
    expect(page).toContain('>\nToo short</textarea>')
    expect(await count()).toBe(0)
  })

  it('refuses a service outside this one, a tag not in the list, and a nickname with an email', async () => {
    const key = await formKey()
    const outside = await post(story(key, { serviceId: ids['TST02-W1']! }))
    expect(outside.status).toBe(422)
    expect(await outside.text()).toContain('Select a service')
    const nickname = await post(story(key, { nickname: 'me@example.org' }))
    expect(await nickname.text()).toContain('without an email address')
    const tag = await post(story(key, { 'tags.improve': 'no-such-tag' }))
    expect(tag.status).toBe(422)
    expect(await tag.text()).toContain('Choose tags from the list')
    expect(await count()).toBe(0)
  })

  it('shows pre-check hints once, then sends the story as it is', async () => {
    const key = await formKey()
    const body = 'Call me on 07700 900123 about the nurses on the ward, who were kind every night.'
    const first = await post(story(key, { body }))
    expect(first.status).toBe(200)
    const page = await first.text()
    expect(page).toContain('Check your story before you send it')
    expect(page).toContain('<q>07700 900123</q>')
    expect(page).toContain('name="checked" value="yes"')
    expect(await count()).toBe(0)
    expect((await post(story(key, { body, checked: 'yes' }))).status).toBe(303)
    expect(await count()).toBe(1)
  })

  it('refuses a key it did not issue and a post from another site', async () => {
    const forged = await post(story('site-00000000-0000-4000-8000-000000000000.AAAAAAAAAAAAAAAAAAAAAA'))
    expect(forged.status).toBe(403)
    expect(await forged.text()).toContain('This form has expired')
    const crossSite = await post(story(await formKey()), { origin: 'https://evil.example' })
    expect(crossSite.status).toBe(403)
    const sameSite = await post(story(await formKey()), { origin: 'http://heard.test' })
    expect(sameSite.status).toBe(303)
    expect(await count()).toBe(1)
  })

  it('answers a filled honeypot as if accepted and keeps nothing', async () => {
    const res = await post(story(await formKey(), { website: 'http://spam.example' }))
    expect(res.status).toBe(303)
    expect(await count()).toBe(0)
  })

  it('answers 415 with the error shape for JSON', async () => {
    const res = await app.request(`/services/${hospital()}/tell`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    })
    expect(res.status).toBe(415)
    expect((await res.json()).error.code).toBe('unsupported_media_type')
  })

  it('says when the connection sent too many stories, keeping what was typed', async () => {
    for (let i = 0; i < 5; i++) expect((await post(story(await formKey()))).status).toBe(303)
    const res = await post(story(await formKey()))
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    const page = await res.text()
    expect(page).toContain('Your story has not been sent')
    expect(page).toContain('Grateful daughter')
    expect(await count()).toBe(5)
  })
})
