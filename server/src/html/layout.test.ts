import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { followToken, publishedResponse } from '../../test/follow.ts'
import { STYLESHEET_URL } from './stylesheet.ts'

const { app, sql } = testApp()
const asBrowser = { headers: { Accept: 'text/html,application/xhtml+xml,*/*;q=0.8' } }
let pages: Record<string, string>

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  const story = await createStory(sql, [ids['TST01-W1']!], 'published', { email: 'author@example.org' })
  await publishedResponse(sql, story)
  pages = {
    story: `/stories/${story}`,
    service: `/services/${ids['TST01-W1']}`,
    follow: `/follow/${await followToken(sql, story)}`,
    unsubscribe: `/alerts/unsubscribe/${'x'.repeat(43)}`,
    'missing story': '/stories/00000000-0000-4000-8000-000000000000',
    'missing page': '/no-such-page',
  }
})

describe('the common layout', () => {
  it('frames the story, service, follow, unsubscribe and 404 pages alike', async () => {
    for (const [name, path] of Object.entries(pages)) {
      const res = await app.request(path, asBrowser)
      expect([name, res.status]).toEqual([name, name.startsWith('missing') ? 404 : 200])
      const page = await res.text()
      const sheets = page.match(/<link rel="stylesheet" href="[^"]*" \/>/g)
      expect([name, sheets]).toEqual([name, [`<link rel="stylesheet" href="${STYLESHEET_URL}" />`]])
      expect(page).toContain('<html lang="en">')
      expect(page).toContain('<header class="site-header">')
      expect(page).toContain('<a class="brand" href="/">Heard</a>')
      expect(page).toContain('<main id="main" class="width" tabindex="-1">')
      expect(page).toContain('<footer class="site-footer">')
      // Ready for a strict Content-Security-Policy: no inline styles or scripts.
      expect(page).not.toMatch(/<style|<script|\sstyle=/)
    }
  })

  it('marks only the pages reached by a secret link as private', async () => {
    for (const name of ['follow', 'unsubscribe']) {
      const res = await app.request(pages[name]!)
      expect(await res.text()).toContain('<meta name="robots" content="noindex, nofollow" />')
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(res.headers.get('content-security-policy')).toContain("style-src 'self'")
    }
    const story = await (await app.request(pages.story!)).text()
    expect(story).not.toContain('noindex')
    expect(story).toContain('read by a moderator before it is published')
  })
})

describe('GET /assets/pages.css', () => {
  it('serves the stylesheet, cached for a year under its versioned address', async () => {
    const res = await app.request(STYLESHEET_URL)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await res.text()).toContain('.site-header')
  })

  it('caches an address with an old version for an hour only', async () => {
    const res = await app.request('/assets/pages.css?v=000000000000')
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('public, max-age=3600')
  })
})

describe('an unknown address', () => {
  it('is a page for a browser', async () => {
    const res = await app.request('/no-such-page', asBrowser)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('text/html')
    expect(await res.text()).toContain('<h1>Page not found</h1>')
  })

  it('keeps the error shape for programs and for the API, even from a browser', async () => {
    for (const [path, init] of [
      ['/no-such-page', {}],
      ['/api/v1/nothing-here', asBrowser],
    ] as const) {
      const res = await app.request(path, init)
      expect(res.status).toBe(404)
      expect((await res.json()).error.code).toBe('not_found')
    }
  })
})
