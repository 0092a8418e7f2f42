import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { seedWelsh, type WelshFixture } from '../../server/test/welsh.ts'
import { launchChromium, showStories } from './browser.ts'
import type { Browser, Page } from './browser.ts'
import { axeViolations, fitsWidth } from './portal-session.ts'

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')

let server: TestServer
let browser: Browser
let welsh: WelshFixture

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  welsh = await seedWelsh(server.sql)
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/**
 * Runs axe over the whole page, shadow roots included; returns "rule: target" for each violation.
 * axe is evaluated by the test driver, not added as an inline <script>: the page's policy refuses those.
 */
async function violations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${AXE}\n;undefined`)
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } }).axe
    type AxeViolation = { id: string; nodes: { target: unknown }[] }
    return (await axe.run()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(' ')}`,
    )
  })
  return result
}

/** The hospital page with both widgets set to `lang` and `theme`, their stories loaded. */
async function hospital(lang: string, theme: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  await page.goto(`${server.url}/examples/hospital/`)
  await page.evaluate(
    ([lang, theme]) =>
      document.querySelectorAll('heard-stories').forEach((w) => {
        w.setAttribute('lang', lang!)
        w.setAttribute('theme', theme!)
      }),
    [lang, theme],
  )
  await showStories(page)
  return page
}

describe('accessibility (axe: WCAG 2.2 AA and best practice)', () => {
  for (const lang of ['en', 'cy'])
    for (const theme of ['light', 'dark'])
      it(`has no violations in ${lang}, ${theme}: with the story list, then with the open form and its errors`, async () => {
        const page = await hospital(lang, theme)
        const widget = page.locator('heard-stories').first()
        if (lang === 'cy') {
          expect(await widget.locator('#tell').textContent()).toContain('Adroddwch eich stori')
          expect(await widget.locator('time').first().textContent()).toMatch(/yn ôl|diwethaf|ddoe/)
          expect(await widget.locator('.c').getAttribute('lang')).toBe('cy')
          // "Read more stories" leads to the Welsh service page.
          const more = widget.getByRole('link', { name: 'Darllen rhagor o straeon' })
          expect(await more.getAttribute('href')).toMatch(/\/services\/[^/?]+\?lang=cy$/)
        }
        expect(await violations(page)).toEqual([])

        await widget.locator('#tell').click()
        await widget.locator('input[name="tags.good"]').first().waitFor()
        await widget.locator('#body').fill('Please call me on 07700 900123 or email jo@example.com about it.')
        await widget.locator('#body-p').waitFor()
        await widget.locator('form button:not([type])').last().click()
        await widget.locator('.es').waitFor()
        expect(await violations(page)).toEqual([])
        await page.close()
      }, 60_000)
})

describe('the public pages in Welsh (axe, and no sideways scrolling at 375 px)', () => {
  it('have no violations, light and dark: story, report, service, home, tell, follow', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, bypassCSP: true })
    const page = await context.newPage()
    const { ids, stories, follow } = welsh
    const go = (path: string) => () => page.goto(`${server.url}${path}`)
    const visits: [string, () => Promise<unknown>][] = [
      ['home', go('/?lang=cy')],
      ['service', go(`/services/${ids.board}?lang=cy`)],
      ['ward', go(`/services/${ids.ward}?lang=cy`)],
      ['story', go(`/stories/${stories.welsh}?lang=cy`)],
      ['report open', () => page.locator('summary', { hasText: 'Rhoi gwybod am y stori hon' }).click()],
      ['report errors', () => page.getByRole('button', { name: 'Anfon yr adroddiad' }).click()],
      ['tell', go(`/services/${ids.ward}/tell?lang=cy`)],
      ['tell errors', () => page.getByRole('button', { name: 'Anfon', exact: true }).click()],
      ['follow', go(`/follow/${follow.welsh}`)],
    ]
    const failures: string[] = []
    for (const scheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme: scheme })
      for (const [name, visit] of visits) {
        await visit()
        await page.waitForLoadState('load')
        expect(await page.getAttribute('html', 'lang')).toBe('cy')
        // Heard's pages refuse inline scripts; axe goes in through a script tag, as public-pages.test does.
        for (const v of await axeViolations(page)) failures.push(`${name} (${scheme}): ${v}`)
        if (!(await fitsWidth(page))) failures.push(`${name} (${scheme}): wider than 375 px`)
      }
    }
    expect(await page.title()).toBe('Eich stori | Heard')
    expect(failures).toEqual([])
    await context.close()
  }, 120_000)
})
