import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { unsubscribeToken, unsubscribeTokenHash } from '../../server/src/alerts/tokens.ts'
import { createUser } from '../../server/src/users/queries.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { createTestSubscriber } from '../../server/test/subscribers.ts'
import { launchChromium } from './browser.ts'
import type { Browser, Page } from './browser.ts'
import { axeViolations, fitsWidth, PortalBrowser } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const VIEWER = { email: 'viewer@riverside.example', password: 'riverside-viewer-2026' }
const TWO_ORGS = { email: 'sam@two-orgs.example', password: 'sam-two-organisations-2026', name: 'Sam Two' }
const SECRET = 'portal-keys-alerts-test-secret-0123456789'
const RIVERSIDE = 'Riverside University Hospitals NHS Foundation Trust'
const NORTHFIELD = 'Northfield and Ashby NHS Trust'
const WILLOW = 'Willow Lane Care Homes'

let server: TestServer
let browser: Browser
let portal: PortalBrowser
const PHONE = { width: 375, height: 900 }
const ids: Record<string, string> = {}

/** Everything the page shows, shadow roots included. */
const allMarkup = (page: Page) =>
  page.evaluate(() => {
    const walk = (root: Document | ShadowRoot): string =>
      [...root.querySelectorAll('*')]
        .map((el) => (el.shadowRoot ? walk(el.shadowRoot) : '') + ((el as HTMLInputElement).value ?? ''))
        .join(' ') + (root instanceof Document ? root.body.innerHTML : root.innerHTML)
    return walk(document)
  })

beforeAll(async () => {
  server = await startTestServer({ env: { SESSION_SECRET: SECRET } })
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  const node = async (code: string) =>
    (await server.sql<{ id: string }[]>`select id from service_nodes where external_code = ${code}`)[0]!.id
  ids.riverside = (
    await server.sql<{ id: string }[]>`select id from subscribers where name = ${RIVERSIDE}`
  )[0]!.id
  ids.northfield = await createTestSubscriber(server.sql, NORTHFIELD, [await node('RNB')])
  ids.willow = await createTestSubscriber(server.sql, WILLOW, [await node('CWL')])
  const sam = await createUser(server.sql, TWO_ORGS)
  ids.sam = sam.id
  await server.sql`
    insert into memberships (subscriber_id, user_id, role, frozen) values
      (${ids.riverside}, ${sam.id}, 'responder', false),
      (${ids.northfield}, ${sam.id}, 'admin', false),
      (${ids.willow}, ${sam.id}, 'viewer', true)`
  // Seeding the demo is slow on a busy machine.
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the API keys page', { timeout: 90_000 }, () => {
  it('shows a new key once; the key works on the public API until it is revoked', async () => {
    const context = (await portal.signedIn(ADMIN)).context
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/api-keys`)
    await page.getByRole('heading', { name: 'API keys', level: 1 }).waitFor()
    // A member of one organisation sees its name, and no choice.
    await page.locator('header').getByText(`Organisation: ${RIVERSIDE}`).waitFor()
    expect(await page.getByLabel('Organisation', { exact: true }).count()).toBe(0)
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'API keys' }).waitFor()
    await page.getByText('You have no API keys yet.').waitFor()

    await page.getByRole('button', { name: 'Create key' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    expect(await page.title()).toMatch(/^Error: /)

    await page.getByLabel('Name', { exact: true }).fill('Reporting dashboard')
    await page.getByRole('button', { name: 'Create key' }).click()
    const box = page.locator('#new-key')
    await box.getByText('You will not see this key again').waitFor()
    const key = await page.getByLabel('API key', { exact: true }).inputValue()
    expect(key).toMatch(/^heard_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/)
    expect(await box.locator('pre').textContent()).toContain('Authorization: Bearer <your key>')
    expect(await axeViolations(page)).toEqual([])

    // A secret: not in the address, storage, or the console.
    const consoleText: string[] = []
    page.on('console', (m) => consoleText.push(m.text()))
    await context.grantPermissions(['clipboard-read', 'clipboard-write'])
    await box.getByRole('button', { name: 'Copy key' }).click()
    await box.getByText(/^(Copied|The key is selected)/).waitFor()
    expect(page.url()).not.toContain(key)
    const stored = await page.evaluate(() => JSON.stringify({ ...localStorage, ...sessionStorage }))
    expect(stored).not.toContain(key)
    expect(consoleText.join('\n')).not.toContain(key)

    const use = (k: string) =>
      fetch(`${server.url}/api/v1/services?q=hospital`, { headers: { authorization: `Bearer ${k}` } })
    expect((await use(key)).status).toBe(200)

    await box.getByRole('button', { name: 'I have copied it' }).click()
    await box.waitFor({ state: 'detached' })
    expect(await allMarkup(page)).not.toContain(key)
    const row = page.getByRole('row').filter({ hasText: 'Reporting dashboard' })
    expect(await row.textContent()).toContain(key.slice(0, 14))
    expect(await row.textContent()).toContain('Live')

    await row.getByRole('button', { name: 'Revoke Reporting dashboard' }).click()
    await row.getByRole('button', { name: 'Yes, revoke Reporting dashboard' }).click()
    await page.locator('#outcome').filter({ hasText: '“Reporting dashboard” is revoked' }).waitFor()
    await row.getByText(/^Revoked /).waitFor()
    expect((await use(key)).status).toBe(401)
    expect(await axeViolations(page)).toEqual([])

    await page.setViewportSize({ width: 375, height: 800 })
    expect(await fitsWidth(page)).toBe(true)
    await context.close()
  })
})

describe('the alerts page', { timeout: 90_000 }, () => {
  it('keeps the viewer’s choices, shows a pause by the email link, resumes and turns off', async () => {
    const context = (await portal.signedIn(VIEWER, PHONE)).context
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/alerts`)
    await page.getByRole('heading', { name: 'Alerts', level: 1 }).waitFor()
    const state = page.locator('#alert-state')
    await state.getByRole('heading', { name: 'Alerts are on' }).waitFor()
    expect(await fitsWidth(page)).toBe(true)
    expect(await axeViolations(page)).toEqual([])

    // No service: refused with the error summary, focused.
    for (const box of await page.locator('input[name=serviceIds]:checked').all()) await box.uncheck()
    await page.getByRole('button', { name: 'Save alerts' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'Choose at least one service' })
    await summary.waitFor()
    const focusedClass = await page.evaluate(() => {
      let el = document.activeElement
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      return el?.className
    })
    expect(focusedClass).toBe('error-summary')

    const services = page.locator('input[name=serviceIds]')
    const chosen = [await services.nth(1).getAttribute('value'), await services.nth(2).getAttribute('value')]
    await services.nth(1).check()
    await services.nth(2).check()
    await page.getByLabel('2 mildly critical or more').check()
    await page.getByLabel('Immediately').check()
    await page.getByRole('button', { name: 'Save alerts' }).click()
    await page.locator('#message').filter({ hasText: 'Your alerts are saved.' }).waitFor()

    await page.reload()
    await state.getByRole('heading', { name: 'Alerts are on' }).waitFor()
    expect(await state.textContent()).toContain('An email as each story is published about 2 services')
    const checked = await page
      .locator('input[name=serviceIds]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value))
    expect(checked.sort()).toEqual([...chosen].sort())
    expect(await page.getByLabel('2 mildly critical or more').isChecked()).toBe(true)
    expect(await page.getByLabel('Immediately').isChecked()).toBe(true)

    // The email's unsubscribe link works for someone not signed in, with a button (no JavaScript needed).
    const [sub] = await server.sql<{ id: string }[]>`
      select a.id from alert_subscriptions a join users u on u.id = a.user_id where u.email = ${VIEWER.email}`
    // The demo seeds preferences under another secret; sending the first email brings the hash in step.
    await server.sql`
      update alert_subscriptions set unsubscribe_token_hash = ${unsubscribeTokenHash(sub!.id, SECRET)}
      where id = ${sub!.id}`
    const guest = await portal.newContext(PHONE)
    const link = await guest.newPage()
    await link.goto(`${server.url}/alerts/unsubscribe/${unsubscribeToken(sub!.id, SECRET)}`)
    await link.getByRole('heading', { name: 'Stop alert emails', level: 1 }).waitFor()
    expect(await axeViolations(link)).toEqual([])
    await link.getByRole('button', { name: 'Stop alert emails' }).click()
    await link.getByRole('heading', { name: 'Alert emails stopped', level: 1 }).waitFor()
    await guest.close()

    await page.reload()
    await state.getByRole('heading', { name: 'Alerts are paused' }).waitFor()
    expect(await state.textContent()).toContain('Paused by an unsubscribe link — saving resumes them.')
    await page.getByRole('button', { name: 'Save and resume alerts' }).click()
    await state.getByRole('heading', { name: 'Alerts are on' }).waitFor()
    const [resumed] = await server.sql<{ paused: boolean }[]>`
      select paused_at is not null as paused from alert_subscriptions where id = ${sub!.id}`
    expect(resumed?.paused).toBe(false)

    await page.getByRole('button', { name: 'Turn off alerts' }).click()
    await page.locator('#message').filter({ hasText: 'Alerts are off.' }).waitFor()
    await page.reload()
    await state.getByRole('heading', { name: 'Alerts are off' }).waitFor()
    const left = await server.sql`select 1 from alert_subscriptions where id = ${sub!.id}`
    expect(left).toHaveLength(0)
    await context.close()
  })
})

describe('the organisation switcher', { timeout: 90_000 }, () => {
  /** The story ids the inbox lists, from its links. */
  const inboxIds = async (page: Page) =>
    (await page.locator('ol.stories h3 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))).map(
      (h) => h.split('/').pop()!,
    )
  const inboxOf = async (subscriberId: string, storyIds: string[]) =>
    (
      await server.sql<{ storyId: string }[]>`
        select story_id from inbox_entries
        where subscriber_id = ${subscriberId} and story_id = any(${storyIds}::uuid[])`
    ).length

  it('shows the chosen organisation’s inbox and members; a frozen one cannot be chosen', async () => {
    const context = (await portal.signedIn(TWO_ORGS)).context
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/inbox`)
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor()
    const select = page.getByLabel('Organisation', { exact: true })
    const caption = page.locator('heard-inbox-page .caption')

    const frozen = select.locator('option', { hasText: `${WILLOW} (frozen)` })
    expect(await frozen.isDisabled()).toBe(true)
    await expect(select.selectOption({ label: `${WILLOW} (frozen)` }, { timeout: 1000 })).rejects.toThrow()

    await select.selectOption({ label: RIVERSIDE })
    await page.getByRole('button', { name: 'Switch' }).click()
    await caption.filter({ hasText: RIVERSIDE }).waitFor()
    await page.locator('ol.stories').waitFor()
    const riverside = await inboxIds(page)
    expect(riverside.length).toBeGreaterThan(0)
    expect(await inboxOf(ids.riverside!, riverside)).toBe(riverside.length)
    const nav = page.getByRole('navigation', { name: 'Main' })
    expect(await nav.textContent()).not.toContain('Members')

    await select.selectOption({ label: NORTHFIELD })
    await page.getByRole('button', { name: 'Switch' }).click()
    await caption.filter({ hasText: NORTHFIELD }).waitFor()
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor()
    await page.locator('ol.stories').waitFor()
    const northfield = await inboxIds(page)
    expect(northfield.length).toBeGreaterThan(0)
    expect(await inboxOf(ids.northfield!, northfield)).toBe(northfield.length)
    expect(await inboxOf(ids.riverside!, northfield)).toBe(0)
    expect(await axeViolations(page)).toEqual([])
    await page.setViewportSize({ width: 375, height: 800 })
    expect(await fitsWidth(page)).toBe(true)

    // An admin there: the members page lists Northfield's members (Sam alone).
    await nav.getByRole('link', { name: 'Members' }).click()
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    await page.locator('heard-members-page .caption').filter({ hasText: NORTHFIELD }).waitFor()
    const rows = page.locator('heard-members-page tbody').first().getByRole('row')
    await rows.first().waitFor()
    expect(await rows.count()).toBe(1)
    expect(await rows.first().textContent()).toContain(TWO_ORGS.email)

    // Back to Riverside, where Sam responds: members is not theirs there, so the inbox opens.
    await select.selectOption({ label: RIVERSIDE })
    await page.getByRole('button', { name: 'Switch' }).click()
    await page.waitForURL(/\/portal\/inbox$/)
    await caption.filter({ hasText: RIVERSIDE }).waitFor()
    expect(await nav.textContent()).not.toContain('Members')
    await context.close()
  })
})

describe('pages', { timeout: 90_000 }, () => {
  it('threw no errors in any page', () => {
    expect(portal.pageErrors).toEqual([])
  })
})
