import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { focused, launchChromium } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'
import { axeViolations, fitsWidth, PortalBrowser } from './portal-session.ts'

const PLATFORM_ADMIN = { email: 'admin@heard.example', password: 'demo-admin-2026' }
const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026' }
const RIVERSIDE_ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
/** Where screenshots go when SHOTS is set, to look at by eye. */
const SHOTS = process.env.SHOTS

let server: TestServer
let browser: Browser
let portal: PortalBrowser
const contexts: Record<string, BrowserContext> = {}

/** The page fits a 375 px phone and a 1280 px screen without scrolling sideways. */
async function fitsBoth(page: Page, name: string) {
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 })
    if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true })
    expect(await fitsWidth(page), `${name} at ${width} px`).toBe(true)
  }
}

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  contexts.admin = (await portal.signedIn(PLATFORM_ADMIN)).context
  contexts.moderator = (await portal.signedIn(MODERATOR)).context
  contexts.riverside = (await portal.signedIn(RIVERSIDE_ADMIN)).context
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the moderation pages', { timeout: 120_000 }, () => {
  it('lets a moderator add, change, reorder and retire reject reasons, refusing an empty one', async () => {
    const page = await contexts.moderator!.newPage()
    await page.goto(`${server.url}/portal/moderation/reject-reasons`)
    await page.getByRole('heading', { name: 'Reject reasons', level: 1 }).waitFor()
    await page.getByRole('heading', { name: 'Add a reason' }).waitFor()

    // Refused: nothing typed. The error summary takes focus and names both fields.
    await page.getByRole('button', { name: 'Add a reason' }).click()
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    expect(await summary.textContent()).toContain('Enter a name for the reason')
    expect(await page.title()).toMatch(/^Error: /)
    expect(await axeViolations(page)).toEqual([])

    const add = async (label: string, text: string) => {
      await page.getByLabel('Name', { exact: true }).fill(label)
      await page.getByLabel('Text sent to the author').fill(text)
      await page.getByRole('button', { name: 'Add a reason' }).click()
      await page.getByRole('list', { name: 'Reject reasons' }).locator('strong', { hasText: label }).waitFor()
    }
    await add('Test: names a person', 'Your story named a member of staff <b>by name</b>.')
    await add('Test: not about care', 'Your story was not about care.')
    expect(await focused(page)).toMatchObject({ id: 'add-label' })
    // Untrusted-looking text is shown as text.
    expect(await page.getByText('by name</b>', { exact: false }).count()).toBe(1)

    const items = page.getByRole('list', { name: 'Reject reasons' }).locator('li')
    const labels = async () =>
      (await items.locator('strong').allTextContents()).filter((l) => l.startsWith('Test:'))
    expect(await labels()).toEqual(['Test: names a person', 'Test: not about care'])
    await page.getByRole('button', { name: 'Move up Test: not about care' }).click()
    await expect.poll(labels).toEqual(['Test: not about care', 'Test: names a person'])

    await page.getByRole('button', { name: 'Change Test: names a person' }).click()
    expect(await focused(page)).toMatchObject({ id: 'edit-label' })
    await page.locator('#edit-label').fill('Test: names someone')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.locator('strong', { hasText: 'Test: names someone' }).waitFor()

    await page.getByRole('button', { name: 'Retire Test: names someone' }).click()
    await page.getByRole('button', { name: 'Bring back Test: names someone' }).waitFor()
    const res = await page.request.get(`${server.url}/api/portal/moderation/reject-reasons`)
    const { reasons } = (await res.json()) as { reasons: { label: string }[] }
    expect(reasons.map((r) => r.label)).toContain('Test: not about care')
    expect(reasons.map((r) => r.label)).not.toContain('Test: names someone')
    expect(await axeViolations(page)).toEqual([])
    await fitsBoth(page, 'reject-reasons')
    await page.close()
  })

  it('shows platform staff the moderation figures and refuses a subscriber', async () => {
    const page = await contexts.moderator!.newPage()
    await page.goto(`${server.url}/portal/moderation/dashboard`)
    await page.getByRole('heading', { name: 'Moderation dashboard', level: 1 }).waitFor()
    const weekly = page.getByRole('table', { name: 'Stories each week' })
    await weekly.waitFor()
    expect(await weekly.locator('tbody tr').count()).toBe(13) // 12 weeks and the total
    await page.getByText('90th percentile wait').waitFor()
    await page.getByText('Open safeguarding escalations').waitFor()
    await page.getByRole('heading', { name: 'Moderators' }).waitFor()
    await page.getByLabel('Period').selectOption('4')
    await page.getByRole('button', { name: 'Show' }).click()
    await expect.poll(() => weekly.locator('tbody tr').count()).toBe(5)
    expect(await axeViolations(page)).toEqual([])
    await fitsBoth(page, 'moderation-dashboard')
    await page.close()

    const refused = await contexts.riverside!.newPage()
    await refused.goto(`${server.url}/portal/moderation/dashboard`)
    await refused.getByRole('heading', { name: 'You cannot open this page' }).waitFor()
    await refused.close()
  })

  it('lets a platform admin mark safeguarding moderators and refuses a moderator', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin`)
    await page.getByRole('link', { name: 'Safeguarding moderators' }).click()
    await page.getByRole('heading', { name: 'Safeguarding moderators', level: 1 }).waitFor()
    const box = page.getByRole('checkbox', { name: /^Sam \(demo moderator\) is a safeguarding moderator/ })
    expect(await box.isChecked()).toBe(false)
    const saved = page.waitForResponse((r) => r.request().method() === 'PATCH')
    await box.check()
    expect((await saved).status()).toBe(200)
    await expect.poll(() => box.isChecked()).toBe(true)
    const res = await page.request.get(`${server.url}/api/portal/admin/staff`)
    const { staff } = (await res.json()) as { staff: { email: string; safeguarding: boolean }[] }
    expect(staff.find((s) => s.email === MODERATOR.email)?.safeguarding).toBe(true)
    expect(await axeViolations(page)).toEqual([])
    await fitsBoth(page, 'admin-staff')
    // On a phone the rows stack: the table's own box does not scroll sideways either.
    await page.setViewportSize({ width: 375, height: 900 })
    const wrap = page.locator('heard-admin-staff-page .table-wrap')
    expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
    await page.close()

    const refused = await contexts.moderator!.newPage()
    await refused.goto(`${server.url}/portal/admin/staff`)
    await refused.getByRole('heading', { name: 'You cannot open this page' }).waitFor()
    const api = await refused.request.get(`${server.url}/api/portal/admin/staff`)
    expect(api.status()).toBe(403)
    await refused.close()
  })
})
