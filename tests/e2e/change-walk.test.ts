import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backgroundJobs } from '../../server/src/background.ts'
import { runDueJob } from '../../server/src/mail/jobs.ts'
import { FeedCache } from '../../server/src/stories/feed-cache.ts'
import { testConfig } from '../../server/test/app.ts'
import { createStory } from '../../server/test/fixtures.ts'
import { followToken } from '../../server/test/follow.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { launchChromium, showStories } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const ADMIN = { email: 'admin@riverside.example', password: 'riverside-admin-2026' }
const RESPONDER = { email: 'responder@riverside.example', password: 'riverside-responder-2026' }
const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026' }
const TITLE = 'Nobody could tell us when the night doctor would come'
const PLANNED = 'A board by each bed will say who the night doctor is and when they will call.'
const MADE = 'Every bed in the department now has a board naming the night doctor.'

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
  contexts.moderator = (await portal.signedIn(MODERATOR)).context
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

/**
 * The moderator opens the waiting response (which claims it) and publishes it, or the change
 * claim alone that waits beside a published response.
 */
async function moderatorPublishes(responseId: string, summary: string, what: 'response' | 'change') {
  const page = await contexts.moderator!.newPage()
  await page.goto(`${server.url}/portal/moderation/responses/${responseId}`)
  await page.getByText(summary).waitFor()
  await page.getByLabel('Publish', { exact: true }).check()
  await page.getByRole('button', { name: `Publish the ${what}` }).click()
  await page
    .locator('#done', { hasText: what === 'change' ? 'Change published' : 'Response published' })
    .waitFor()
  await page.close()
}

/** What the widget says about the story's responders, showing the story's own service. */
async function widgetChanges(page: Page, serviceId: string) {
  await page.goto(`${server.url}/examples/plain/`)
  const widget = page.locator('heard-stories')
  await widget.evaluate((w, id) => w.setAttribute('service', id), serviceId)
  await showStories(page)
  await widget.locator('li[part="story"]', { hasText: TITLE }).waitFor()
  return widget.locator('li[part="story"]', { hasText: TITLE }).locator('[part="change"]').allTextContents()
}

const authorMail = async (storyId: string) =>
  (
    await server.sql<{ template: string }[]>`
      select template from outbox where story_id = ${storyId} and kind = 'mail' order by created_at`
  ).map((r) => r.template)

async function respondWithPlannedChange(page: Page) {
  await page
    .getByLabel('Write a public response')
    .fill(
      'Thank you for telling us about your night in the department. I am the matron and I am sorry nobody could tell you when the doctor would come. Please call the department on 01632 960 111 so that we can talk.',
    )
  await page.getByLabel('Your job title').fill('Matron, Emergency Department')
  await page.locator('heard-response-coach [data-testid="coach"]').waitFor()
  await page.getByLabel('A change is planned').check()
  await page.getByLabel('What will change, or what changed').fill(PLANNED)
  await page.getByLabel('Expected by (month)').fill('2099-03')
  await page.getByRole('button', { name: 'Send response' }).click()
  await page.locator('#outcome', { hasText: 'Your response is waiting for a moderator' }).waitFor()
}

describe('a change followed through (issue 12, "Done when")', { timeout: 180_000 }, () => {
  it('routes, mails, notes, responds with a planned change, publishes, marks it made, and tells everyone', async () => {
    // Routing rule: the emergency department goes to the responder.
    const admin = await contexts.admin!.newPage()
    await admin.goto(`${server.url}/portal/inbox/settings`)
    await admin.getByRole('heading', { name: 'Inbox settings', level: 1 }).waitFor()
    const service = admin.getByLabel('Service')
    await expect.poll(() => service.locator('option').count(), { timeout: 8000 }).toBeGreaterThan(1)
    const ed = await service
      .locator('option', { hasText: /Emergency/ })
      .first()
      .getAttribute('value')
    await service.selectOption(ed!)
    await admin.getByLabel('Member').selectOption({ label: 'Riley (Riverside responder)' })
    await admin.getByRole('button', { name: 'Add rule' }).click()
    await admin.locator('#routing-rules', { hasText: 'Riley (Riverside responder)' }).waitFor()

    // A story is published: auto-assigned, and the assignee gets mail.
    const storyId = await createStory(server.sql, [ed!], 'published', {
      title: TITLE,
      email: 'author@example.org',
    })
    await server.sql`delete from outbox where story_id = ${storyId}`
    await runJobs()
    const assigned = await server.sql`
      select 1 from outbox where template = 'inbox_assigned' and to_address = ${RESPONDER.email} and subject like ${`%${TITLE}%`}`
    expect(assigned).toHaveLength(1)

    // The assignee writes an internal note, then responds with a planned change.
    const page = await contexts.responder!.newPage()
    await page.goto(`${server.url}/portal/inbox/stories/${storyId}`)
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    const workflow = page.locator('heard-story-workflow')
    await workflow.locator('#workflow-state', { hasText: 'Riley (Riverside responder)' }).waitFor()
    await workflow.getByLabel('Add a note').fill('Spoke to the night team about the boards')
    await workflow.getByRole('button', { name: 'Add note' }).click()
    await workflow.locator('.note', { hasText: 'boards' }).waitFor()
    await respondWithPlannedChange(page)
    expect(await axeViolations(page)).toEqual([])
    const [response] = await server.sql<
      { id: string }[]
    >`select id from responses where story_id = ${storyId}`

    // The moderator publishes it; the public page shows the planned change, and the author is told.
    await moderatorPublishes(response!.id, PLANNED, 'response')
    const planned = await (await fetch(`${server.url}/stories/${storyId}`)).text()
    expect(planned).toContain('Change planned, expected by March 2099')
    expect(await authorMail(storyId)).toContain('author_change_planned')

    // Months later (past the 30 minutes of editing) the responder marks it made.
    await server.sql`update responses set published_at = now() - interval '60 days' where id = ${response!.id}`
    await page.reload()
    await page.getByText('Mark the change made').click()
    await page.getByLabel('What will change, or what changed').fill(MADE)
    await page.getByRole('button', { name: 'Send to the moderator' }).click()
    await page.locator('#outcome', { hasText: 'Your change is waiting for a moderator' }).waitFor()
    // While the moderator has not checked it, the response stays public with its planned change.
    const waiting = await (await fetch(`${server.url}/stories/${storyId}`)).text()
    expect(waiting).toContain('Change planned, expected by March 2099')
    expect(waiting).not.toContain(MADE)
    await moderatorPublishes(response!.id, MADE, 'change')

    // The public page, the public API (what the widget reads), and the author's follow page show it.
    const month = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric' }).format(new Date())
    const publicPage = await (await fetch(`${server.url}/stories/${storyId}`)).text()
    expect(publicPage).toContain(`Change made, ${month}`)
    expect(publicPage).toContain(MADE)
    expect(publicPage).not.toContain('night team about the boards')
    const api = await (await fetch(`${server.url}/api/v1/stories/${storyId}`)).json()
    expect(api.responses[0].change).toMatchObject({ status: 'made', summary: MADE, expectedBy: '2099-03' })
    const follow = await contexts.admin!.newPage()
    await follow.goto(`${server.url}/follow/${await followToken(server.sql, storyId)}`)
    await follow.getByText(`Change made, ${month}`).waitFor()
    expect(await follow.content()).toContain(MADE)
    expect(await widgetChanges(follow, ed!)).toEqual([`Change made, ${month}: ${MADE}`])
    expect(await authorMail(storyId)).toEqual(
      expect.arrayContaining(['author_change_planned', 'author_change_made']),
    )
    expect(portal.pageErrors).toEqual([])
  })
})
