import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium, showStories, watchedContext } from './browser.ts'
import type { Browser, BrowserContext } from './browser.ts'

let server: TestServer
let browser: Browser
let context: BrowserContext
let foreign: string[]

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  ;({ context, foreign } = await watchedContext(browser, server.url))
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the strict-CSP example', () => {
  it('runs the widget, its form and its pre-check without a single policy violation', async () => {
    const page = await context.newPage()
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] }
      w.violations = []
      document.addEventListener('securitypolicyviolation', (e) =>
        w.violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      )
    })
    const consoleErrors: string[] = []
    page.on('console', (m) => {
      if (m.type() === 'error') consoleErrors.push(m.text())
    })
    const response = await page.goto(`${server.url}/examples/strict-csp/`)
    expect(response!.headers()['content-security-policy']).toContain("require-trusted-types-for 'script'")
    await showStories(page)
    const widget = page.locator('heard-stories')
    await widget.locator('#tell').click()
    await widget.locator('input[name="tags.good"]').first().waitFor()
    await widget.locator('#body').fill('My phone number is 07700 900123, ring me about the ward any time.')
    await widget.locator('#body-p').waitFor()
    await widget.locator('form button:not([type])').last().click()
    await widget.locator('.es').waitFor()

    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([])
    expect(consoleErrors).toEqual([])
    // And the policy really was in force: a raw HTML sink is refused.
    expect(
      await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>x</b>')
          return 'allowed'
        } catch {
          return 'blocked'
        }
      }),
    ).toBe('blocked')

    await page.close()
  })
})

describe('the hostile-CSS example', () => {
  it('leaves the widget readable and usable', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/examples/hostile-css/`)
    await showStories(page)
    const widget = page.locator('heard-stories')
    const link = widget.locator('li[part="story"] h3 a').first()
    const box = await link.boundingBox()
    expect(box!.width).toBeGreaterThan(50)
    expect(box!.height).toBeGreaterThan(10)
    const looks = await link.evaluate((a) => {
      const s = getComputedStyle(a)
      const c = getComputedStyle(a.closest('.c')!)
      return {
        color: s.color,
        fontSize: s.fontSize,
        background: c.backgroundColor,
        letterSpacing: c.letterSpacing,
        textTransform: c.textTransform,
        direction: c.direction,
        pointerEvents: s.pointerEvents,
        hostVisible: getComputedStyle((a.getRootNode() as ShadowRoot).host).visibility,
      }
    })
    expect(looks).toEqual({
      color: 'rgb(0, 94, 184)',
      fontSize: '18px',
      background: 'rgb(255, 255, 255)',
      letterSpacing: 'normal',
      textTransform: 'none',
      direction: 'ltr',
      pointerEvents: 'auto',
      hostVisible: 'visible',
    })

    await widget.locator('#tell').click()
    const title = widget.locator('#title')
    await title.waitFor()
    expect((await title.boundingBox())!.height).toBeGreaterThan(20)
    await title.fill('Still usable')
    expect(await title.inputValue()).toBe('Still usable')
    expect(await widget.getByRole('button', { name: 'Send' }).isVisible()).toBe(true)
    await page.close()
  })

  it('made no third-party requests and set no cookies', async () => {
    expect(foreign).toEqual([])
    expect(await context.cookies()).toEqual([])
  })
})
