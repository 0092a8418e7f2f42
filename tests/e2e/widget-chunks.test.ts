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

/**
 * The plain example page (one widget about RXA01), recording every widget file it requests and
 * every API request (path and query) the page makes.
 */
async function plain(): Promise<{ page: Page; files: string[]; api: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const files: string[] = []
  const api: string[] = []
  page.on('request', (r) => {
    const url = new URL(r.url())
    if (url.pathname.startsWith('/widget/v1/') && url.pathname.endsWith('.js')) files.push(url.pathname)
    if (url.pathname.startsWith('/api/')) api.push(url.pathname + url.search)
  })
  await page.goto(`${server.url}/examples/plain/`)
  await showStories(page)
  return { page, files, api }
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
  it('says what /stats says, in English and in Welsh, from one API request', async () => {
    const stats = await (await fetch(`${server.url}/api/v1/services/${hospitalId}/stats`)).json()
    expect(stats.stories).toBeGreaterThan(0)
    const { page, api } = await plain()
    expect(await summaryOf(page)).toBe(expectedSummary('en', stats))
    // The stories and the summary line come from one request: the feed with summary=true.
    expect(api).toEqual([`/api/v1/services/${hospitalId}/stories?limit=5&summary=true`])
    await page.locator('heard-stories').evaluate((w) => w.setAttribute('lang', 'cy'))
    await expect.poll(() => summaryOf(page)).toBe(expectedSummary('cy', stats))
    expect(api).toHaveLength(1)
    await page.close()
  })

  it('counts a story once for services that overlap, still from one request', async () => {
    const [{ id: child }] = await server.sql<{ id: string }[]>`
      select id from service_nodes where parent_id = ${hospitalId} limit 1`
    await createStory(server.sql, [child!], 'published', { title: 'About a part of the hospital' })
    const stats = await (await fetch(`${server.url}/api/v1/services/${hospitalId}/stats`)).json()
    const { page, api } = await plain()
    await page
      .locator('heard-stories')
      .evaluate((w, ids) => w.setAttribute('service', ids), `${hospitalId} ${child}`)
    // The hospital's own figures: the part's stories are already among them.
    await expect.poll(() => summaryOf(page)).toBe(expectedSummary('en', stats))
    expect(api).toHaveLength(2) // the first page's one request, then one for the new services
    expect(api[1]).toBe(`/api/v1/stories?services=${hospitalId},${child}&limit=5&summary=true`)
    await page.close()
  })

  it('names who answered each story, with each change, its month and summary, and links "Read more" to the service page', async () => {
    const story = await createStory(server.sql, [hospitalId], 'published', { title: 'Answered three times' })
    const [, planned, made] = await server.sql<{ id: string }[]>`
      insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
      values (${story}, 'published', 'Ward Manager', 'Riverside <b>Trust</b>', 'Thank you for telling us.', 'made', now() - interval '1 hour'),
             (${story}, 'published', 'Head of Nursing', 'Riverside <b>Trust</b>', 'We will change this.', 'planned', now() - interval '30 minutes'),
             (${story}, 'published', 'Matron', 'Riverside <b>Trust</b>', 'We changed it.', 'made', now())
      returning id`
    await server.sql`
      insert into response_changes (response_id, status, summary, expected_by, state, created_at, published_at)
      values (${planned!.id}, 'planned', '<i>Quiet</i> hours from 11 pm on every ward.', '2099-03-01', 'published', now(), now()),
             (${made!.id}, 'made', 'Every bed has a board naming the night doctor.', null, 'published', '2026-03-10T12:00:00Z', now())`
    const unanswered = await createStory(server.sql, [hospitalId], 'published', { title: 'Not answered' })
    const { page } = await plain()
    const widget = page.locator('heard-stories')
    const item = (id: string) => widget.locator('li[part="story"]', { has: page.locator(`a[href*="${id}"]`) })
    const responders = item(story).locator('[part="responders"]')
    expect(await responders.locator('li').allTextContents()).toEqual([
      'Answered by Ward Manager, Riverside <b>Trust</b> Change made',
      'Answered by Head of Nursing, Riverside <b>Trust</b>Change planned for March 2099: <i>Quiet</i> hours from 11 pm on every ward.',
      'Answered by Matron, Riverside <b>Trust</b>Change made, March 2026: Every bed has a board naming the night doctor.',
    ])
    // A change marked before changes had summaries keeps its badge; the summary is text, never markup.
    expect(await responders.locator('[part="badge"]').allTextContents()).toEqual(['Change made'])
    expect(await responders.locator('[part="change"] i').count()).toBe(0)
    await widget.evaluate((w) => w.setAttribute('lang', 'cy'))
    await expect
      .poll(() => responders.locator('[part="change"]').allTextContents())
      .toEqual([
        'Newid ar y gweill ar gyfer Mawrth 2099: <i>Quiet</i> hours from 11 pm on every ward.',
        'Newid wedi’i wneud, Mawrth 2026: Every bed has a board naming the night doctor.',
      ])
    await widget.evaluate((w) => w.setAttribute('lang', 'en'))
    expect(await item(unanswered).locator('[part="responders"]').innerText()).toBe('Not answered yet')
    expect(await widget.getByRole('link', { name: 'Read more stories' }).getAttribute('href')).toBe(
      `${server.url}/services/${hospitalId}`,
    )
    await page.close()
  })
})
