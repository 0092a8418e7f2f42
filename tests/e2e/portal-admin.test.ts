import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const PLATFORM_ADMIN = { email: 'admin@heard.example', password: 'demo-admin-2026' }
const RIVERSIDE_ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const NEW_ADMIN_EMAIL = 'lead@hillside.example'

const BAD_CSV = `code,name,kind,parent_code,postcode
HSX,Hillside Care Group,organisation,,HS1 1AA
HSX01,Hillside House,care_home,HSX,
`
const GOOD_CSV = `code,name,kind,parent_code,postcode
HSX,Hillside Care Group,organisation,,HS1 1AA
HSX01,Hillside House,site,HSX,
HSX01-W1,Rose Ward,ward,HSX01,
`

let server: TestServer
let browser: Browser
let portal: PortalBrowser
const contexts: Record<string, BrowserContext> = {}
let adminCookie = ''

/** On a 375 px wide phone the page itself never scrolls sideways (wide tables scroll in their box). */
async function fitsPhone(page: Page) {
  await page.setViewportSize({ width: 375, height: 800 })
  const width = await page.evaluate(() => document.documentElement.scrollWidth)
  await page.setViewportSize({ width: 1280, height: 900 })
  return width
}

async function billingOf(subscriberId: string) {
  const res = await fetch(`${server.url}/api/portal/admin/subscribers/${subscriberId}/billing`, {
    headers: { cookie: adminCookie },
  })
  expect(res.status).toBe(200)
  return (await res.json()) as { access: { level: string }; status: { code: string } }
}

const countNodes = async () =>
  Number((await server.sql<{ n: string }[]>`select count(*) as n from service_nodes`)[0]!.n)

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  const admin = await portal.signedIn(PLATFORM_ADMIN)
  contexts.admin = admin.context
  adminCookie = admin.cookie
  contexts.riverside = (await portal.signedIn(RIVERSIDE_ADMIN)).context
  // Seeding the demo is slow on a busy machine.
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the directory import', { timeout: 90_000 }, () => {
  it('lists the rows to fix with their line numbers and imports nothing from a bad file', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin`)
    await page.getByRole('heading', { name: 'Platform admin', level: 1 }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Admin')
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('link', { name: 'Service directory' }).click()
    await page.getByRole('heading', { name: 'Service directory', level: 1 }).waitFor()

    // Nothing chosen: the error summary takes focus.
    await page.getByRole('button', { name: 'Check file' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    expect(await page.title()).toMatch(/^Error: /)

    const before = await countNodes()
    await page.getByLabel('Or paste the file’s contents').fill(BAD_CSV)
    const preview = page.waitForResponse((r) => r.url().endsWith('/admin/directory/preview'))
    await page.getByRole('button', { name: 'Check file' }).click()
    expect((await preview).status()).toBe(200)
    const refused = page.getByRole('alert').filter({ hasText: '1 row to fix' })
    await refused.waitFor()
    const row = refused.getByRole('row').filter({ hasText: 'kind' })
    expect(await row.getByRole('cell').first().textContent()).toBe('3')
    expect(await refused.textContent()).toContain('Nothing was imported')
    expect(await page.getByRole('button', { name: 'Import', exact: true }).count()).toBe(0)
    expect(await countNodes()).toBe(before)
    expect(await server.sql`select 1 from service_nodes where external_code like 'HSX%'`).toHaveLength(0)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('checks a good file, then imports it and shows the counts', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin/directory`)
    await page.getByRole('heading', { name: 'Service directory', level: 1 }).waitFor()
    const before = await countNodes()
    await page.getByLabel('CSV file').setInputFiles({
      name: 'hillside.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GOOD_CSV),
    })
    await page.getByRole('button', { name: 'Check file' }).click()
    const counts = page.locator('#counts')
    await counts.waitFor()
    expect(await counts.textContent()).toBe(
      '3 services will be added and 0 will be changed (3 rows in the file).',
    )
    expect(await countNodes()).toBe(before)

    const imported = page.waitForResponse((r) => r.url().endsWith('/admin/directory/import'))
    await page.getByRole('button', { name: 'Import', exact: true }).click()
    expect((await imported).status()).toBe(200)
    await page.getByRole('heading', { name: 'Directory imported' }).waitFor()
    expect(await counts.textContent()).toBe('3 services added and 0 changed (3 rows in the file).')
    const rows = await server.sql<{ code: string }[]>`
      select external_code as code from service_nodes where external_code like 'HSX%' order by 1`
    expect(rows.map((r) => r.code)).toEqual(['HSX', 'HSX01', 'HSX01-W1'])
    expect(await countNodes()).toBe(before + 3)
    expect(await fitsPhone(page)).toBeLessThanOrEqual(375)
    await page.close()
  })
})

let createdId = ''

describe('subscribers', { timeout: 90_000 }, () => {
  it('creates a subscriber with coverage; a new admin address is sent an invitation', async () => {
    await server.sql`
      insert into subscribers (name, kind, public_interest_type)
      values ('Riverside Healthwatch', 'public_interest', 'healthwatch')`
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin/subscribers`)
    await page.getByRole('heading', { name: 'Subscribers', level: 1 }).waitFor()
    await page.getByRole('link', { name: /^Riverside University Hospitals/ }).waitFor()
    // Each subscriber's kind: a provider, or a public-interest body with its type.
    const kindOf = (name: RegExp) =>
      page
        .getByRole('row')
        .filter({ has: page.getByRole('link', { name }) })
        .getByRole('cell')
        .nth(1)
    expect(await kindOf(/^Riverside University Hospitals/).textContent()).toBe('Provider')
    expect(await kindOf(/^Riverside Healthwatch$/).textContent()).toBe(
      'Public-interest body: a local Healthwatch',
    )
    expect(await axeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Create subscriber' }).click()
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await problem.waitFor()
    expect(await problem.textContent()).toContain('Enter the organisation’s name')
    expect(await page.title()).toMatch(/^Error: /)

    await page.getByLabel('Organisation name').fill('Hillside Care Group')
    await page.getByRole('searchbox', { name: 'Find a service to cover' }).fill('Hillside Care')
    await page.getByRole('button', { name: 'Search', exact: true }).last().click()
    await page.getByRole('button', { name: 'Cover Hillside Care Group' }).click()
    await page
      .getByRole('list', { name: /^Chosen/ })
      .getByRole('button', { name: 'Remove Hillside Care Group' })
      .waitFor()
    await page.getByLabel('Admin’s email address').fill(NEW_ADMIN_EMAIL)
    const created = page.waitForResponse(
      (r) => r.url().endsWith('/api/portal/admin/subscribers') && r.request().method() === 'POST',
    )
    await page.getByRole('button', { name: 'Create subscriber' }).click()
    expect((await created).status()).toBe(201)
    const banner = page.locator('main').getByRole('status').filter({ hasText: 'Subscriber created' })
    await banner.waitFor()
    expect(await banner.textContent()).toContain('An invitation to be its admin was emailed')
    expect(await banner.textContent()).toContain('It covers 1 chosen service')
    const [row] = await server.sql<
      { id: string }[]
    >`select id from subscribers where name = 'Hillside Care Group'`
    createdId = row!.id
    await page.getByRole('table').getByRole('link', { name: 'Hillside Care Group' }).waitFor()

    await page.getByLabel('Search by name').fill('hillside')
    await page.getByRole('button', { name: 'Search', exact: true }).first().click()
    await page.waitForURL(/q=hillside/)
    await expect.poll(() => page.locator('#count').textContent()).toBe('1 subscriber matching “hillside”')

    await banner.getByRole('link', { name: 'Open Hillside Care Group' }).click()
    await page.getByRole('heading', { name: 'Hillside Care Group', level: 1 }).waitFor()
    await page.getByText(`${NEW_ADMIN_EMAIL}, admin:`).waitFor()
    await page.close()

    const guest = await portal.newContext()
    const mail = await guest.newPage()
    await mail.goto(`${server.url}/dev/mail`)
    const invitation = mail.getByRole('row').filter({ hasText: NEW_ADMIN_EMAIL })
    expect(await invitation.textContent()).toContain('You are invited to join Hillside Care Group')
    await invitation.getByRole('link').first().click()
    await mail.getByRole('link', { name: /accept-invitation/ }).click()
    await mail.getByRole('heading', { name: /^Join Hillside Care Group/, level: 1 }).waitFor()
    await guest.close()
  })

  it('records a manual subscription, which gives full use, and ends it after a confirmation', async () => {
    expect(createdId).not.toBe('')
    expect((await billingOf(createdId)).access.level).toBe('read_only')
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/admin/subscribers/${createdId}`)
    await page.getByRole('heading', { name: 'Hillside Care Group', level: 1 }).waitFor()
    const status = page.locator('#billing-status')
    await expect.poll(() => status.textContent()).toContain('Read-only')
    expect(await status.textContent()).toContain('Not set up on this server')
    await page.getByText('None recorded.').waitFor()
    expect(await axeViolations(page)).toEqual([])

    // An empty form is refused before it is sent.
    await page.getByRole('button', { name: 'Record subscription' }).click()
    const problem = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await problem.waitFor()
    expect(await problem.textContent()).toContain('Enter the last day of the subscription')

    const end = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)
    await page.getByLabel('Last day').fill(end)
    await page.getByLabel('Note').fill('Invoice INV-2031, paid by bank transfer')
    await page.getByRole('button', { name: 'Record subscription' }).click()
    const row = page.getByRole('row').filter({ hasText: 'Invoice INV-2031' })
    await row.getByText('Running').waitFor()
    await expect.poll(() => status.textContent()).toContain('Full use')
    expect(await billingOf(createdId)).toMatchObject({
      access: { level: 'full' },
      status: { code: 'manual' },
    })
    expect(await fitsPhone(page)).toBeLessThanOrEqual(375)

    await row.getByRole('button', { name: /^End now/ }).click()
    const confirm = page.getByRole('group', { name: /^Confirm ending/ })
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    expect((await billingOf(createdId)).access.level).toBe('full')
    await row.getByRole('button', { name: /^End now/ }).click()
    await confirm.getByRole('button', { name: 'Yes, end it now' }).click()
    await row.getByText('Ended').waitFor()
    await expect.poll(() => status.textContent()).toContain('Read-only')
    expect((await billingOf(createdId)).access.level).toBe('read_only')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('shows a subscriber admin the forbidden page, and no Admin item', async () => {
    const page = await contexts.riverside!.newPage()
    await page.goto(`${server.url}/portal/admin/subscribers`)
    await page.getByRole('heading', { name: 'You cannot open this page', level: 1 }).waitFor()
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).not.toContain('Admin')
    const res = await page.request.get(`${server.url}/api/portal/admin/subscribers`)
    expect(res.status()).toBe(403)
    await page.close()
  })
})

describe('pages', { timeout: 90_000 }, () => {
  it('threw no errors in any page', () => {
    expect(portal.pageErrors).toEqual([])
  })
})
