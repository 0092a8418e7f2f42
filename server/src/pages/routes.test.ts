import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { expectSecurePage, inlineScripts, inlineStyles } from '../../test/pages.ts'

const { app, sql } = testApp()
let ids: Record<string, string>

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('GET /stories/:id', () => {
  it('renders a published story with its responses, escaping untrusted text', async () => {
    const id = await createStory(sql, [ids['TST01-W1']!], 'published', {
      title: 'Nurses <script>alert(1)</script> were kind',
      nickname: '"><img src=x onerror=alert(1)>',
      body: 'First paragraph about the ward and the nurses there.\n\nSecond paragraph: <b>thank you</b> all.',
      email: 'private@example.org',
    })
    await sql`insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
      values (${id}, 'published', 'Ward Manager', 'Testshire Hospitals NHS Trust', 'Thank you <i>so much</i>.', 'planned', now())`
    const res = await app.request(`/stories/${id}`)
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain(
      '<title>Nurses &lt;script&gt;alert(1)&lt;/script&gt; were kind | Ward 1 (Acute Medicine) | Heard</title>',
    )
    expect(page).not.toContain('<script>alert(1)')
    expect(page).not.toContain('<img src=x')
    expect(page).not.toContain('<b>thank you</b>')
    expect(page).toContain('<p>Second paragraph: &lt;b&gt;thank you&lt;/b&gt; all.</p>')
    expect(page).toMatch(/<meta name="description" content="First paragraph about the ward/)
    expect(page).toContain('Ward Manager, Testshire Hospitals NHS Trust')
    expect(page).toContain('Change planned')
    expect(page).not.toContain('private@example.org')
  })

  it('answers 404 for a pending story and for a malformed id', async () => {
    const pending = await createStory(sql, [ids['TST01-W1']!], 'pending')
    expect((await app.request(`/stories/${pending}`)).status).toBe(404)
    expect((await app.request('/stories/not-an-id')).status).toBe(404)
  })
})

describe('GET /services/:id', () => {
  it('shows the service in its tree with its published stories, paged', async () => {
    await sql`delete from stories`
    for (let i = 0; i < 23; i++) {
      await createStory(
        sql,
        [ids['TST02-W1']!],
        'published',
        { title: `Rehab story ${i}` },
        new Date(Date.UTC(2026, 1, 1, i)),
      )
    }
    const first = await (await app.request(`/services/${ids['TST02-W1']}`)).text()
    expect(first).toContain('<h1>Stories about Rehabilitation Ward</h1>')
    expect(first).toContain(`<a href="/services/${ids.TST}">Testshire Hospitals NHS Trust</a>`)
    expect(first).toContain('Rehab story 22')
    expect(first).not.toContain('Rehab story 2<')
    const next = first.match(/href="([^"]+)" rel="next"/)![1]!.replaceAll('&amp;', '&')
    const second = await (await app.request(next)).text()
    expect(second).toContain('Rehab story 0')
    expect(second).toContain('Rehab story 2<')
    expect(second).not.toContain('Rehab story 22')
    expect(second).not.toContain('rel="next"')
    expect(second).toContain('noindex')
  })

  it('answers 404 for an unknown service', async () => {
    expect((await app.request('/services/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })
})

describe('security headers', () => {
  it('sends every page, its 404s and its stylesheet a strict policy: no inline script or style', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const pages = [
      await app.request(`/stories/${story}`),
      await app.request(`/services/${ids['TST01-W1']}`),
      await app.request('/stories/not-an-id'),
      await app.request('/services/00000000-0000-4000-8000-000000000000'),
    ]
    expect(pages.map((res) => res.status)).toEqual([200, 200, 404, 404])
    for (const res of pages) {
      const csp = expectSecurePage(res)
      expect(csp.get('style-src')).toEqual(["'self'"])
      expect(csp.get('frame-ancestors')).toEqual(["'none'"])
      expect(csp.get('object-src')).toEqual(["'none'"])
      expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      const page = await res.text()
      expect(inlineScripts(page)).toEqual([])
      expect(inlineStyles(page)).toEqual([])
    }
    const css = await app.request('/assets/pages.css')
    expect(css.headers.get('x-content-type-options')).toBe('nosniff')
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })
})
