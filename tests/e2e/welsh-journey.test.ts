import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { backgroundJobs } from '../../server/src/background.ts'
import { smtpMailer } from '../../server/src/mail/transport.ts'
import { createWorker } from '../../server/src/mail/worker.ts'
import { FeedCache } from '../../server/src/stories/feed-cache.ts'
import { testConfig } from '../../server/test/app.ts'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { startSmtpServer, type TestSmtpServer } from '../../server/test/smtp.ts'
import { launchChromium } from './browser.ts'
import type { Browser, Page } from './browser.ts'
import { axeViolations, PortalBrowser } from './portal-session.ts'

const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026' }
const RESPONDER = { email: 'responder@riverside.example', password: 'riverside-responder-2026' }
const AUTHOR = 'awdur@example.org'
const TITLE = 'Gofal caredig ar yr uned strôc'
const BODY =
  'Roedd y nyrsys ar yr uned yn garedig iawn wrth fy nhad. Esboniodd y staff bob cam o’r driniaeth ' +
  'a daethon nhw i’w weld yn aml yn ystod y nos. Roedden ni’n teimlo ein bod yn cael gwrando arnom.'
const ANSWER =
  'Diolch am adrodd eich stori am yr uned. Rwy’n rheolwr y ward ac rwy’n falch bod eich tad wedi cael gofal da. ' +
  'Cysylltwch â’r uned ar 01632 960 222 os hoffech siarad â ni.'
/** The Stroke Unit (RXA01-STR) and the trust and hospital above it, with their Welsh names. */
const WELSH_NAMES = [
  ['RXA', 'Ymddiriedolaeth GIG Ysbytai Prifysgol Glan-yr-afon'],
  ['RXA01', 'Ysbyty Cyffredinol Glan-yr-afon'],
  ['RXA01-STR', 'Uned Strôc'],
] as const

let server: TestServer
let smtp: TestSmtpServer
let browser: Browser
let portal: PortalBrowser
let worker: ReturnType<typeof createWorker>
let strokeUnit: string

beforeAll(async () => {
  server = await startTestServer()
  smtp = await startSmtpServer()
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  worker = createWorker({
    sql: server.sql,
    mailer: smtpMailer(smtp.url, 'Heard <heard@heard.test>', server.url),
    jobs: backgroundJobs({ config: testConfig({ PUBLIC_URL: server.url }), feedCache: new FeedCache(0) }),
  })
  for (const [code, nameCy] of WELSH_NAMES)
    await server.sql`update service_nodes set name_cy = ${nameCy} where external_code = ${code}`
  const [unit] = await server.sql<{ id: string }[]>`
    update service_nodes set path_names_cy = ${WELSH_NAMES.map(([, name]) => name)}
    where external_code = 'RXA01-STR' returning id`
  strokeUnit = unit!.id
  await server.sql`update users set lang = 'cy' where email = ${RESPONDER.email}`
}, 180_000)

afterAll(async () => {
  await browser?.close()
  await smtp?.close()
  await server?.close()
})

/** Sends the mail waiting in the outbox, and returns what reached the author. */
async function mailToAuthor() {
  await worker.runOnce()
  return smtp.received.filter((m) => m.to.includes(AUTHOR))
}

/** The Stroke Unit's widget, in Welsh, on the smallest example page; the story told through it. */
async function tellInWelsh(page: Page) {
  await page.goto(`${server.url}/examples/plain/`)
  await page.evaluate((service) => {
    const el = document.createElement('heard-stories')
    el.id = 'cy'
    el.setAttribute('service', service)
    el.setAttribute('lang', 'cy')
    document.body.append(el)
  }, strokeUnit)
  const widget = page.locator('#cy')
  await widget.getByRole('button', { name: 'Adroddwch eich stori' }).click()
  await widget.locator('input[name="tags.good"]').first().waitFor()
  await widget.locator('#title').fill(TITLE)
  await widget.locator('#body').fill(BODY)
  await widget.locator('input[name="authorRole"]').nth(2).check()
  await widget.locator('#nickname').fill('Merch ddiolchgar')
  await widget.locator('#email').fill(AUTHOR)
  await widget.locator('#agree').check()
  await widget.getByRole('button', { name: 'Anfon' }).click()
  await widget.getByRole('heading', { name: 'Diolch. Mae eich stori wedi’i hanfon' }).waitFor()
  const [story] = await server.sql<{ id: string; lang: string }[]>`
    select id, lang from stories where title = ${TITLE}`
  expect(story).toMatchObject({ lang: 'cy' })
  return story!.id
}

/** A moderator (portal in English) publishes the story; its text is marked as Welsh. */
async function moderatorPublishes(storyId: string) {
  const { context } = await portal.signedIn(MODERATOR)
  const page = await context.newPage()
  await page.goto(`${server.url}/portal/moderation/stories/${storyId}`)
  await page.locator('.text-card[lang="cy"]', { hasText: 'Roedd y nyrsys' }).waitFor()
  await page.getByLabel('0 not critical').check()
  await page.getByLabel('Publish', { exact: true }).check()
  await page.getByRole('button', { name: 'Publish the story' }).click()
  await page.getByRole('heading', { name: 'Story published' }).waitFor()
  await context.close()
}

/** The responder, whose language is Welsh, signs in, finds the story in the inbox and answers it. */
async function memberAnswersInWelsh(page: Page) {
  await page.goto(`${server.url}/portal/sign-in`)
  await page.getByLabel('Email address').fill(RESPONDER.email)
  await page.getByLabel('Password').fill(RESPONDER.password)
  await page.getByRole('button', { name: 'Sign in' }).click()
  await page.getByRole('heading', { name: 'Mewnflwch', level: 1 }).waitFor()
  expect(await page.locator('html').getAttribute('lang')).toBe('cy')
  // The filters name the services in Welsh; the Stroke Unit's stories are one choice away.
  const service = page.getByLabel('Gwasanaeth', { exact: true })
  await expect
    .poll(() => service.locator(`option[value="${strokeUnit}"]`).textContent())
    .toContain('Uned Strôc')
  await service.selectOption(strokeUnit)
  await page.getByRole('button', { name: 'Cymhwyso' }).click()
  // The filtered list has replaced the whole inbox once every story listed is the Stroke Unit's.
  const listed = page.locator('li.story')
  await expect
    .poll(() => listed.evaluateAll((stories) => stories.map((s) => s.textContent ?? '')))
    .toSatisfy((texts: string[]) => texts.length > 0 && texts.every((t) => t.includes('Uned Strôc')))
  const story = page.locator('li.story', { hasText: TITLE })
  await story.getByText('Gwasanaethau: Uned Strôc').waitFor()
  await story.getByText(/^Erbyn /).waitFor()
  await story.getByRole('link', { name: TITLE }).click()
  await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
  await page.getByRole('heading', { name: 'Am y stori hon' }).waitFor()
  expect(await page.locator('.story-card').getAttribute('lang')).toBe('cy')
  await page.getByLabel('Ysgrifennu ymateb cyhoeddus').fill(ANSWER)
  await page.getByLabel('Teitl eich swydd').fill('Rheolwr y Ward, Uned Strôc')
  // The coach reads Welsh: a reply that thanks, says who answers and invites gets no hints.
  await page
    .locator('heard-response-coach [data-testid="coach"]', { hasText: /Mae eich ymateb yn diolch i.r awdur/ })
    .waitFor()
  expect(await axeViolations(page)).toEqual([])
  await page.getByRole('button', { name: 'Anfon ymateb' }).click()
  await page
    .locator('#outcome', { hasText: /^Mae eich ymateb (wedi ei gyhoeddi|yn aros am gymedrolwr)/ })
    .waitFor()
}

describe('a story told in Welsh (issue 15, "Done when")', { timeout: 180_000 }, () => {
  it('goes through the widget, emails, follow page, public page and portal in Welsh', async () => {
    const context = await portal.newContext()
    const page = await context.newPage()
    const storyId = await tellInWelsh(page)

    // A Welsh thank-you email, whose follow link opens a Welsh follow page.
    const [thanks] = await mailToAuthor()
    expect(thanks!.subject).toBe('Diolch am eich stori')
    expect(thanks!.text).toContain('Diolch am adrodd eich stori ar Heard.')
    const followUrl = thanks!.text.match(/http:\/\/\S+\/follow\/[\w-]{43}\S*/)![0]
    await page.goto(followUrl)
    expect(await page.locator('html').getAttribute('lang')).toBe('cy')
    await page.getByRole('heading', { name: 'Ble mae eich stori' }).waitFor()
    await page.getByText('Rydym wedi cael eich stori.').waitFor()

    // Published: the Welsh email links the story's page in Welsh, which names the service in Welsh.
    await moderatorPublishes(storyId)
    const published = (await mailToAuthor()).at(-1)!
    expect(published.subject).toBe("Mae eich stori wedi'i chyhoeddi")
    const storyUrl = `${server.url}/stories/${storyId}?lang=cy`
    expect(published.text).toContain(storyUrl)
    await page.goto(storyUrl)
    expect(await page.locator('html').getAttribute('lang')).toBe('cy')
    await page.getByRole('heading', { name: TITLE, level: 1 }).waitFor()
    expect(await page.locator('main').textContent()).toContain('Uned Strôc')
    await page.getByRole('heading', { name: 'Ymatebion' }).waitFor()

    // A member whose language is Welsh reads the inbox and answers in the Welsh portal.
    const member = await portal.newContext()
    await memberAnswersInWelsh(await member.newPage())
    expect(portal.pageErrors).toEqual([])
  })
})
