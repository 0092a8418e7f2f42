import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, Page } from './browser.ts'
import { axeViolations, fitsWidth } from './portal-session.ts'

// Every public page and state, checked with axe and for sideways scrolling. A file of its own
// (not in public-site.test.ts) so that it runs beside the other browser tests rather than after them.

let server: TestServer
let browser: Browser
/** Ward 7 of the demo hospital. */
let wardId: string

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  ;[{ id: wardId }] = await server.sql<{ id: string }[]>`
    select id from service_nodes where external_code = 'RXA01-W7'`
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the public pages', () => {
  /** Every new page or state, reached as a reader would. */
  async function pages(page: Page) {
    const [story] = await server.sql<{ id: string }[]>`
      select id from stories where status = 'published' order by published_at desc limit 1`
    const [withdrawn] = await server.sql<{ id: string }[]>`
      update stories set status = 'hidden', status_reason = 'Hidden for a test of the page.'
      where id = (select id from stories where status = 'published' order by published_at limit 1)
      returning id`
    const visits: [string, () => Promise<unknown>][] = [
      ['home', () => page.goto(`${server.url}/`)],
      ['search', () => page.goto(`${server.url}/search?q=ward`)],
      ['search error', () => page.goto(`${server.url}/search?q=`)],
      ['service', () => page.goto(`${server.url}/services/${wardId}`)],
      ['service filtered', () => page.goto(`${server.url}/services/${wardId}?responded=yes&months=12`)],
      ['service filter error', () => page.goto(`${server.url}/services/${wardId}?months=7`)],
      ['tell', () => page.goto(`${server.url}/services/${wardId}/tell`)],
      ['tell errors', () => page.getByRole('button', { name: 'Send' }).click()],
      ['tell thanks', () => page.goto(`${server.url}/services/${wardId}/tell/thanks?email=1`)],
      ['story', () => page.goto(`${server.url}/stories/${story!.id}`)],
      ['report open', () => page.getByText('Report this story').click()],
      ['report errors', () => page.getByRole('button', { name: 'Send report' }).click()],
      ['reported', () => page.goto(`${server.url}/stories/${story!.id}/reported`)],
      ['hidden story', () => page.goto(`${server.url}/stories/${withdrawn!.id}`)],
      ['not found', () => page.goto(`${server.url}/no/such/page`)],
    ]
    return visits
  }

  for (const width of [1280, 375]) {
    it(`have no axe violations, light and dark, and fit ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true })
      const page = await context.newPage()
      const failures: string[] = []
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        for (const [name, visit] of await pages(page)) {
          await visit()
          await page.waitForLoadState('load')
          for (const v of await axeViolations(page)) failures.push(`${name} (${scheme}): ${v}`)
          if (!(await fitsWidth(page))) failures.push(`${name} (${scheme}): wider than ${width} px`)
        }
      }
      expect(failures).toEqual([])
      await context.close()
    }, 240_000)
  }
})
