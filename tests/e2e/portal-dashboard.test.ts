import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }

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

describe('the dashboard', { timeout: 90_000 }, () => {
  it.each([
    [375, 800],
    [1280, 900],
  ])(
    'at %i px: charts beside their tables, no horizontal scroll, 0 axe violations',
    async (width, height) => {
      const { context } = await portal.signedIn(ADMIN, { width, height })
      const page = await context.newPage()
      await page.goto(`${server.url}/portal/dashboard?from=2025-01&to=2026-12`)
      await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
      await page.getByRole('table', { name: 'What was good' }).waitFor()
      expect(await page.locator('canvas').count()).toBe(5)
      const good = page.getByRole('table', { name: 'What was good' })
      expect(await good.getByRole('columnheader').first().textContent()).toBe('Tag')
      await page.getByText('Median working hours to first response').waitFor()
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
      expect(overflow).toBeLessThanOrEqual(0)
      const select = await page.getByLabel('Service').boundingBox()
      expect(select!.x + select!.width).toBeLessThanOrEqual(width)
      await page.screenshot({ path: `/tmp/12c-dashboard-${width}.png`, fullPage: true })
      expect(await axeViolations(page)).toEqual([])
      const download = page.waitForEvent('download')
      await page.getByRole('button', { name: 'Download CSV of What was good' }).click()
      const file = await download
      expect(file.suggestedFilename()).toBe('what-was-good.csv')
      expect(portal.pageErrors).toEqual([])
      await context.close()
    },
  )
})
