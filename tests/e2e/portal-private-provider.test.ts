import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser } from '../../server/src/users/queries.ts'
import { startTestServer, type TestServer } from '../../server/test/harness.ts'
import { createStory } from '../../server/test/fixtures.ts'
import { moderatorPublishes, providerLinks } from '../../server/test/provider-review.ts'
import { createTestSubscriber } from '../../server/test/subscribers.ts'
import { launchChromium, type Browser } from './browser.ts'
import { apiSignIn, PortalBrowser } from './portal-session.ts'

const SENIOR = { email: 'senior.moderator@heard.example', password: 'senior-moderator-2026' }
const READER = { email: 'reader@healthwatch.example', password: 'healthwatch-reader-2026' }
const PROVIDER = { email: 'manager@carehome.example', password: 'carehome-manager-2026' }
const BODY = 'The night staff at the home left my father in a wet bed until the morning shift came on.'

let server: TestServer
let browser: Browser
let portal: PortalBrowser
let story: string
let healthwatch: string

/** Fetch as a signed-in user over the API (JSON, with the CSRF token). */
async function apiAs(user: { email: string; password: string }) {
  const { cookie, csrfToken } = await apiSignIn(server.url, user)
  const headers = { cookie, 'x-csrf-token': csrfToken }
  return { userId: '', cookie, csrfToken, headers }
}

beforeAll(async () => {
  server = await startTestServer()
  const sql = server.sql
  const [home] = await sql<{ id: string; parentId: string }[]>`
    select n.id, n.parent_id from service_nodes n where n.kind = 'site' order by n.name limit 1`
  const [root] = await sql<{ id: string }[]>`
    select c.ancestor_id as id from service_closure c join service_nodes n on n.id = c.ancestor_id
    where c.descendant_id = ${home!.id} and n.parent_id is null`
  await sql`update service_nodes set ownership = 'private' where id = ${home!.id}`
  await createUser(sql, { ...SENIOR, name: 'Sam Senior', platformRole: 'senior_moderator' })
  const providerUser = await createUser(sql, { ...PROVIDER, name: 'Pat Manager', platformRole: null })
  const reader = await createUser(sql, { ...READER, name: 'Rae Reader', platformRole: null })
  const provider = await createTestSubscriber(sql, 'Care Home Ltd', [home!.id])
  await sql`insert into memberships (subscriber_id, user_id, role) values (${provider}, ${providerUser.id}, 'admin')`
  healthwatch = await createTestSubscriber(sql, 'Testshire Healthwatch', [root!.id])
  await sql`update subscribers set kind = 'public_interest', public_interest_type = 'healthwatch' where id = ${healthwatch}`
  await sql`insert into memberships (subscriber_id, user_id, role) values (${healthwatch}, ${reader.id}, 'viewer')`
  const readerApi = await apiAs(READER)
  const alerts = await fetch(`${server.url}/api/portal/subscribers/${healthwatch}/alerts`, {
    method: 'PUT',
    headers: { ...readerApi.headers, 'content-type': 'application/json', origin: server.url },
    body: JSON.stringify({ serviceIds: [root!.id], frequency: 'immediate' }),
  })
  expect(alerts.status).toBe(200)

  story = await createStory(sql, [home!.id], 'pending', { body: BODY })
  const mod = await apiAs({ email: 'moderator@heard.example', password: 'demo-moderator-2026' })
  const app = {
    request: (path: string, init: RequestInit) =>
      fetch(`${server.url}${path}`, {
        ...init,
        headers: { ...(init.headers as object), origin: server.url },
      }),
  }
  const published = await moderatorPublishes(app as never, mod, story)
  expect(published.status).toBe(200)
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('a private provider asks for a review, and a senior moderator restricts the story', () => {
  it('walks request review → restrict → public notice → a public-interest body reads it and is alerted', async () => {
    // The provider opens the private link from its email and asks for a review.
    const [link] = await providerLinks(server.sql)
    expect(link!.to).toBe(PROVIDER.email)
    const providerContext = await portal.newContext()
    const page = await providerContext.newPage()
    await page.goto(`${server.url}/provider-review/${link!.token}`)
    await page.getByText(BODY).waitFor()
    await page.getByLabel('The story could identify someone').check()
    await page.getByLabel('Details').fill('The night and the room say who the carer was.')
    await page.getByRole('button', { name: 'Send request' }).click()
    await page.getByText('A senior moderator will review the story').waitFor()
    expect((await server.sql`select status from stories where id = ${story}`)[0]!.status).toBe('in_review')

    // The senior moderator restricts it on the workbench.
    const { context } = await portal.signedIn(SENIOR)
    const workbench = await context.newPage()
    await workbench.goto(`${server.url}/portal/moderation/stories/${story}`)
    await workbench.getByText('The provider asked for a review').waitFor()
    await workbench
      .getByLabel('Why it is restricted (shown on the public page)')
      .fill('It could identify a member of staff.')
    await workbench.getByRole('button', { name: 'Restrict the story' }).click()
    await workbench.locator('heard-provider-review').getByText('The story is restricted.').waitFor()

    // The public page says it exists, who restricted it and why — not its text.
    const publicPage = await providerContext.newPage()
    await publicPage.goto(`${server.url}/stories/${story}`)
    await publicPage.getByRole('heading', { name: 'This story is restricted' }).waitFor()
    const text = await publicPage.locator('main').innerText()
    expect(text).toContain('It could identify a member of staff.')
    expect(text).not.toContain('wet bed')

    // The public-interest body's member reads it in full, and was alerted.
    const [alert] = await server.sql<{ toAddress: string; textBody: string }[]>`
      select to_address, text_body from outbox where template = 'alert_restricted'`
    expect(alert!.toAddress).toBe(READER.email)
    const url = /http\S+\/restricted\/\S+/.exec(alert!.textBody)![0]
    const reader = (await portal.signedIn(READER)).context
    const readerPage = await reader.newPage()
    await readerPage.goto(url)
    await readerPage.getByText(BODY).waitFor()
    await readerPage.getByText('3 – moderately critical').waitFor()
    await readerPage.screenshot({ path: '/tmp/16-restricted-reader.png' })
    await publicPage.screenshot({ path: '/tmp/16-restricted-public.png' })
    expect(portal.pageErrors).toEqual([])
  })
})
