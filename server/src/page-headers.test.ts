import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../test/app.ts'
import { resetDatabase } from '../test/db.ts'
import { createStory, seedDirectory } from '../test/fixtures.ts'
import { followToken } from '../test/follow.ts'
import { expectSecurePage, inlineScripts, inlineStyles, parseCsp, sourcesFor } from '../test/pages.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let storyId: string

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  storyId = await createStory(sql, [ids['TST01-W1']!], 'published')
})

describe('security headers on pages', () => {
  it('gives the API documentation a strict policy and no inline script or style', async () => {
    const res = await app.request('/api/docs')
    expect(res.status).toBe(200)
    const csp = expectSecurePage(res)
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(csp.get('frame-ancestors')).toEqual(["'none'"])
    const page = await res.text()
    expect(inlineScripts(page)).toEqual([])
    expect(inlineStyles(page)).toEqual([])
    const stylesheet = await app.request('/api/docs.css')
    expect(stylesheet.headers.get('content-type')).toBe('text/css; charset=utf-8')
    expect(await stylesheet.text()).toContain('.method')
    expect(stylesheet.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('keeps the follow page private: its own policy, no inline style by name, and no referrer', async () => {
    const token = await followToken(sql, storyId)
    for (const res of [
      await app.request(`/follow/${token}`),
      await app.request(`/follow/${'x'.repeat(43)}`),
    ]) {
      const csp = expectSecurePage(res)
      expect(res.headers.get('referrer-policy')).toBe('no-referrer')
      expect(sourcesFor(csp, 'style-src')).not.toContain("'unsafe-inline'")
      expect(inlineScripts(await res.text())).toEqual([])
    }
  })

  it('sends the page policy with the 404 page a browser gets for a broken link', async () => {
    const res = await app.request('/no/such/page', { headers: { Accept: 'text/html' } })
    expect(res.status).toBe(404)
    const csp = expectSecurePage(res)
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(inlineStyles(await res.text())).toEqual([])
  })

  it('gives the development mail pages the page policy and no inline style', async () => {
    for (const path of ['/dev/mail', '/dev/mail/999999']) {
      const res = await app.request(path)
      expectSecurePage(res)
      expect(inlineStyles(await res.text())).toEqual([])
    }
  })

  it('protects the alert unsubscribe page like the follow page', async () => {
    const res = await app.request(`/alerts/unsubscribe/${'y'.repeat(43)}`)
    expect(res.status).toBe(200)
    expectSecurePage(res)
    expect(res.headers.get('referrer-policy')).toBe('no-referrer')
    expect(inlineScripts(await res.text())).toEqual([])
  })

  it('lets the example pages load the widget from here, with no inline script', async () => {
    const res = await app.request('/examples/hospital/')
    expect(res.status).toBe(200)
    const csp = expectSecurePage(res)
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    const page = await res.text()
    expect(page).toContain('src="/widget/v1/heard.js"')
    expect(inlineScripts(page)).toEqual([])
    for (const name of ['plain', 'hostile-css', 'strict-csp']) {
      const example = await app.request(`/examples/${name}/`)
      expectSecurePage(example)
      expect(inlineScripts(await example.text())).toEqual([])
    }
    expectSecurePage(await app.request('/examples/'))
  })

  it('keeps the strict-CSP example its own, stricter policy', async () => {
    const res = await app.request('/examples/strict-csp/')
    const csp = parseCsp(res.headers.get('content-security-policy'))
    expect(csp.get('require-trusted-types-for')).toEqual(["'script'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
  })

  it('leaves the public API as it was: open to every origin, no page policy', async () => {
    const res = await app.request(`/api/v1/services/${ids.TST01}`, {
      headers: { origin: 'https://trust.example' },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(res.headers.get('content-security-policy')).toBeNull()
    expect(res.headers.get('cross-origin-resource-policy')).toBeNull()
    expect(res.headers.get('x-frame-options')).toBeNull()
    // Providers' sites load the widget from here: nothing may restrict it to this origin.
    const widget = await app.request('/widget/v1/heard.js')
    expect(widget.headers.get('cross-origin-resource-policy')).not.toBe('same-origin')
    expect(widget.headers.get('content-security-policy')).toBeNull()
  })
})
