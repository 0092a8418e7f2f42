import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, Page } from './browser.ts'

let server: TestServer
let browser: Browser

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Opens `path` recording every Content-Security-Policy violation the page causes. */
async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await browser.newPage()
  await page.addInitScript(() => {
    const w = window as unknown as { violations: string[] }
    w.violations = []
    document.addEventListener('securitypolicyviolation', (e) =>
      w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
    )
  })
  const response = await page.goto(`${server.url}${path}`)
  expect(response!.status()).toBe(200)
  expect(response!.headers()['content-security-policy']).toContain("script-src 'self'")
  await page.waitForLoadState('load')
  return {
    page,
    violations: () => page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  }
}

describe('server-rendered pages under their Content-Security-Policy', () => {
  it('show a story and a service page styled, with nothing blocked', async () => {
    const [story] = await server.sql<{ id: string; nodeId: string }[]>`
      select s.id, sn.node_id from stories s join story_nodes sn on sn.story_id = s.id
      where s.status = 'published' limit 1`
    for (const path of [`/stories/${story!.id}`, `/services/${story!.nodeId}`]) {
      const { page, violations } = await open(path)
      // pages.css applied: the body loses the browser's default margin.
      expect(await page.evaluate(() => getComputedStyle(document.body).margin)).toBe('0px')
      expect(await violations()).toEqual([])
      await page.close()
    }
  })

  it('show the API documentation styled, with nothing blocked', async () => {
    const { page, violations } = await open('/api/docs')
    expect(await page.evaluate(() => getComputedStyle(document.body).maxWidth)).toBe('960px')
    expect(await violations()).toEqual([])
    await page.close()
  })
})
