import { existsSync } from 'node:fs'
import { chromium } from 'playwright-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'

/** The system Chromium. A missing browser fails the suite: these tests never skip. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Browser tests need Chromium at ${CHROMIUM}: install it with \`apt-get install -y chromium\`.`,
    )
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * A context that remembers every request made to an origin other than `origin`, and every error
 * thrown into a page or logged by the widget (which must never throw into its host).
 */
export async function watchedContext(browser: Browser, origin: string, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  const foreign: string[] = []
  const pageErrors: string[] = []
  context.on('request', (r) => {
    if (new URL(r.url()).origin !== origin) foreign.push(r.url())
  })
  context.on('page', (p) => {
    p.on('pageerror', (e) => pageErrors.push(e.message))
    // The widget catches its own failures and logs them: count those too.
    p.on('console', (m) => {
      if (m.type() === 'error' && /heard/i.test(m.text())) pageErrors.push(m.text())
    })
  })
  return { context, foreign, pageErrors }
}

/** Scrolls every widget into view (they fetch only then) and waits until each shows its stories. */
export async function showStories(page: Page, widgets = page.locator('heard-stories')) {
  const count = await widgets.count()
  for (let i = 0; i < count; i++) {
    const widget = widgets.nth(i)
    await widget.scrollIntoViewIfNeeded()
    await widget.locator('li[part="story"]').first().waitFor()
  }
}

/** The focused element, looking inside shadow roots. */
export function focused(page: Page) {
  return page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return {
      tag: el?.localName ?? '',
      id: el?.id ?? '',
      name: el?.getAttribute('name') ?? '',
      type: el?.getAttribute('type') ?? '',
      text: (el?.textContent ?? '').trim(),
    }
  })
}

/** Presses Tab until the focused element matches, as a keyboard user would; fails after `max`. */
export async function tabTo(
  page: Page,
  match: (f: Awaited<ReturnType<typeof focused>>) => boolean,
  max = 80,
) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if (match(await focused(page))) return
  }
  throw new Error(`Tab never reached the element (last: ${JSON.stringify(await focused(page))})`)
}

export type { Browser, BrowserContext, Page }
