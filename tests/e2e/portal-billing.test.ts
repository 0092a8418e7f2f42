import type Stripe from 'stripe'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signature, WEBHOOK_SECRET } from '../../server/src/billing/testing/harness.ts'
import { FAKE_PRICE_ID, FAKE_UNIT_AMOUNT, StripeFake } from '../../server/src/billing/testing/stripe-fake.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'
import { axeViolations, PortalBrowser, type Viewport } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }

let browser: Browser
/** One per test server; every page of every one must throw nothing. */
const portals: PortalBrowser[] = []

beforeAll(async () => {
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  expect(portals.flatMap((p) => p.pageErrors)).toEqual([])
})

/** A browser context with the admin's session cookie (signed in over the API). */
async function adminContext(server: TestServer, viewport?: Viewport) {
  const portal = new PortalBrowser(browser, server.url)
  portals.push(portal)
  return (await portal.signedIn(ADMIN, viewport)).context
}

async function riversideId(server: TestServer) {
  const [row] = await server.sql<{ id: string }[]>`
    select m.subscriber_id as id from memberships m join users u on u.id = m.user_id
    where u.email = ${ADMIN.email}`
  return row!.id
}

/** The class list of the focused element, looking inside shadow roots. */
const focusedClass = (page: Page) =>
  page.evaluate(() => {
    let el = document.activeElement
    while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
    return el?.className ?? ''
  })

describe('billing without Stripe (the embedded demo)', { timeout: 90_000 }, () => {
  let server: TestServer
  let context: BrowserContext
  beforeAll(async () => {
    server = await startTestServer()
    context = await adminContext(server, { width: 375, height: 800 })
  }, 180_000)
  afterAll(async () => {
    await context?.close()
    await server?.close()
  })

  it('says that billing is not connected and shows the subscription a platform admin recorded', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/`)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Billing' }).click()
    await page.waitForURL(/\/portal\/billing$/)
    await page.getByRole('heading', { name: 'Billing', level: 1 }).waitFor()
    await page.getByRole('heading', { name: /^Subscribed until /, level: 2 }).waitFor()
    expect(await page.locator('#not-connected').textContent()).toContain('Billing is not connected')
    const recorded = page.getByRole('definition').filter({ hasText: 'Demo: paid by invoice outside Stripe' })
    expect(await recorded.textContent()).toMatch(/Full use until \d+ \w+ \d{4}/)
    expect(await page.locator('#status .tag').textContent()).toBe('Full use')
    // Without Stripe there is nothing to pay through: no payment buttons, no invoice form.
    expect(await page.getByRole('button', { name: /Pay by|Manage payment/ }).count()).toBe(0)
    // Usable on a 375 px phone: nothing wider than the screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('billing with the Stripe fake', { timeout: 90_000 }, () => {
  let server: TestServer
  let fake: StripeFake
  let context: BrowserContext
  let subscriberId = ''
  beforeAll(async () => {
    fake = await StripeFake.start()
    server = await startTestServer({
      env: {
        STRIPE_SECRET_KEY: 'sk_test_heard',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_ID: FAKE_PRICE_ID,
        STRIPE_API_BASE: fake.apiBase,
      },
    })
    // The demo's recorded subscription has ended: the trust reads only, and may subscribe.
    await server.sql`update manual_subscriptions set ended_at = now() - interval '1 day'`
    subscriberId = await riversideId(server)
    context = await adminContext(server)
  }, 180_000)
  afterAll(async () => {
    await context?.close()
    await server?.close()
    await fake?.close()
  })

  /** Delivers Stripe's events to the running server as Stripe would: signed JSON. */
  async function deliver(events: Stripe.Event[]) {
    for (const event of events) {
      const payload = JSON.stringify(event, null, 2)
      const res = await fetch(`${server.url}/api/webhooks/stripe`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'stripe-signature': await signature(payload) },
        body: payload,
      })
      expect(res.status, event.type).toBe(200)
    }
  }

  it('tells members on read-only pages, with a link for admins to Billing', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/inbox`)
    const notice = page.locator('#read-only-notice')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('Read-only')
    expect(await notice.getByRole('link', { name: 'See billing and what to do' }).getAttribute('href')).toBe(
      `/portal/subscribers/${subscriberId}/billing`,
    )
    await page.close()
  })

  it('shows inline errors in the invoice form, from the page and from the server', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/billing`)
    await page.getByRole('heading', { name: 'Pay by invoice', level: 2 }).waitFor()
    await page.getByLabel('Email address for invoices').fill('accounts@riverside.example')
    await page.getByRole('button', { name: 'Pay by invoice' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('Enter the purchase order number')
    await expect.poll(() => focusedClass(page)).toContain('error-summary')
    expect(await page.title()).toMatch(/^Error: /)
    const input = page.getByLabel('Purchase order number')
    expect(await input.getAttribute('aria-invalid')).toBe('true')
    expect(await page.locator('#purchase-order-error').textContent()).toContain(
      'Enter the purchase order number',
    )

    // Too long for the server: its issue is shown against the field it names.
    const answer = page.waitForResponse((r) => r.url().endsWith('/billing/invoice-billing'))
    await input.fill('P'.repeat(101))
    await page.getByRole('button', { name: 'Pay by invoice' }).click()
    expect((await answer).status()).toBe(422)
    await expect
      .poll(() => page.locator('#purchase-order-error').textContent())
      .toContain('100 characters or fewer')
    expect(fake.calls('POST', '/v1/subscriptions')).toHaveLength(0)
    await page.close()
  })

  it('sends the admin to Checkout, then shows active only once the signed webhook is synced', async () => {
    const page = await context.newPage()
    // Stripe's page itself is not part of the test: answer for it.
    await page.route('https://checkout.stripe.test/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>Checkout</title><h1>Fake Checkout</h1>' }),
    )
    await page.goto(`${server.url}/portal/billing`)
    await page.getByRole('heading', { name: /^Subscription ended/, level: 2 }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Pay by card or Direct Debit' }).click()
    await page.waitForURL(/^https:\/\/checkout\.stripe\.test\/c\/pay\/cs_/)
    const sessionId = page.url().split('/').at(-1)!
    const [created] = fake.calls('POST', '/v1/checkout/sessions')
    expect(created!.params).toMatchObject({
      mode: 'subscription',
      success_url: `${server.url}/portal/subscribers/${subscriberId}/billing?checkout=success`,
    })

    // Back from Checkout before Stripe's confirmation: thanks, but no claim of access.
    await page.clock.install()
    await page.clock.pauseAt(Date.now() + 1000)
    await page.goto(`${server.url}/portal/subscribers/${subscriberId}/billing?checkout=success`)
    const pending = page.locator('#checkout-pending')
    await pending.waitFor()
    expect(await pending.textContent()).toContain(
      'Your subscription starts as soon as Stripe confirms the payment',
    )
    // The page checks again by itself, and still claims nothing.
    const recheck = page.waitForResponse((r) => r.url().endsWith(`/subscribers/${subscriberId}/billing`))
    await page.clock.runFor(1000)
    expect((await recheck).status()).toBe(200)
    expect(await page.getByRole('heading', { name: /^Subscription ended/, level: 2 }).count()).toBe(1)
    expect(await page.locator('#status .tag').textContent()).toBe('Read-only')

    await deliver(fake.completeCheckout(sessionId))
    await page.getByRole('button', { name: 'Check again' }).click()
    await page.getByRole('heading', { name: 'Active', level: 2, exact: true }).waitFor()
    await page
      .locator('main')
      .getByRole('status')
      .filter({ hasText: 'Stripe confirmed the payment' })
      .waitFor()
    expect(await pending.count()).toBe(0)

    const quantity = [...fake.subscriptions.values()][0]!.items.data[0]!.quantity!
    const pounds = `£${((quantity * FAKE_UNIT_AMOUNT) / 100).toFixed(2)}`
    const next = page.locator('dt:text-is("Next invoice") + dd')
    expect(await next.textContent()).toMatch(new RegExp(`^${pounds} on \\d+ \\w+ \\d{4}$`))
    const invoices = page.getByRole('table', { name: /Invoices/ })
    const row = invoices.getByRole('row').filter({ hasText: 'Paid' })
    expect(await row.textContent()).toContain(pounds)
    expect(await row.getByRole('link').getAttribute('href')).toMatch(/^https:\/\/invoice\.stripe\.test\//)
    // Only what the server offers: the Customer Portal now, neither Checkout nor invoice billing.
    await page.getByRole('button', { name: 'Manage payment details and invoices' }).waitFor()
    expect(await page.getByRole('button', { name: /^Pay by/ }).count()).toBe(0)
    // axe waits on timers of its own.
    await page.clock.resume()
    expect(await axeViolations(page)).toEqual([])
    // The invoice table scrolls within its own box on a phone; the page does not.
    await page.setViewportSize({ width: 375, height: 800 })
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await page.close()
  })
})
