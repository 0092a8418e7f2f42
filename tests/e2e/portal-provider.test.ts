import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, BrowserContext } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const RESPONDER = { email: 'responder@riverside.example', password: 'riverside-responder-2026' }

let server: TestServer
let browser: Browser
let portal: PortalBrowser
const contexts: Record<string, BrowserContext> = {}

let responderCookie = ''

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  const admin = await portal.signedIn(ADMIN)
  contexts.admin = admin.context
  const responder = await portal.signedIn(RESPONDER)
  contexts.responder = responder.context
  responderCookie = responder.cookie
  // Seeding the demo is slow on a busy machine.
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('the inbox', { timeout: 90_000 }, () => {
  it('lists covered stories newest first, with filters and search in the URL, counts and a CSV export', async () => {
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/inbox`)
    await page.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor()
    const counts = page.locator('#counts')
    await counts.waitFor()
    const allText = (await counts.textContent())!
    const all = Number(allText.match(/(\d+) stor/)![1])
    expect(all).toBeGreaterThan(0)
    // Overdue stories first (longest overdue first), then the rest newest first.
    const items = await page.locator('ol.stories > li').evaluateAll((els) =>
      els.map((e) => {
        const [published, due] = [...e.querySelectorAll('.meta time')].map((t) => t.getAttribute('datetime')!)
        return { overdue: e.classList.contains('overdue'), published: published!, due: due! }
      }),
    )
    expect(items.length).toBeGreaterThan(1)
    const overdue = items.filter((i) => i.overdue)
    expect(items.slice(0, overdue.length)).toEqual(overdue)
    expect(overdue.map((i) => i.due)).toEqual(overdue.map((i) => i.due).sort())
    const rest = items.slice(overdue.length).map((i) => i.published)
    expect([...rest].sort().reverse()).toEqual(rest)

    await page.getByLabel('Not responded to yet').check()
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/responded=false/)
    await expect.poll(() => counts.textContent()).not.toBe(allText)
    const unresponded = await counts.textContent()
    const [, total, without] = unresponded!.match(/(\d+) stor\w+, (\d+) without/)!
    expect(total).toBe(without)
    expect(Number(total)).toBeLessThan(all)

    const exportHref = await page
      .getByRole('link', { name: /Download these stories as CSV/ })
      .getAttribute('href')
    expect(exportHref).toContain('/inbox/export?responded=false')
    const csv = await fetch(`${server.url}${exportHref}`, { headers: { cookie: responderCookie } })
    expect(csv.status).toBe(200)
    expect(csv.headers.get('content-type')).toContain('text/csv')
    expect((await csv.text()).split('\n')[0]).toContain('story_id')

    await page.getByLabel('Search the stories').fill('zzzz-no-such-word')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/q=zzzz-no-such-word/)
    await expect.poll(() => counts.textContent()).toContain('No stories match these filters')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('stories held before publication', { timeout: 90_000 }, () => {
  it('are shown above the inbox so the provider can read them ahead of their date', async () => {
    const held = await server.sql<{ title: string; heldUntil: Date }[]>`
      select s.title, s.held_until from stories s
      where s.status = 'held' and exists (
        select from story_nodes sn
        join service_closure c on c.descendant_id = sn.node_id
        join subscriber_coverage cov on cov.node_id = c.ancestor_id
        join memberships m on m.subscriber_id = cov.subscriber_id
        join users u on u.id = m.user_id
        where sn.story_id = s.id and u.email = ${RESPONDER.email})
      order by s.held_until, s.id`
    expect(held.length).toBeGreaterThan(0)
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/inbox`)
    const section = page.getByRole('region', { name: /Held before publication/ })
    await section.waitFor()
    expect(await section.getByRole('listitem').count()).toBe(held.length)
    await section.getByText(held[0]!.title).click()
    await section.locator('details[open] .story-body').waitFor()
    expect(await section.locator('details[open] time').getAttribute('datetime')).toBe(
      held[0]!.heldUntil.toISOString(),
    )
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

let answeredStoryId = ''

describe('the story page', { timeout: 90_000 }, () => {
  it('lets a responder answer a story; the response is published or waits for a moderator', async () => {
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/inbox?responded=false`)
    const first = page.locator('ol.stories h3 a').first()
    await first.waitFor()
    const title = (await first.textContent())!.trim()
    await first.click()
    await page.getByRole('heading', { name: title, level: 1 }).waitFor()
    answeredStoryId = page.url().split('/').pop()!
    expect(await axeViolations(page)).toEqual([])

    // A response that is too short is refused with the GOV.UK error summary.
    await page.getByLabel('Write a public response').fill('Too short')
    await page.getByLabel('Your job title').fill('Ward Manager')
    await page.getByRole('button', { name: 'Send response' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()

    const body = 'Thank you for telling us about your visit. We have shared your story with the whole team.'
    await page.getByLabel('Write a public response').fill(body)
    await page.getByRole('button', { name: 'Send response' }).click()
    const outcome = page.locator('#outcome')
    await outcome.waitFor()
    const [row] = await server.sql<{ status: string }[]>`
      select status from responses where story_id = ${answeredStoryId} and body = ${body}`
    expect(row).toBeDefined()
    if (row!.status === 'published') {
      expect(await outcome.textContent()).toContain('published')
      const pub = await fetch(`${server.url}/stories/${answeredStoryId}`)
      expect(await pub.text()).toContain('shared your story with the whole team')
    } else {
      expect(row!.status).toBe('pending')
      expect(await outcome.textContent()).toContain('waiting for a moderator')
    }
    await page.getByRole('listitem').filter({ hasText: body }).waitFor()
    await page.close()
  })
})

const NEW_RESPONDER = {
  email: 'new.responder@riverside.example',
  name: 'Morgan Lee',
  password: 'morgan-lee-responder-2026',
}

describe('the members page', { timeout: 90_000 }, () => {
  it('refuses to demote the last active admin, with a clear message', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/members`)
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    const row = page.getByRole('row').filter({ hasText: ADMIN.email })
    await row.getByRole('combobox').selectOption('viewer')
    await row.getByRole('button', { name: /Change role/ }).click()
    const alert = page.getByRole('alert').filter({ hasText: 'That change was not made' })
    await alert.waitFor()
    expect(await alert.textContent()).toContain('at least one active admin')
    const [admin] = await server.sql<{ role: string }[]>`
      select m.role from memberships m join users u on u.id = m.user_id where u.email = ${ADMIN.email}`
    expect(admin!.role).toBe('admin')
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })

  it('invites a responder, who accepts through the emailed link and lands in the inbox', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/members`)
    await page.getByRole('heading', { name: 'Members', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    expect(await page.title()).toMatch(/^Error: /)

    await page.getByLabel('Email address').fill(NEW_RESPONDER.email)
    await page.getByLabel('Responder', { exact: true }).check()
    await page.getByRole('button', { name: 'Send invitation' }).click()
    await page
      .locator('main')
      .getByRole('status')
      .filter({ hasText: `An invitation was emailed to ${NEW_RESPONDER.email}` })
      .waitFor()
    await page.getByRole('row').filter({ hasText: NEW_RESPONDER.email }).waitFor()
    await page.close()

    const guest = await portal.newContext()
    const mail = await guest.newPage()
    await mail.goto(`${server.url}/dev/mail`)
    await mail.getByRole('row').filter({ hasText: NEW_RESPONDER.email }).getByRole('link').first().click()
    await mail.getByRole('link', { name: /accept-invitation/ }).click()
    await mail.getByRole('heading', { name: /^Join /, level: 1 }).waitFor()
    expect(await axeViolations(mail)).toEqual([])
    await mail.getByLabel('Your name').fill(NEW_RESPONDER.name)
    await mail.getByLabel('Choose a password').fill(NEW_RESPONDER.password)
    await mail.getByLabel('Type the password again').fill(NEW_RESPONDER.password)
    await mail.getByRole('button', { name: 'Accept invitation' }).click()
    await mail.getByRole('heading', { name: 'Inbox', level: 1 }).waitFor()
    expect(await mail.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Inbox')
    expect(await mail.getByRole('navigation', { name: 'Main' }).textContent()).not.toContain('Members')
    await guest.close()
  })
})

describe('coverage and widgets', { timeout: 90_000 }, () => {
  it('previews covered services before and after, and saves the new coverage', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/coverage`)
    await page.getByRole('heading', { name: 'Coverage', level: 1 }).waitFor()
    const totals = page.locator('#totals')
    await totals.waitFor()
    const before = (await totals.textContent())!.trim()
    const [, n] = before.match(/^(\d+) → \1$/)!
    // Billed per service within coverage, subtrees included.
    const within = async (name: string) =>
      (
        await server.sql<{ n: number }[]>`
          select count(*)::int as n from service_closure c join service_nodes a on a.id = c.ancestor_id
          where a.name = ${name}`
      )[0]!.n
    expect(Number(n)).toBe(await within('Riverside University Hospitals NHS Foundation Trust'))
    const hospital = await within('Riverside General Hospital')
    expect(hospital).toBeGreaterThan(1)
    // Open the covered trust, uncover it, then cover one hospital within it instead.
    await page.getByRole('button', { name: /^Show the services within Riverside University/ }).click()
    await page.getByLabel('Riverside University Hospitals NHS Foundation Trust', { exact: true }).uncheck()
    await expect.poll(() => totals.textContent()).toMatch(new RegExp(`^${n} → 0$`))
    await page.getByLabel('Riverside General Hospital', { exact: true }).check()
    await expect.poll(() => totals.textContent()).toMatch(new RegExp(`^${n} → ${hospital}$`))
    expect(await axeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Save coverage' }).click()
    await page.getByRole('status').filter({ hasText: 'Coverage saved' }).first().waitFor()
    const covered = await server.sql<{ name: string }[]>`
      select n.name from subscriber_coverage c join service_nodes n on n.id = c.node_id
      join subscribers s on s.id = c.subscriber_id where s.name like 'Riverside%'`
    expect(covered.map((r) => r.name)).toEqual(['Riverside General Hospital'])
    await page.close()
  })

  it('builds a widget and shows it in the live preview with a pinned snippet', async () => {
    const page = await contexts.admin!.newPage()
    await page.goto(`${server.url}/portal/widgets`)
    await page.getByRole('heading', { name: 'Widgets', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Create widget' }).click()
    await page.getByRole('alert').filter({ hasText: 'There is a problem' }).waitFor()
    await page.getByLabel('Name').fill('Ward page')
    await page.locator('input[name=serviceIds]').first().check()
    await page.getByLabel('Number of stories').fill('3')
    await page.getByLabel('Sites allowed to host it').fill('https://www.riverside.example/wards/7')
    await page.getByRole('button', { name: 'Create widget' }).click()
    await page.getByRole('heading', { name: 'Edit “Ward page”' }).waitFor()
    const manifest = (await (await fetch(`${server.url}/widget/v1/manifest.json`)).json()) as {
      integrity: string
    }
    const snippet = await page.locator('#snippet').inputValue()
    expect(snippet).toContain(`integrity="${manifest.integrity}"`)
    expect(snippet).toMatch(
      /<heard-stories widget="[0-9a-f-]{36}">\n {2}<a href="http[^"]+\/services\/[0-9a-f-]{36}">Read patient stories about [^<]+ on Heard<\/a>\n<\/heard-stories>/,
    )
    const preview = page.locator('.preview heard-stories')
    await preview.scrollIntoViewIfNeeded()
    await preview.locator('li[part="story"]').first().waitFor()
    const [saved] = await server.sql<{ origins: string[] }[]>`
      select allowed_origins as origins from widgets where name = 'Ward page'`
    expect(saved!.origins).toEqual(['https://www.riverside.example'])
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('the dashboard', { timeout: 90_000 }, () => {
  it('shows the positive share by month in a chart with a data table', async () => {
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/dashboard`)
    await page.getByRole('heading', { name: 'Dashboard', level: 1 }).waitFor()
    const table = page.getByRole('table', { name: 'Share of positive stories per month' })
    await table.waitFor()
    const rows = await table.locator('tbody tr').count()
    expect(rows).toBe(12)
    const shares = await table.locator('tbody td').allTextContents()
    expect(shares.some((v) => /^\d+(\.\d)?%$/.test(v))).toBe(true)
    expect(await page.locator('#positive-chart svg circle').count()).toBeGreaterThan(0)
    expect(await axeViolations(page)).toEqual([])
    await page.close()
  })
})

describe('pages', { timeout: 90_000 }, () => {
  it('threw no errors in any page', () => {
    expect(portal.pageErrors).toEqual([])
  })
})
