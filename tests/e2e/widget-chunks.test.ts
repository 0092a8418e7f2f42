import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { createStory } from '../../server/test/fixtures.ts'
import { launchChromium, showStories } from './browser.ts'
import type { Browser, Page } from './browser.ts'

const BUDGET = 8 * 1024

let server: TestServer
let browser: Browser
let hospitalId: string
let manifest: { file: string; form: { file: string; url: string; integrity: string } }

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  ;[{ id: hospitalId }] = await server.sql<{ id: string }[]>`
    select id from service_nodes where external_code = 'RXA01'`
  manifest = await (await fetch(`${server.url}/widget/v1/manifest.json`)).json()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The plain example page (one widget about RXA01), recording every widget file it requests. */
async function plain(): Promise<{ page: Page; files: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const files: string[] = []
  page.on('request', (r) => {
    const path = new URL(r.url()).pathname
    if (path.startsWith('/widget/v1/') && path.endsWith('.js')) files.push(path)
  })
  await page.goto(`${server.url}/examples/plain/`)
  await showStories(page)
  return { page, files }
}

const summaryOf = (page: Page) => page.locator('heard-stories [part="summary"]').textContent()

/** The summary line the widget should show for `/stats`, written out for each language. */
function expectedSummary(
  lang: 'en' | 'cy',
  s: { stories: number; responseRate: number; changes: { made: number } },
) {
  const n = s.stories.toLocaleString(lang)
  const rate = `${Math.round(s.responseRate * 100)}%`
  const made = s.changes.made
  return lang === 'en'
    ? `${n} ${s.stories === 1 ? 'story' : 'stories'} · ${rate} answered · ${made} ${made === 1 ? 'change' : 'changes'} made · every story read by a person before it is published`
    : `${n} stori · ${rate} wedi’u hateb · ${made} newid wedi’${made === 1 ? 'i wneud' : 'u gwneud'} · mae person yn darllen pob stori cyn ei chyhoeddi`
}

describe('the widget in two chunks', () => {
  it('loads only its entry until "Tell your story" is pressed, then the form chunk once', async () => {
    const { page, files } = await plain()
    expect(files).toEqual(['/widget/v1/heard.js'])
    const widget = page.locator('heard-stories')
    await widget.locator('#tell').click()
    await widget.locator('input[name="tags.good"]').first().waitFor()
    expect(files).toEqual(['/widget/v1/heard.js', manifest.form.url])
    await widget.getByRole('button', { name: 'Cancel' }).click()
    await widget.locator('#tell').click()
    await widget.locator('#title').waitFor()
    expect(files).toHaveLength(2)
    await page.close()
  })

  it('opens the form from a page that pins the entry by its hashed address and SRI', async () => {
    const page = await browser.newPage()
    const entry = await (await fetch(`${server.url}/widget/v1/manifest.json`)).json()
    await page.route(`${server.url}/examples/plain/`, async (route) => {
      const original = await route.fetch()
      const pinned = `src="${entry.url}" integrity="${entry.integrity}" crossorigin="anonymous"`
      route.fulfill({
        response: original,
        body: (await original.text()).replace('src="/widget/v1/heard.js"', pinned),
      })
    })
    const files: string[] = []
    page.on('request', (r) => files.push(new URL(r.url()).pathname))
    await page.goto(`${server.url}/examples/plain/`)
    await showStories(page)
    const widget = page.locator('heard-stories')
    await widget.locator('#tell').click()
    await widget.locator('#title').waitFor()
    expect(files.filter((f) => f.startsWith('/widget/v1/'))).toEqual([entry.url, manifest.form.url])
    await page.close()
  })

  it('keeps both chunks, as served, within 8 KB gzip each', async () => {
    for (const url of ['/widget/v1/heard.js', manifest.form.url]) {
      const body = Buffer.from(await (await fetch(`${server.url}${url}`)).arrayBuffer())
      const size = gzipSync(body, { level: 9 }).length
      console.log(`${url}: ${size} B gzip`)
      expect(size).toBeLessThanOrEqual(BUDGET)
    }
  })

  it('refuses a form chunk whose bytes are not the ones the entry pins, and links to Heard instead', async () => {
    const page = await browser.newPage()
    await page.route(`**/widget/v1/${manifest.form.file}`, (route) =>
      route.fulfill({
        contentType: 'text/javascript',
        headers: { 'access-control-allow-origin': '*' },
        body: 'window.tampered = 1; export default () => { throw new Error("tampered") }',
      }),
    )
    await page.goto(`${server.url}/examples/plain/`)
    await showStories(page)
    const widget = page.locator('heard-stories')
    await widget.locator('#tell').click()
    const alert = widget.getByRole('alert')
    await alert.waitFor()
    expect(await alert.textContent()).toContain('The form could not be loaded.')
    expect(await alert.locator('a').getAttribute('href')).toBe(`${server.url}/services/${hospitalId}/tell`)
    expect(await widget.locator('form').count()).toBe(0)
    expect(await page.evaluate(() => (window as unknown as { tampered?: number }).tampered)).toBeUndefined()
    await page.close()
  })
})

describe('the summary line and who responded', () => {
  it('says what /stats says, in English and in Welsh', async () => {
    const stats = await (await fetch(`${server.url}/api/v1/services/${hospitalId}/stats`)).json()
    expect(stats.stories).toBeGreaterThan(0)
    const { page } = await plain()
    expect(await summaryOf(page)).toBe(expectedSummary('en', stats))
    await page.locator('heard-stories').evaluate((w) => w.setAttribute('lang', 'cy'))
    await expect.poll(() => summaryOf(page)).toBe(expectedSummary('cy', stats))
    await page.close()
  })

  it('names who answered each story, with a change badge, and links "Read more" to the service page', async () => {
    const story = await createStory(server.sql, [hospitalId], 'published', { title: 'Answered twice' })
    await server.sql`
      insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
      values (${story}, 'published', 'Ward Manager', 'Riverside <b>Trust</b>', 'Thank you for telling us.', 'made', now() - interval '1 hour'),
             (${story}, 'published', 'Matron', 'Riverside <b>Trust</b>', 'We are looking into it.', null, now())`
    const unanswered = await createStory(server.sql, [hospitalId], 'published', { title: 'Not answered' })
    const { page } = await plain()
    const widget = page.locator('heard-stories')
    const item = (id: string) => widget.locator('li[part="story"]', { has: page.locator(`a[href$="${id}"]`) })
    const responders = item(story).locator('[part="responders"]')
    expect(await responders.locator('li').allInnerTexts()).toEqual([
      'Answered by Ward Manager, Riverside <b>Trust</b> Change made',
      'Answered by Matron, Riverside <b>Trust</b>',
    ])
    expect(await responders.locator('[part="badge"]').allTextContents()).toEqual(['Change made'])
    expect(await item(unanswered).locator('[part="responders"]').innerText()).toBe('Not answered yet')
    expect(await widget.getByRole('link', { name: 'Read more stories' }).getAttribute('href')).toBe(
      `${server.url}/services/${hospitalId}`,
    )
    await page.close()
  })
})
