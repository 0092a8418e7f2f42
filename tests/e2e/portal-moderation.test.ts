import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findUserByEmail, createUser } from '../../server/src/users/queries.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { focused, launchChromium, tabTo } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'
import { apiSignIn, axeViolations, PortalBrowser } from './portal-session.ts'

const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026', name: 'Sam Moderator' }
const OTHER = {
  email: 'second.moderator@heard.example',
  password: 'second-moderator-2026',
  name: 'Alex Okoro',
}
const PHONE = '07700 900123'

let server: TestServer
let browser: Browser
let context: BrowserContext
/** A ward with no waiting stories of the demo's own: the test's stories are alone in its queue. */
let wardId: string
let portal: PortalBrowser

async function ensureUser(user: typeof MODERATOR) {
  if (!(await findUserByEmail(server.sql, user.email))) {
    await createUser(server.sql, { ...user, platformRole: 'moderator' })
  }
}

/** Tells a story through the public API, as the widget does; returns its id. */
async function submitStory(title: string): Promise<string> {
  const res = await fetch(`${server.url}/api/v1/stories`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title,
      body: `The nurses were kind but Dr Okafor did not listen. My husband rang ${PHONE} three times and nobody answered the phone on the ward.`,
      serviceIds: [wardId],
      authorRole: 'relative',
      nickname: 'Worried wife',
    }),
  })
  expect(res.status).toBe(201)
  return ((await res.json()) as { id: string }).id
}

const queueUrl = () => `${server.url}/portal/moderation?serviceId=${wardId}`

async function signIn(page: Page, user = MODERATOR) {
  await page.getByLabel('Email address').fill(user.email)
  await page.getByLabel('Password').fill(user.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
}

/** `YYYY-MM-DD` in local time, as a date input shows it (the browser runs in this machine's zone). */
const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`

/** Presses Tab until the focused element's aria-label is `label`, as a keyboard user would. */
async function tabToLabel(page: Page, label: string, max = 60) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    const current = await page.evaluate(() => {
      let el = document.activeElement
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement
      return el?.getAttribute('aria-label')
    })
    if (current === label) return
  }
  throw new Error(`Tab never reached “${label}”`)
}

beforeAll(async () => {
  server = await startTestServer()
  await ensureUser(MODERATOR)
  await ensureUser(OTHER)
  const [ward] = await server.sql<{ id: string }[]>`
    select n.id from service_nodes n
    where n.kind = 'ward' and not exists (
      select 1 from story_nodes sn join stories s on s.id = sn.story_id
      where sn.node_id = n.id and s.status in ('pending', 'in_review'))
    order by n.name limit 1`
  wardId = ward!.id
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  // Most tests start signed in (over the API); the sign-in tests use contexts of their own.
  context = (await portal.signedIn(MODERATOR)).context
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('signing in to the portal', () => {
  it('shows a focused error summary for a wrong password, then returns to the page asked for', async () => {
    const signedOut = await portal.newContext()
    const page = await signedOut.newPage()
    await page.goto(`${server.url}/portal/moderation?rule=phone`)
    await page.getByRole('heading', { name: 'Sign in', level: 1 }).waitFor()
    expect(new URL(page.url()).searchParams.get('next')).toBe('/portal/moderation?rule=phone')

    await signIn(page, { ...MODERATOR, password: 'not-the-password' })
    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' })
    await summary.waitFor()
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        tag: 'div',
        text: expect.stringContaining('There is a problem'),
      })
    expect(await page.title()).toMatch(/^Error: Sign in/)
    // The summary links to the field, which carries the same message.
    await summary.getByRole('link', { name: 'The email address or password is not right' }).click()
    await expect.poll(() => focused(page)).toMatchObject({ id: 'email' })

    await signIn(page)
    await page.getByRole('heading', { name: 'Moderation queue', level: 1 }).waitFor()
    expect(page.url()).toBe(`${server.url}/portal/moderation?rule=phone`)
    expect(await page.getByLabel('Pre-check flag', { exact: true }).inputValue()).toBe('phone')
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Tags')
    await signedOut.close()
  })
})

describe('the moderation queue', () => {
  it('lists safeguarding concerns first, then waiting stories oldest first, with the waiting time, flags and claim button', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation`)
    const items = page.locator('heard-queue-page li.item')
    await items.first().waitFor()
    expect(await items.count()).toBeGreaterThan(5)
    const listed = await items.evaluateAll((els) =>
      els.map((el) => ({
        urgent: el.classList.contains('urgent'),
        time: el.querySelector('time')!.getAttribute('datetime')!,
      })),
    )
    const urgent = listed.filter((i) => i.urgent)
    const rest = listed.filter((i) => !i.urgent)
    expect(listed).toEqual([...urgent, ...rest])
    const times = rest.map((i) => i.time)
    expect(times).toEqual([...times].sort())
    expect(await items.first().textContent()).toMatch(/waiting \d+ (minute|hour|day|week)s?/)
    expect(await page.getByRole('link', { name: /^Stories \(\d+\)$/ }).count()).toBe(1)
    await page.close()
  })

  it('filters by flag rule and service, with the filters in the URL', async () => {
    const title = 'Nobody answered the phone on the ward'
    await submitStory(title)
    const page = await context.newPage()
    await page.goto(queueUrl())
    const item = page.locator('heard-queue-page li.item').filter({ hasText: title })
    await item.waitFor()
    expect(await item.locator('.tag-list').textContent()).toMatch(/Phone number: 1/)

    await page.getByLabel('Pre-check flag', { exact: true }).selectOption('nhs_number')
    await page.getByRole('button', { name: 'Apply filters' }).click()
    await page.locator('heard-queue-page .summary').getByText('No items match these filters').waitFor()
    const url = new URL(page.url())
    expect(url.searchParams.get('rule')).toBe('nhs_number')
    expect(url.searchParams.get('serviceId')).toBe(wardId)
    await page.close()
  })
})

describe('the workbench', () => {
  it('keeps focus on the page heading when the story arrives after it', async () => {
    const title = 'Slow to load but the ward was calm'
    const id = await submitStory(title)
    const page = await context.newPage()
    // Hold the story back until the shell has focused the heading of the "Loading" state.
    let release!: () => void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route(`**/api/portal/moderation/stories/${id}`, async (route) => {
      if (route.request().method() === 'GET') await held
      await route.continue()
    })
    await page.goto(queueUrl())
    await page.getByRole('button', { name: `Claim and open: ${title}` }).click()
    await page.getByText('Loading the story…').waitFor()
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' })
    release()
    await page.getByRole('heading', { name: 'The story', level: 2 }).waitFor()
    expect(await focused(page)).toMatchObject({ tag: 'h1', text: 'Review story' })
    await page.close()
  })

  it('claims, redacts with a reason, rates and publishes a story, which is then public', async () => {
    const title = 'Kind nurses but the doctor did not listen'
    const id = await submitStory(title)
    const page = await context.newPage()
    await page.goto(queueUrl())
    await page.getByRole('button', { name: `Claim and open: ${title}` }).click()
    await page.getByRole('heading', { name: 'Review story', level: 1 }).waitFor()
    expect(page.url()).toBe(`${server.url}/portal/moderation/stories/${id}`)
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h1' })

    // The flag list jumps to the flagged words.
    await page.getByRole('link', { name: /Phone number/ }).click()
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'mark', text: expect.stringContaining(PHONE) })

    await page.getByRole('button', { name: 'Edit the text' }).click()
    const body = page.locator('#edit-body')
    await body.fill((await body.inputValue()).replace(PHONE, 'a number'))
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.getByText('Enter the reason for the change', { exact: false }).first().waitFor()
    await page.getByLabel('Reason for the change').fill('Removed a phone number')
    await page.getByRole('button', { name: 'Save changes' }).click()
    await page.locator('heard-diff del').filter({ hasText: PHONE }).waitFor()
    expect(await page.locator('heard-changes .redactions').textContent()).toContain('Removed a phone number')

    await page.getByLabel('2 mildly critical').check()
    await page.getByLabel('Publish', { exact: true }).check()
    await page.getByRole('button', { name: 'Publish the story' }).click()
    await page.getByRole('heading', { name: 'Story published' }).waitFor()

    const res = await fetch(`${server.url}/api/v1/stories/${id}`)
    expect(res.status).toBe(200)
    const story = (await res.json()) as { title: string; body: string }
    expect(story.title).toBe(title)
    expect(story.body).toContain('rang a number three times')
    expect(story.body).not.toContain(PHONE)
    await page.close()
  })

  it('can be worked with the keyboard alone: claim, rate and publish with Alt+Shift+P', async () => {
    const title = 'The ward phone was never answered'
    const id = await submitStory(title)
    const page = await context.newPage()
    await page.goto(queueUrl())
    await page.locator('heard-queue-page li.item').first().waitFor()
    await tabToLabel(page, `Claim and open: ${title}`)
    await page.keyboard.press('Enter')
    await page.getByRole('heading', { name: 'Review story', level: 1 }).waitFor()
    await tabTo(page, (f) => f.id === 'criticality-0', 120)
    await page.keyboard.press('ArrowDown')
    await expect.poll(() => focused(page)).toMatchObject({ id: 'criticality-1' })
    await page.keyboard.press('Alt+Shift+P')
    await page.getByRole('heading', { name: 'Story published' }).waitFor()
    await expect.poll(() => focused(page)).toMatchObject({ id: 'done' })
    expect((await fetch(`${server.url}/api/v1/stories/${id}`)).status).toBe(200)

    // "Next item" claims the oldest waiting item and opens it.
    await page.keyboard.press('Alt+Shift+N')
    await page.waitForURL((url) => url.pathname !== `/portal/moderation/stories/${id}`)
    // It is ours: the editing tools appear.
    await page.getByRole('button', { name: 'Edit the text' }).waitFor()
    await page.close()
  })

  it('asks for a date and a criticality before holding a story, then holds it', async () => {
    const id = await submitStory('A serious story to hold for a week')
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation/stories/${id}`)
    await page.locator('#criticality-0').waitFor()
    await page.keyboard.press('Alt+Shift+H')
    await expect.poll(() => focused(page)).toMatchObject({ id: 'hold-until' })
    await page.getByRole('button', { name: 'Hold the story' }).click()
    const summary = page.locator('heard-decision-panel .error-summary')
    await summary.getByText('Enter the date to hold the story until').waitFor()
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        tag: 'div',
        text: expect.stringContaining('There is a problem'),
      })

    const inAWeek = localDate(new Date(Date.now() + 7 * 86_400_000))
    await page.locator('#hold-until').fill(inAWeek)
    await page.getByRole('button', { name: 'Hold the story' }).click()
    await summary.getByText('Choose how critical the story is before holding it').waitFor()
    await summary.getByRole('link').click()
    await expect.poll(() => focused(page)).toMatchObject({ id: 'criticality-0' })

    await page.getByLabel('4 strongly critical').check()
    await page.getByRole('button', { name: 'Hold the story' }).click()
    await page.getByRole('heading', { name: 'Story held' }).waitFor()
    const [story] = await server.sql<{ status: string; heldUntil: Date }[]>`
      select status, held_until from stories where id = ${id}`
    expect(story!.status).toBe('held')
    expect(localDate(story!.heldUntil)).toBe(inAWeek)
    await page.close()
  })

  it('says so, and offers no changes, when another moderator holds the story', async () => {
    const title = 'Somebody else is reading this one'
    const id = await submitStory(title)
    const other = await apiSignIn(server.url, OTHER)
    const claim = await fetch(`${server.url}/api/portal/moderation/stories/${id}/claim`, {
      method: 'POST',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrfToken, origin: server.url },
    })
    expect(claim.status).toBe(200)
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation/stories/${id}`)
    await page.getByText('Someone else is working on this story.').waitFor()
    expect(await page.getByRole('alert').first().textContent()).toContain(OTHER.name)
    expect(await page.getByRole('button', { name: 'Edit the text' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0)
    await page.close()
  })
})

describe('the text workbench', () => {
  it('keeps its claim on a response while the moderator works, and says so when the claim is lost', async () => {
    const [story] = await server.sql<{ id: string }[]>`
      select id from stories where status = 'published' order by published_at limit 1`
    const [{ id }] = await server.sql<{ id: string }[]>`
      insert into responses (story_id, responder_title, organisation_name, body)
      values (${story!.id}, 'Ward Manager', 'Testshire Hospitals', 'Thank you. We now answer the ward phone.')
      returning id`
    const claimedUntil = async () => {
      const [claim] = await server.sql<{ expiresAt: Date }[]>`
        select expires_at from moderation_claims where item_kind = 'response' and item_id = ${id}`
      return claim!.expiresAt.getTime()
    }
    const renewal = () =>
      page.waitForResponse(
        (r) => r.url().endsWith(`/responses/${id}/claim`) && r.request().method() === 'POST',
        { timeout: 10_000 },
      )
    const heading = () => page.getByRole('heading', { name: 'Review response', level: 1 })
    const page = await context.newPage()
    await page.clock.install()
    await page.goto(`${server.url}/portal/moderation/responses/${id}`)
    await page.getByRole('button', { name: 'Edit the text' }).waitFor()
    const claimed = await claimedUntil()

    // Ten minutes of work (a click half-way): the page renews its 15-minute claim.
    const renewed = renewal()
    await page.clock.runFor(5 * 60_000)
    await heading().click()
    await page.clock.runFor(5 * 60_000)
    expect((await renewed).status()).toBe(200)
    expect(await claimedUntil()).toBeGreaterThan(claimed)

    // The claim lapses and another moderator takes the response: the next renewal is refused.
    await server.sql`
      update moderation_claims set expires_at = now() - interval '1 second'
      where item_kind = 'response' and item_id = ${id}`
    const other = await apiSignIn(server.url, OTHER)
    const taken = await fetch(`${server.url}/api/portal/moderation/responses/${id}/claim`, {
      method: 'POST',
      headers: { cookie: other.cookie, 'x-csrf-token': other.csrfToken, origin: server.url },
    })
    expect(taken.status).toBe(200)
    const refused = renewal()
    await heading().click()
    await page.clock.runFor(10 * 60_000)
    expect((await refused).status()).toBe(409)
    await page.getByRole('alert').getByText('Your claim on this response has ended').waitFor()
    expect(await page.getByRole('button', { name: 'Edit the text' }).count()).toBe(0)
    expect(await page.getByRole('button', { name: /Publish/ }).count()).toBe(0)
    await page.close()
  })
})

describe('accessibility', () => {
  it('has no axe violations and no sideways scrolling at 320 px (400% zoom) on every page', async () => {
    const id = await submitStory('A story for the accessibility checks')
    const signedOut = await portal.newContext()
    const pages: [Page, string, string][] = [
      [await signedOut.newPage(), '/portal/sign-in', '#email'],
      [await context.newPage(), `/portal/moderation?serviceId=${wardId}`, 'li.item'],
      [await context.newPage(), `/portal/moderation/stories/${id}`, '#criticality-0'],
      [await context.newPage(), '/portal/moderation/tags', '#add-label'],
    ]
    for (const [page, path, ready] of pages) {
      await page.goto(`${server.url}${path}`)
      await page.locator(ready).first().waitFor()
      expect([path, await axeViolations(page)]).toEqual([path, []])
      await page.setViewportSize({ width: 320, height: 640 })
      expect([path, await page.evaluate(() => document.documentElement.scrollWidth)]).toEqual([path, 320])
      await page.close()
    }
    await signedOut.close()
  }, 90_000)

  it('threw no errors in any page', () => {
    expect(portal.pageErrors).toEqual([])
  })
})
