import axe from 'axe-core'
import { expect } from 'vitest'
import type { Browser, BrowserContext, Page } from './browser.ts'

export type Credentials = { email: string; password: string }
export type Viewport = { width: number; height: number }

const DESKTOP: Viewport = { width: 1280, height: 900 }

/** Signs in over the API, as the portal does: the session cookie (`name=value`) and the CSRF token. */
export async function apiSignIn(serverUrl: string, user: Credentials) {
  const res = await fetch(`${serverUrl}/api/portal/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: serverUrl },
    body: JSON.stringify(user),
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.get('set-cookie')!.split(';')[0]!
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return { cookie, csrfToken }
}

/**
 * Browser contexts for the portal's tests, each collecting the errors its pages throw into
 * `pageErrors`. CSP stays on for the portal's own code; axe is injected by the tests, so the
 * contexts bypass it.
 */
export class PortalBrowser {
  readonly pageErrors: string[] = []

  constructor(
    private readonly browser: Browser,
    private readonly serverUrl: string,
  ) {}

  async newContext(viewport: Viewport = DESKTOP): Promise<BrowserContext> {
    const context = await this.browser.newContext({ viewport, bypassCSP: true })
    context.setDefaultTimeout(8000)
    context.on('page', (p) => p.on('pageerror', (e) => this.pageErrors.push(e.message)))
    return context
  }

  /** A context holding `user`'s session (signed in over the API), and the cookie for fetches. */
  async signedIn(user: Credentials, viewport: Viewport = DESKTOP) {
    const { cookie } = await apiSignIn(this.serverUrl, user)
    const [name, value] = cookie.split('=')
    const context = await this.newContext(viewport)
    await context.addCookies([{ name: name!, value: value!, url: this.serverUrl }])
    return { context, cookie }
  }
}

/** axe-core's violations on the page, one line each: the rule and the elements. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] })
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  })
}

/** True when the page fits the viewport's width (a 375 px phone scrolls down, never sideways). */
export const fitsWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)

declare global {
  interface Window {
    axe: typeof axe
  }
}
