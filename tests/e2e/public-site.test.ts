import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, findUserByEmail } from '../../server/src/users/queries.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium, showStories } from './browser.ts'
import type { Browser } from './browser.ts'
import { apiSignIn, axeViolations, PortalBrowser } from './portal-session.ts'

const MODERATOR = {
  email: 'site.moderator@heard.example',
  password: 'site-moderator-2026',
  name: 'Site Moderator',
}

let server: TestServer
let browser: Browser
let portal: PortalBrowser
/** Ward 7 of the demo hospital: the example hospital page's first widget shows its newest stories. */
let wardId: string

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  if (!(await findUserByEmail(server.sql, MODERATOR.email))) {
    await createUser(server.sql, { ...MODERATOR, platformRole: 'moderator' })
  }
  ;[{ id: wardId }] = await server.sql<{ id: string }[]>`
    select id from service_nodes where external_code = 'RXA01-W7'`
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The moderation queue's items for the ward, as a moderator sees them over the API. */
async function queueFor(serviceId: string) {
  const { cookie } = await apiSignIn(server.url, MODERATOR)
  const res = await fetch(`${server.url}/api/portal/moderation/queue?serviceId=${serviceId}&limit=100`, {
    headers: { cookie },
  })
  expect(res.status).toBe(200)
  return ((await res.json()) as { items: { title: string; route: string; kind: string }[] }).items
}

describe('telling a story without JavaScript', () => {
  it('reaches the moderation queue exactly once, even when the form is posted twice', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false })
    const page = await context.newPage()
    const title = `No script needed ${Date.now()}`
    await page.goto(`${server.url}/services/${wardId}`)
    await page.getByRole('link', { name: /Tell your story/ }).click()
    expect(page.url()).toBe(`${server.url}/services/${wardId}/tell`)
    // With nothing filled in: the error summary and inline errors, from the server.
    await page.getByRole('button', { name: 'Send' }).click()
    expect(await page.title()).toMatch(/^Error: /)
    await expect(
      page.getByRole('alert').getByText('Enter a title of up to 120 characters').count(),
    ).resolves.toBe(1)
    await page.getByLabel('What was your story about?').fill(title)
    await page
      .getByLabel('What happened? How did you feel?')
      .fill('The nurses on the ward were kind to my mother and explained every step of her treatment.')
    await page.getByLabel('Relative').check()
    await page.getByLabel('Nickname').fill('No script')
    await page.getByLabel('I agree to these rules').check()
    const posts: { body: string; headers: Record<string, string> }[] = []
    page.on('request', (r) => {
      if (r.method() === 'POST') posts.push({ body: r.postData() ?? '', headers: r.headers() })
    })
    await page.getByRole('button', { name: 'Send' }).click()
    await page.waitForURL(`${server.url}/services/${wardId}/tell/thanks`)
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Your story has been sent')
    expect(posts).toHaveLength(1)
    expect(posts[0]!.headers['content-type']).toBe('application/x-www-form-urlencoded')
    // The same form again, byte for byte (Back and Send, or a retry after a lost answer).
    const again = await context.request.post(`${server.url}/services/${wardId}/tell`, {
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: server.url },
      data: posts[0]!.body,
      maxRedirects: 0,
    })
    expect(again.status()).toBe(303)
    const items = (await queueFor(wardId)).filter((i) => i.title === title)
    expect(items).toEqual([expect.objectContaining({ kind: 'story', route: 'site' })])
    await context.close()
  }, 120_000)
})

describe('reporting and hiding a story', () => {
  it('puts the report in the moderators’ list; hiding takes the story out of feeds, widget and page', async () => {
    const [story] = await server.sql<{ id: string; title: string }[]>`
      select s.id, s.title from feed_entries f join stories s on s.id = f.story_id
      where f.node_id = ${wardId} order by f.published_at desc, f.story_id desc limit 1`
    const reader = await browser.newPage()
    await reader.goto(`${server.url}/examples/hospital/`)
    await showStories(reader)
    const widgetTitles = () =>
      reader.locator('heard-stories').first().locator('li[part="story"]').allTextContents()
    expect((await widgetTitles()).join(' ')).toContain(story!.title)

    await reader.goto(`${server.url}/stories/${story!.id}`)
    await reader.getByText('Report this story').click()
    await reader.getByLabel('It identifies someone').check()
    await reader.getByLabel('More details (optional)').fill('It names the ward sister.')
    await reader.getByRole('button', { name: 'Send report' }).click()
    await reader.waitForURL(`${server.url}/stories/${story!.id}/reported`)

    const { context } = await portal.signedIn(MODERATOR)
    const mod = await context.newPage()
    await mod.goto(`${server.url}/portal/moderation`)
    await mod.getByRole('link', { name: /Readers’ reports/ }).click()
    const item = mod.getByRole('listitem').filter({ hasText: story!.title })
    await item.getByText('Identifies someone').waitFor()
    expect(await item.textContent()).toContain('It names the ward sister.')
    for (const scheme of ['light', 'dark'] as const) {
      await mod.emulateMedia({ colorScheme: scheme })
      expect(await axeViolations(mod), `reports page, ${scheme}`).toEqual([])
    }
    const reason = 'It named a member of staff in a critical story.'
    await item.getByLabel('Reason readers will see').fill(reason)
    await item.getByRole('button', { name: /Hide the story/ }).click()
    await mod.getByText('No reports are waiting.').waitFor()

    const page = await reader.goto(`${server.url}/stories/${story!.id}`)
    expect(page!.status()).toBe(410)
    expect(await reader.textContent('main')).toContain(reason)
    const feed = (await (await fetch(`${server.url}/api/v1/services/${wardId}/stories`)).json()) as {
      stories: { id: string }[]
    }
    expect(feed.stories.map((s) => s.id)).not.toContain(story!.id)
    expect(await (await fetch(`${server.url}/services/${wardId}/feed.atom`)).text()).not.toContain(story!.id)
    // A new reader (the first one's browser may keep the feed it fetched for its max-age).
    const next = await browser.newPage()
    await next.goto(`${server.url}/examples/hospital/`)
    await showStories(next)
    const titlesNow = await next
      .locator('heard-stories')
      .first()
      .locator('li[part="story"]')
      .allTextContents()
    expect(titlesNow.join(' ')).not.toContain(story!.title)
    await next.close()

    // Shown again from the list of hidden stories.
    await mod.goto(`${server.url}/portal/moderation/reports?status=hidden`)
    const hidden = mod.getByRole('listitem').filter({ hasText: story!.title })
    await hidden.getByLabel('Why it is shown again').fill('The name was a job title.')
    await hidden.getByRole('button', { name: /Show the story again/ }).click()
    await mod.getByText('No story is hidden.').waitFor()
    expect((await reader.goto(`${server.url}/stories/${story!.id}`))!.status()).toBe(200)
    await context.close()
    await reader.close()
    expect(portal.pageErrors).toEqual([])
  }, 120_000)
})
