import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { createUser, findUserByEmail } from '../../server/src/users/queries.ts'
import { launchChromium, showStories } from './browser.ts'
import type { Browser, BrowserContext } from './browser.ts'

const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026', name: 'Sam Moderator' }
const AUTHOR_EMAIL = 'journey.author@example.com'

let server: TestServer
let browser: Browser
let context: BrowserContext
const pageErrors: string[] = []

beforeAll(async () => {
  server = await startTestServer()
  if (!(await findUserByEmail(server.sql, MODERATOR.email))) {
    await createUser(server.sql, { ...MODERATOR, platformRole: 'moderator' })
  }
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.setDefaultTimeout(10_000)
  context.on('page', (p) => p.on('pageerror', (e) => pageErrors.push(e.message)))
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('a story from the widget to its author, through moderation', () => {
  it('is told in the widget, published in the portal, shown in the widget and followed by its author', async () => {
    const title = `Calm and kind at night ${Date.now()}`
    const body =
      'The night staff on the ward were calm and kind. Nurse Jenny sat with my mother when she could not sleep and explained everything.'

    // 1. The author tells the story on the example hospital page.
    const hospital = await context.newPage()
    await hospital.goto(`${server.url}/examples/hospital/`)
    const widget = hospital.locator('heard-stories').first()
    await showStories(hospital, widget)
    await widget.locator('#tell').click()
    await widget.locator('input[name="tags.good"]').first().waitFor()
    await widget.locator('#title').fill(title)
    await widget.locator('#body').fill(body)
    await widget.locator('#authorRole').check()
    await widget.locator('#nickname').fill('Grateful daughter')
    await widget.locator('#email').fill(AUTHOR_EMAIL)
    await widget.locator('#agree').check()
    await widget.getByRole('button', { name: 'Send' }).click()
    await widget.getByText('Thank you. Your story has been sent').waitFor()
    const [story] = await server.sql<{ id: string; nodeId: string }[]>`
      select s.id, n.node_id from stories s join story_nodes n on n.story_id = s.id
      where s.title = ${title} order by n.position limit 1`
    expect(story).toBeDefined()

    // 2. A moderator finds it in the queue, claims it, redacts the name, rates it and publishes it.
    const portal = await context.newPage()
    await portal.goto(`${server.url}/portal/moderation?serviceId=${story!.nodeId}&route=widget`)
    await portal.getByLabel('Email address').fill(MODERATOR.email)
    await portal.getByLabel('Password').fill(MODERATOR.password)
    await portal.getByRole('button', { name: 'Sign in' }).click()
    await portal.getByRole('button', { name: `Claim and open: ${title}` }).click()
    await portal.getByRole('heading', { name: 'Review story', level: 1 }).waitFor()
    await portal.getByRole('button', { name: 'Edit the text' }).click()
    await portal.locator('#edit-body').fill(body.replace('Nurse Jenny', 'A nurse'))
    await portal.getByLabel('Reason for the change').fill('A first name is fine, but not with a title')
    await portal.getByRole('button', { name: 'Save changes' }).click()
    await portal.locator('heard-diff del').filter({ hasText: 'Nurse Jenny' }).waitFor()
    await portal.getByLabel('0 not critical').check()
    await portal.getByLabel('Publish', { exact: true }).check()
    await portal.getByRole('button', { name: 'Publish the story' }).click()
    await portal.getByRole('heading', { name: 'Story published' }).waitFor()

    // 3. The widget shows it to the next visitor. (A new context: the author's own browser may show
    // the list it already has while it revalidates, as the feed's stale-while-revalidate allows.)
    const reader = await browser.newContext()
    const readerPage = await reader.newPage()
    await readerPage.goto(`${server.url}/examples/hospital/`)
    const readerWidget = readerPage.locator('heard-stories').first()
    await showStories(readerPage, readerWidget)
    expect(await readerWidget.locator('li[part="story"] h3').first().textContent()).toContain(title)
    await reader.close()

    // 4. The author follows the link in the email that says it is published.
    const mail = await context.newPage()
    await mail.goto(`${server.url}/dev/mail`)
    await mail
      .getByRole('row')
      .filter({ hasText: AUTHOR_EMAIL })
      .getByRole('link', { name: 'Your story has been published' })
      .click()
    await mail.getByRole('link', { name: /\/follow\// }).click()
    await mail.getByRole('heading', { name: 'Your story', level: 1 }).waitFor()
    expect(await mail.getByRole('status').textContent()).toMatch(/Your story was published on/)
    expect(await mail.textContent('body')).toContain(title)
    expect(await mail.textContent('body')).not.toContain('Nurse Jenny')
    expect(pageErrors).toEqual([])
  }, 90_000)
})
