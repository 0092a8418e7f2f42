import { mkdtemp, mkdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { testSql } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { resetDatabase } from '../../test/db.ts'
import { handleError } from '../error-handler.ts'
import { expectSecurePage, inlineScripts } from '../../test/pages.ts'
import { exampleRoutes } from './examples.ts'
import { portalRoutes } from './portal-assets.ts'
import { widgetRoutes } from './widget-assets.ts'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'heard-web-'))
  await mkdir(join(dir, 'widget'))
  await writeFile(join(dir, 'widget/heard.abc123.js'), 'export const heard = 1\n')
  await writeFile(join(dir, 'widget/cy.def456.js'), 'export default {}\n')
  await writeFile(join(dir, 'widget/heard-form.f0f0f0.js'), 'export default () => 1\n')
  await mkdir(join(dir, 'portal/assets'), { recursive: true })
  await writeFile(join(dir, 'portal/index.html'), '<!doctype html><title>Portal</title>')
  await writeFile(join(dir, 'portal/assets/app.1.js'), 'console.log(1)')
  await mkdir(join(dir, 'examples/strict-csp'), { recursive: true })
  await writeFile(
    join(dir, 'examples/strict-csp/index.html'),
    '<heard-stories service="%SERVICE:TST01%"></heard-stories>',
  )
})

describe('widget files', () => {
  it('serves the current build at the stable address with a short cache', async () => {
    const { app } = widgetRoutes(join(dir, 'widget'))
    const res = await app.request('/widget/v1/heard.js')
    expect(res.status).toBe(200)
    expect(await res.text()).toBe('export const heard = 1\n')
    expect(res.headers.get('cache-control')).toBe('public, max-age=300, stale-while-revalidate=3600')
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
  })

  it('serves hashed files as immutable and publishes the integrity hash', async () => {
    const { app } = widgetRoutes(join(dir, 'widget'))
    app.onError(handleError)
    const hashed = await app.request('/widget/v1/cy.def456.js')
    expect(hashed.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    const manifest = await (await app.request('/widget/v1/manifest.json')).json()
    const sri = async (text: string) =>
      'sha384-' + (await import('node:crypto')).createHash('sha384').update(text).digest('base64')
    expect(manifest).toEqual({
      file: 'heard.abc123.js',
      url: '/widget/v1/heard.abc123.js',
      integrity: await sri('export const heard = 1\n'),
      form: {
        file: 'heard-form.f0f0f0.js',
        url: '/widget/v1/heard-form.f0f0f0.js',
        integrity: await sri('export default () => 1\n'),
      },
    })
    const form = await app.request('/widget/v1/heard-form.f0f0f0.js')
    expect(form.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(form.headers.get('access-control-allow-origin')).toBe('*')
    expect((await app.request('/widget/v1/nope.js')).status).toBe(404)
  })

  it('says the widget must be built when it is not', async () => {
    const { app } = widgetRoutes(join(dir, 'nothing-here'))
    app.onError(handleError)
    const res = await app.request('/widget/v1/heard.js')
    expect(res.status).toBe(503)
  })
})

describe('portal files', () => {
  it('serves assets and falls back to index.html for deep links, under a strict policy', async () => {
    const app = portalRoutes(join(dir, 'portal'))
    const asset = await app.request('/portal/assets/app.1.js')
    expect(asset.headers.get('cache-control')).toContain('immutable')
    const deep = await app.request('/portal/moderation/stories/123')
    expect(await deep.text()).toContain('<title>Portal</title>')
    expect(deep.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('keeps reset and invitation tokens in portal addresses from leaking, and refuses framing', async () => {
    const app = portalRoutes(join(dir, 'portal'))
    const res = await app.request('/portal/reset-password?token=secret')
    const csp = expectSecurePage(res)
    expect(res.headers.get('referrer-policy')).toBe('same-origin')
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(csp.get('style-src')).toEqual(["'self'"])
    expect(inlineScripts(await res.text())).toEqual([])
    expect((await app.request('/portal/assets/app.1.js')).headers.get('x-content-type-options')).toBe(
      'nosniff',
    )
  })
})

describe('example pages', () => {
  it('replaces service codes with ids and sends the strict page its policy', async () => {
    const sql = testSql()
    await resetDatabase(sql)
    const ids = await seedDirectory(sql)
    const app = exampleRoutes(sql, join(dir, 'examples'))
    const res = await app.request('/examples/strict-csp/')
    expect(await res.text()).toBe(`<heard-stories service="${ids.TST01}"></heard-stories>`)
    expect(res.headers.get('content-security-policy')).toContain('trusted-types lit-html')
    expect((await app.request('/examples/strict-csp')).status).toBe(302)
  })

  it('sends every example page a policy that allows the widget from here and no inline script', async () => {
    await mkdir(join(dir, 'examples/host'), { recursive: true })
    await writeFile(
      join(dir, 'examples/host/index.html'),
      '<script type="module" src="/widget/v1/heard.js"></script>',
    )
    const app = exampleRoutes(testSql(), join(dir, 'examples'))
    const res = await app.request('/examples/host/')
    const csp = expectSecurePage(res)
    expect(csp.get('script-src')).toEqual(["'self'"])
    expect(csp.get('connect-src')).toEqual(["'self'"])
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const strict = await app.request('/examples/strict-csp/')
    expect(strict.headers.get('content-security-policy')).toContain('trusted-types lit-html')
    expect(strict.headers.get('x-frame-options')).toBe('DENY')
  })
})
