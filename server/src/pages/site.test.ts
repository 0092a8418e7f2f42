import { beforeAll, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { signedInAs } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { expectSecurePage, inlineScripts, inlineStyles } from '../../test/pages.ts'

// Feeds cached for a minute, as in production: hiding must still take a story out at once.
const { app, sql } = testApp({ FEED_CACHE_SECONDS: '60' })
let ids: Record<string, string>
let answered: string
let quiet: string

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  quiet = await createStory(
    sql,
    [ids['TST02-W1']!],
    'published',
    {
      title: 'Old & <quiet> story',
      nickname: '"><img src=x>',
      tags: { good: [], improve: ['waiting-times'], feelings: [] },
    },
    new Date(Date.now() - 200 * 86_400_000),
  )
  answered = await createStory(sql, [ids['TST01-W1']!], 'published', { title: 'Answered story' })
  await sql`insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
    values (${answered}, 'published', 'Ward <Manager>', 'Testshire Hospitals NHS Trust', 'Thank you.', 'made', now())`
  await sql`update stories set response_count = 1 where id = ${answered}`
})

const page = async (path: string, status = 200) => {
  const res = await app.request(path, { headers: { accept: 'text/html' } })
  expect(res.status, path).toBe(status)
  return { res, text: await res.text() }
}

describe('GET /', () => {
  it('is the home page: what Heard is, a search form, recent stories escaped; no redirect', async () => {
    const { res, text } = await page('/')
    expectSecurePage(res)
    expect(inlineScripts(text)).toEqual([])
    expect(inlineStyles(text)).toEqual([])
    expect(text).toContain('<form method="get" action="/search" role="search"')
    expect(text).toContain('Answered story')
    expect(text).toContain('Old &amp; &lt;quiet&gt; story')
    expect(text).not.toContain('<img src=x>')
    expect(text).toContain('<a class="brand" href="/">')
    expect(text).toContain('rel="icon" href="/favicon.svg"')
  })
})

describe('GET /search', () => {
  it('lists matching services with their pages and forms', async () => {
    const { text } = await page('/search?q=rehab')
    expect(text).toContain(`href="/services/${ids['TST02-W1']}"`)
    expect(text).toContain(`href="/services/${ids['TST02-W1']}/tell"`)
    expect(text).not.toContain('Ward 1 (Acute Medicine)')
  })

  it('answers 422 with an error summary for an empty or long query', async () => {
    expect((await page('/search?q=', 422)).text).toContain('There is a problem')
    await page(`/search?q=${'x'.repeat(101)}`, 422)
  })
})

describe('GET /services/:id', () => {
  it('shows the figures, the tell button, who responded with the change badge, and the feed link', async () => {
    const { text } = await page(`/services/${ids['TST']}`)
    expect(text).toMatch(/<strong>2<\/strong> stories published/)
    expect(text).toMatch(/<strong>50%<\/strong> answered/)
    expect(text).toMatch(/<strong>1<\/strong> change made/)
    expect(text).toContain(`href="/services/${ids['TST']}/tell"`)
    expect(text).toContain('Response from Ward &lt;Manager&gt;, Testshire Hospitals NHS Trust')
    expect(text).toContain('<span class="change">Change made</span>')
    expect(text).toContain(`href="/services/${ids['TST']}/feed.atom"`)
  })

  it('filters by tag, by response and by months, keeping the filters in the form', async () => {
    const tagged = (await page(`/services/${ids['TST']}?tag=waiting-times`)).text
    expect(tagged).toContain('Old &amp;')
    expect(tagged).not.toContain('Answered story')
    expect(tagged).toContain('<meta name="robots" content="noindex, follow" />')
    const unanswered = (await page(`/services/${ids['TST']}?responded=no`)).text
    expect(unanswered).toContain('Old &amp;')
    expect(unanswered).not.toContain('Answered story')
    const recent = (await page(`/services/${ids['TST']}?months=3&responded=`)).text
    expect(recent).toContain('Answered story')
    expect(recent).not.toContain('Old &amp;')
    expect(recent).toMatch(/<option value="3"\s+selected/)
  })

  it('answers 422 with an error summary for a filter not in the lists', async () => {
    for (const q of ['tag=no-such-tag', 'responded=maybe', 'months=7', 'tag=%3Cb%3E']) {
      expect((await page(`/services/${ids['TST']}?${q}`, 422)).text).toContain(
        'Choose a filter from the lists',
      )
    }
  })
})

describe('GET /services/:id/feed.atom', () => {
  it('is an Atom feed of the newest stories, escaped, cached with an ETag', async () => {
    const res = await app.request(`/services/${ids['TST']}/feed.atom`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const etag = res.headers.get('etag')!
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/)
    const xml = await res.text()
    expect(xml).toMatch(
      /^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom" xml:lang="en">/,
    )
    expect(xml).toContain(`<id>urn:uuid:${answered}</id>`)
    expect(xml).toContain('<title type="text">Old &amp; &lt;quiet&gt; story</title>')
    expect(xml).toContain('<name>&quot;&gt;&lt;img src=x&gt;</name>')
    expect(xml.indexOf(answered)).toBeLessThan(xml.indexOf(quiet))
    expect(
      (await app.request(`/services/${ids['TST']}/feed.atom`, { headers: { 'if-none-match': etag } })).status,
    ).toBe(304)
  })

  it('answers 404 for an unknown service', async () => {
    expect((await app.request('/services/00000000-0000-4000-8000-000000000000/feed.atom')).status).toBe(404)
  })
})

describe('the story page’s report form', () => {
  it('is on every published story, and a report posted from it reaches the moderators', async () => {
    const { text } = await page(`/stories/${answered}`)
    expect(text).toContain('<summary>Report this story</summary>')
    expect(text).toContain(`action="/stories/${answered}/report"`)
    const res = await app.request(`/stories/${answered}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '203.0.113.9' },
      body: new URLSearchParams({ reason: 'not_real', details: '', email: '' }).toString(),
    })
    expect(res.status).toBe(303)
    expect(res.headers.get('location')).toBe(`/stories/${answered}/reported`)
    expect((await page(`/stories/${answered}/reported`)).text).toContain('Thank you for your report')
    const [row] = await sql`select reason, details, email from story_reports where story_id = ${answered}`
    expect(row).toEqual({ reason: 'not_real', details: null, email: null })
  })

  it('answers 422 with the form and its errors for a missing reason, writing nothing', async () => {
    const res = await app.request(`/stories/${quiet}/report`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'reason=&email=bad',
    })
    expect(res.status).toBe(422)
    const text = await res.text()
    expect(text).toContain('href="#reason">Select why you are reporting this story')
    expect(text).toContain('href="#report-email">Enter an email address')
    expect((await sql`select count(*)::int as n from story_reports where story_id = ${quiet}`)[0]!.n).toBe(0)
  })
})

describe('hiding a story', () => {
  it('takes it out of cached feeds, figures and the Atom feed at once', async () => {
    const mod = await signedInAs(app, sql, 'moderator', 'Mo')
    const before = await (await app.request(`/api/v1/services/${ids['TST']}/stories`)).json()
    expect(before.stories).toHaveLength(2)
    await app.request(`/services/${ids['TST']}/feed.atom`)
    await app.request(
      `/api/v1/stories/${answered}/reports`,
      json({ reason: 'offensive' }, { 'x-forwarded-for': '203.0.113.10' }),
    )
    const [{ id }] =
      await sql`select id from story_reports where story_id = ${answered} and status = 'open' limit 1`
    const res = await app.request(`/api/portal/moderation/reports/${id}/decision`, {
      method: 'POST',
      headers: { ...mod.headers, 'content-type': 'application/json' },
      body: JSON.stringify({ decision: 'hide', publicReason: 'It described a member of staff by name.' }),
    })
    expect(res.status).toBe(204)
    const after = await (await app.request(`/api/v1/services/${ids['TST']}/stories`)).json()
    expect(after.stories.map((s: { id: string }) => s.id)).toEqual([quiet])
    expect(await (await app.request(`/services/${ids['TST']}/feed.atom`)).text()).not.toContain(answered)
    expect((await page(`/services/${ids['TST']}`)).text).toMatch(/<strong>1<\/strong> story published/)
    expect((await page('/')).text).not.toContain('Answered story')
    expect((await page(`/stories/${answered}`, 410)).text).toContain(
      'It described a member of staff by name.',
    )
  })
})

describe('pages for browsers', () => {
  it('answers an HTML 404 for a browser and JSON for /api', async () => {
    const { text } = await page('/no/such/page', 404)
    expect(text).toContain('Page not found')
    const api = await app.request('/api/v1/nothing', { headers: { accept: 'text/html' } })
    expect(api.status).toBe(404)
    expect((await api.json()).error.code).toBe('not_found')
  })

  it('serves a favicon', async () => {
    for (const path of ['/favicon.svg', '/favicon.ico']) {
      const res = await app.request(path)
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('image/svg+xml')
    }
  })
})
