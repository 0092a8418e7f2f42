import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { focused, launchChromium } from './browser.ts'
import type { Browser } from './browser.ts'
import { PortalBrowser } from './portal-session.ts'

const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026' }
const AREAS = ['account', 'moderation', 'inbox', 'dashboard', 'alerts', 'organisation', 'admin']

let server: TestServer
let browser: Browser
let portal: PortalBrowser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** The area chunks (`moderation-[hash].js`) among the scripts a page fetched. */
const areasIn = (scripts: string[]) =>
  AREAS.filter((area) => scripts.some((s) => new RegExp(`/assets/${area}-[\\w-]+\\.js$`).test(s)))

describe('the portal, split by area', () => {
  it('loads the shell and the account area for the sign-in page, and no other area', async () => {
    const context = await portal.newContext()
    const page = await context.newPage()
    const scripts: string[] = []
    page.on('request', (r) => {
      if (r.resourceType() === 'script') scripts.push(r.url())
    })
    await page.goto(`${server.url}/portal/sign-in`)
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor()
    expect(areasIn(scripts)).toEqual(['account'])
    await context.close()
  })

  it('shows "Loading…" while an area arrives, then its page with focus on the heading', async () => {
    const { context } = await portal.signedIn(MODERATOR)
    const page = await context.newPage()
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    let asked = false
    await page.route('**/portal/assets/moderation-*.js', async (route) => {
      asked = true
      await held
      await route.continue()
    })
    // The page-not-found page is the shell's own: no area is loaded yet.
    await page.goto(`${server.url}/portal/no-such-page`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    expect(asked).toBe(false)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click()
    await page.getByRole('main').getByRole('status').filter({ hasText: 'Loading…' }).waitFor()
    release()
    await page.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor()
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'Moderation queue' })
    expect(asked).toBe(true)
    expect(portal.pageErrors).toEqual([])
    await context.close()
  })

  it('says so when an area cannot be fetched, and loads it on "Try again"', async () => {
    const { context } = await portal.signedIn(MODERATOR)
    const page = await context.newPage()
    await page.route('**/portal/assets/moderation-*.js', (route) => route.abort('internetdisconnected'))
    await page.goto(`${server.url}/portal/no-such-page`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Moderation' }).click()
    await page.getByRole('heading', { name: 'This page could not be loaded', level: 1 }).waitFor()
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1', text: 'This page could not be loaded' })
    expect(await page.getByRole('alert').textContent()).toContain('Check your connection')
    await page.unroute('**/portal/assets/moderation-*.js')
    await page.getByRole('button', { name: 'Try again' }).click()
    await page.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor()
    await context.close()
  })
})
