import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backgroundJobs } from '../../server/src/background.ts'
import { runDueJob } from '../../server/src/mail/jobs.ts'
import { FeedCache } from '../../server/src/stories/feed-cache.ts'
import { testConfig } from '../../server/test/app.ts'
import { createStory } from '../../server/test/fixtures.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium } from './browser.ts'
import type { Browser, BrowserContext } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const RESPONDER = { email: 'responder@riverside.example', password: 'riverside-responder-2026' }
const TITLE = 'The night staff on the emergency department were wonderful'

let server: TestServer
let browser: Browser
let portal: PortalBrowser
const contexts: Record<string, BrowserContext> = {}

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  contexts.admin = (await portal.signedIn(ADMIN)).context
  contexts.responder = (await portal.signedIn(RESPONDER)).context
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

/** Runs every due background job now, as the worker would. */
async function runJobs() {
  const jobs = backgroundJobs({ config: testConfig({ PUBLIC_URL: server.url }), feedCache: new FeedCache(0) })
  while (await runDueJob(server.sql, jobs, new Date()));
}

describe('the inbox workflow', { timeout: 120_000 }, () => {
  it('routes a new story to the responder, who is emailed, keeps notes, and filters by assignee and overdue', async () => {
    // An admin sets a routing rule for the emergency department.
    const admin = await contexts.admin!.newPage()
    await admin.goto(`${server.url}/portal/inbox/settings`)
    await admin.getByRole('heading', { name: 'Inbox settings', level: 1 }).waitFor()
    const ed = admin.getByLabel('Service')
    await expect.poll(() => ed.locator('option').count()).toBeGreaterThan(1)
    const edOption = await ed
      .locator('option', { hasText: /Emergency/ })
      .first()
      .getAttribute('value')
    await ed.selectOption(edOption!)
    await admin.getByLabel('Member').selectOption({ label: 'Riley (Riverside responder)' })
    await admin.getByRole('button', { name: 'Add rule' }).click()
    await admin.locator('#routing-rules', { hasText: 'Riley (Riverside responder)' }).waitFor()
    expect(await axeViolations(admin)).toEqual([])

    // A story about it is published: the rule assigns it and the responder gets mail.
    const storyId = await createStory(server.sql, [edOption!], 'published', { title: TITLE })
    await runJobs()
    const [mail] = await server.sql<{ subject: string; textBody: string }[]>`
      select subject, text_body from outbox where template = 'inbox_assigned' and to_address = ${RESPONDER.email}`
    expect(mail!.subject).toContain(TITLE)
    expect(mail!.textBody).toContain(`/portal/subscribers/`)

    // The responder finds it under "Assigned to: Me", opens it and writes a note.
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/inbox`)
    await page.getByLabel('Assigned to').selectOption('me')
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/assignee=me/)
    const item = page.locator('li.story', { hasText: TITLE })
    await item.waitFor()
    await expect.poll(() => item.textContent()).toContain('Unread')
    await item.getByRole('link', { name: TITLE }).click()
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    const workflow = page.locator('heard-story-workflow')
    await workflow.locator('#workflow-state', { hasText: 'Riley (Riverside responder)' }).waitFor()
    await workflow.getByLabel('Add a note').fill('Asked the night sister <b>to</b> thank the team')
    await workflow.getByRole('button', { name: 'Add note' }).click()
    await workflow.locator('.note', { hasText: 'Asked the night sister <b>to</b> thank the team' }).waitFor()
    expect(await axeViolations(page)).toEqual([])
    const publicPage = await (await fetch(`${server.url}/stories/${storyId}`)).text()
    expect(publicPage).not.toContain('night sister')

    // The admin takes it over from the story page.
    await admin.goto(`${server.url}/portal/inbox/stories/${storyId}`)
    const adminWorkflow = admin.locator('heard-story-workflow')
    await adminWorkflow.getByRole('button', { name: 'Take it' }).click()
    await adminWorkflow.locator('#workflow-state', { hasText: 'Jordan (Riverside admin)' }).waitFor()
    await adminWorkflow.locator('.note', { hasText: 'night sister' }).waitFor()

    // Overdue stories come first and can be filtered.
    await page.goto(`${server.url}/portal/inbox`)
    await page.getByLabel('Overdue only').check()
    await page.getByRole('button', { name: 'Apply' }).click()
    await page.waitForURL(/overdue=true/)
    await expect.poll(() => page.locator('#counts').textContent()).toMatch(/overdue/)
    // The demo inbox has a few overdue stories among many that are not: wait for the filtered list.
    const marks = () =>
      page.locator('li.story').evaluateAll((items) => items.map((i) => i.classList.contains('overdue')))
    const allOverdue = async () => {
      const m = await marks()
      return m.length > 0 && m.every(Boolean)
    }
    await expect.poll(allOverdue).toBe(true)
    await expect.poll(() => page.locator('li.story', { hasText: TITLE }).count()).toBe(0)
    expect(portal.pageErrors).toEqual([])
  })
})
