import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, BrowserContext } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const PLATFORM_ADMIN = { email: 'admin@heard.example', password: 'demo-admin-2026' }
const RIVERSIDE_ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const RIVERSIDE = 'Riverside University Hospitals NHS Foundation Trust'
const NORTHFIELD = 'Northfield and Ashby NHS Trust'

let server: TestServer
let browser: Browser
const contexts: Record<string, BrowserContext> = {}

const entitled = async () =>
  (
    await server.sql<{ name: string }[]>`
      select n.name from subscriber_entitlements e join service_nodes n on n.id = e.node_id
      join subscribers s on s.id = e.subscriber_id where s.name = ${RIVERSIDE} order by n.name`
  ).map((r) => r.name)

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  const portal = new PortalBrowser(browser, server.url)
  contexts.admin = (await portal.signedIn(PLATFORM_ADMIN)).context
  contexts.riverside = (await portal.signedIn(RIVERSIDE_ADMIN)).context
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('what a subscriber may cover', { timeout: 90_000 }, () => {
  it('is set by a platform admin, who may not narrow it below what the subscriber covers', async () => {
    const [row] = await server.sql<{ id: string }[]>`select id from subscribers where name = ${RIVERSIDE}`
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin/subscribers/${row!.id}`)
    await page.getByRole('heading', { name: 'What it may cover', level: 2 }).waitFor()
    await page
      .locator('#entitlement')
      .getByRole('button', { name: `Remove ${RIVERSIDE}` })
      .waitFor()

    await page.getByRole('searchbox', { name: 'Allow another service' }).fill('Northfield')
    await page
      .getByRole('search', { name: 'Allow another service' })
      .getByRole('button', { name: 'Search' })
      .click()
    await page.getByRole('button', { name: `Allow ${NORTHFIELD}` }).click()
    await page.getByRole('button', { name: 'Save what it may cover' }).click()
    await page.locator('main').getByRole('status').filter({ hasText: 'Saved: it may cover' }).waitFor()
    expect(await entitled()).toEqual([NORTHFIELD, RIVERSIDE])
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: `Remove ${RIVERSIDE}` }).click()
    await page.getByRole('button', { name: 'Save what it may cover' }).click()
    const refused = page.getByRole('alert').filter({ hasText: 'is covered now' })
    await refused.waitFor()
    expect(await refused.textContent()).toContain(`${RIVERSIDE} is covered now and would lie outside`)
    expect(await entitled()).toEqual([NORTHFIELD, RIVERSIDE])
    await page.close()
  })

  it('bounds the subscriber admin’s choice, who confirms before widgets lose services', async () => {
    const page = await contexts.riverside!.newPage()
    await page.goto(`${server.url}/portal/coverage`)
    const tree = page.getByRole('list', { name: 'What your organisation may cover' })
    await tree.getByLabel(NORTHFIELD, { exact: true }).waitFor()
    expect(await tree.getByLabel(RIVERSIDE, { exact: true }).isChecked()).toBe(true)
    expect(await tree.getByText('Eastmoor Ambulance Service NHS Trust').count()).toBe(0)

    // The search offers only what it may cover.
    const search = page.getByRole('search', { name: 'Search what your organisation may cover' })
    await search.getByRole('searchbox').fill('Eastmoor')
    await search.getByRole('button', { name: 'Search' }).click()
    // The count under the box, not the live region that announces the same words.
    await page.locator('p.secondary', { hasText: 'No services found' }).waitFor()
    await search.getByRole('searchbox').fill('Northfield')
    await search.getByRole('button', { name: 'Search' }).click()
    await page.getByRole('button', { name: `Cover ${NORTHFIELD}` }).waitFor()

    // A platform admin takes Northfield away while the page is open: choosing it is refused, by name.
    await server.sql`
      delete from subscriber_entitlements e using service_nodes n
      where n.id = e.node_id and n.name = ${NORTHFIELD}`
    // click, not check: the page unchecks the box again as soon as the refusal arrives, which
    // can be before check() looks at the state it set.
    await tree.getByLabel(NORTHFIELD, { exact: true }).click()
    await page
      .getByRole('alert')
      .filter({ hasText: `${NORTHFIELD} is not within what your organisation may cover.` })
      .waitFor()
    await expect.poll(() => tree.getByLabel(NORTHFIELD, { exact: true }).isChecked()).toBe(false)

    // Narrowing to the emergency department leaves the demo widget's hospital uncovered.
    await page.getByRole('button', { name: `Show the services within ${RIVERSIDE}` }).click()
    await page.getByRole('button', { name: 'Show the services within Riverside General Hospital' }).click()
    await tree.getByLabel(RIVERSIDE, { exact: true }).uncheck()
    await tree.getByLabel('Emergency Department', { exact: true }).check()
    const dependents = page.locator('#dependents')
    await dependents
      .getByText('The widget Riverside General Hospital website: Riverside General Hospital')
      .waitFor()
    const save = page.getByRole('button', { name: 'Save coverage' })
    expect(await save.isDisabled()).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await page.getByLabel('Remove these services from those widgets and alerts').check()
    await save.click()
    const saved = page.getByRole('status').filter({ hasText: 'Coverage saved' }).first()
    await saved.waitFor()
    expect(await saved.textContent()).toContain('were removed from alerts (1) and widgets (1)')
    const [widget] = await server.sql<{ n: number }[]>`
      select cardinality(node_ids) as n from widgets where name = 'Riverside General Hospital website'`
    expect(widget!.n).toBe(0)
    await page.close()
  })
})
