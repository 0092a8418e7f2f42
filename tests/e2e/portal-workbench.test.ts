import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createUser, findUserByEmail } from '../../server/src/users/queries.ts'
import { startTestServer, type TestServer } from '../../server/test/harness.ts'
import { createStory } from '../../server/test/fixtures.ts'
import { launchChromium, type Browser, type BrowserContext, type Page } from './browser.ts'
import { PortalBrowser } from './portal-session.ts'

const MODERATOR = { email: 'moderator@heard.example', password: 'demo-moderator-2026', name: 'Sam Moderator' }
const PHONE = '07700 900123'
const BODY = `Nurse Jenny looked after my dad on 3 March 2025 and she was wonderful. Call me on ${PHONE} if you want to know more about it.`

let server: TestServer
let browser: Browser
let context: BrowserContext
let portal: PortalBrowser
let wardId: string

/** A pending story in the test's own ward with exactly the flags named (offsets found in the body). */
async function flaggedStory(title: string, body: string, flags: [string, string][]) {
  const id = await createStory(server.sql, [wardId], 'pending', { title, body })
  const list = flags.map(([rule, words]) => {
    const start = body.indexOf(words)
    return { rule, field: 'body', start, end: start + words.length, message: 'Check this' }
  })
  await server.sql`update stories set flags = ${server.sql.json(list)}, flag_count = ${list.length} where id = ${id}`
  return id
}

/** Counts what the moderator does: each click and each key (or key chord) is one action. */
function counted(page: Page) {
  let actions = 0
  return {
    click: async (locator: ReturnType<Page['locator']>) => {
      actions++
      await locator.click()
    },
    press: async (keys: string) => {
      actions++
      await page.keyboard.press(keys)
    },
    get actions() {
      return actions
    },
  }
}

beforeAll(async () => {
  server = await startTestServer()
  if (!(await findUserByEmail(server.sql, MODERATOR.email))) {
    await createUser(server.sql, { ...MODERATOR, platformRole: 'moderator' })
  }
  const [ward] = await server.sql<{ id: string }[]>`
    select n.id from service_nodes n
    where n.kind = 'ward' and not exists (
      select 1 from story_nodes sn join stories s on s.id = sn.story_id
      where sn.node_id = n.id and s.status in ('pending', 'in_review'))
    order by n.name desc limit 1`
  wardId = ward!.id
  browser = await launchChromium()
  portal = new PortalBrowser(browser, server.url)
  context = (await portal.signedIn(MODERATOR)).context
})

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

describe('one-click redaction', () => {
  it('takes a story with three flags from open to published in 4 actions plus criticality', async () => {
    const id = await flaggedStory('Lovely care for my dad', BODY, [
      ['person_name', 'Jenny'],
      ['date', '3 March 2025'],
      ['phone', PHONE],
    ])
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation/stories/${id}`)
    await page.getByRole('heading', { name: 'Pre-check flags (3)' }).waitFor()
    const moderator = counted(page)

    await moderator.click(page.getByRole('button', { name: 'Flag 1: replace with [name removed]' }))
    await moderator.click(page.getByRole('button', { name: 'Flag 2: replace with recently' }))
    await moderator.click(page.getByRole('button', { name: 'Flag 3: replace with [phone number removed]' }))
    await page.getByText('3 changes not saved yet.', { exact: true }).waitFor() // not the live region's copy
    await page.getByLabel('1 minimally critical').check() // criticality: not counted
    await moderator.press('Alt+Shift+P')
    await page.getByRole('heading', { name: 'Story published' }).waitFor()

    expect(moderator.actions).toBe(4)
    console.log(`one-click redaction: ${moderator.actions} actions plus criticality (3 flags)`)
    const story = (await (await fetch(`${server.url}/api/v1/stories/${id}`)).json()) as { body: string }
    expect(story.body).toBe(
      'Nurse [name removed] looked after my dad on recently and she was wonderful. Call me on [phone number removed] if you want to know more about it.',
    )
    const [redaction] = await server.sql<{ reason: string }[]>`
      select reason from story_redactions where story_id = ${id}`
    expect(redaction!.reason).toContain('Removed a name')
    const [event] = await server.sql<{ detail: { rules: string[] } }[]>`
      select detail from moderation_events where item_id = ${id} and action = 'edit'`
    expect(event!.detail.rules.sort()).toEqual(['date', 'person_name', 'phone'])
    await page.close()
  })

  it('undoes a replacement before saving, and saves several in one redaction', async () => {
    const id = await flaggedStory('Jenny again', BODY, [
      ['person_name', 'Jenny'],
      ['date', '3 March 2025'],
    ])
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation/stories/${id}`)
    await page.getByRole('button', { name: 'Flag 1: replace with a member of staff' }).click()
    await page.getByRole('button', { name: 'Undo: flag 1' }).click()
    await page.getByRole('button', { name: 'Flag 1: replace with [name removed]' }).click()
    await page.getByRole('button', { name: 'Flag 2: replace with [date removed]' }).click()
    await page.getByRole('button', { name: 'Save 2 changes' }).click()
    await page.locator('.quick-bar').waitFor({ state: 'detached' })
    const rows = await server.sql<
      { after: string }[]
    >`select after from story_redactions where story_id = ${id}`
    expect(rows).toHaveLength(1)
    expect(rows[0]!.after).toContain('Nurse [name removed] looked after my dad on [date removed]')
    expect(rows[0]!.after).not.toContain('a member of staff')
    await page.close()
  })
})

describe('the queue', () => {
  it('shows escalations and safeguarding flags first, marks long waits, and fits 15 items on 1,280 × 800 in the compact view', async () => {
    const old = await createStory(server.sql, [wardId], 'pending', { title: 'Old and ordinary' })
    await server.sql`update stories set submitted_at = now() - interval '9 days' where id = ${old}`
    await flaggedStory('I have pills saved up', `${BODY} I have pills saved up.`, [
      ['safeguarding', 'I have pills saved up'],
    ])
    const escalated = await createStory(server.sql, [wardId], 'pending', { title: 'Escalated today' })
    await server.sql`update stories set escalated_at = now() where id = ${escalated}`
    for (let i = 0; i < 16; i++)
      await createStory(server.sql, [wardId], 'pending', { title: `Waiting ${i + 1}` })

    const { context: small } = await portal.signedIn(MODERATOR, { width: 1280, height: 800 })
    const page = await small.newPage()
    await page.goto(`${server.url}/portal/moderation?serviceId=${wardId}&kind=story`)
    const titles = page.locator('heard-queue-page li.item h3')
    await titles.first().waitFor()
    expect((await titles.allTextContents()).slice(0, 3)).toEqual([
      'Escalated today',
      'I have pills saved up',
      'Old and ordinary',
    ])
    const first = page.locator('heard-queue-page li.item').first()
    expect(await first.locator('.tag.red').textContent()).toBe('Escalated')
    const oldItem = page.locator('heard-queue-page li.item').filter({ hasText: 'Old and ordinary' })
    expect(await oldItem.textContent()).toContain('Over 2 working days')

    await page.getByRole('link', { name: 'Compact view' }).click()
    const rows = page.locator('heard-queue-page li.row')
    await rows.first().waitFor()
    const visible = await rows.evaluateAll(
      (els) => els.filter((el) => el.getBoundingClientRect().bottom <= window.innerHeight).length,
    )
    await page.screenshot({ path: '/tmp/queue-compact-1280.png' })
    console.log(`compact queue: ${visible} items visible on 1280 × 800`)
    expect(visible).toBeGreaterThanOrEqual(15)
    await small.close()
  })
})

describe('the escalation path', () => {
  it('lets a subscriber admin set the safeguarding contact on the members page', async () => {
    const { context: admin } = await portal.signedIn({
      email: 'admin@riverside.example',
      password: 'riverside-admin-2026',
    })
    const page = await admin.newPage()
    await page.goto(`${server.url}/portal/members`)
    const field = page.getByLabel('Email address for safeguarding concerns')
    await field.fill('safeguarding@riverside.example')
    await page.getByRole('button', { name: 'Save the safeguarding contact' }).click()
    await expect
      .poll(
        async () =>
          (await server.sql`select safeguarding_email from subscribers where name ilike 'Riverside%'`)[0]
            ?.safeguardingEmail,
      )
      .toBe('safeguarding@riverside.example')
    await page.screenshot({ path: '/tmp/safeguarding-contact.png', fullPage: true })
    await admin.close()
  })

  it('escalates, emails, blocks publishing until an outcome is recorded, then lets the story be decided', async () => {
    const [riverside] = await server.sql<{ id: string }[]>`
      select sc.subscriber_id as id from subscriber_coverage sc
      join service_closure c on c.ancestor_id = sc.node_id where c.descendant_id = ${wardId} limit 1`
    if (riverside) {
      await server.sql`update subscribers set safeguarding_email = 'safeguarding@provider.example' where id = ${riverside.id}`
    }
    const id = await flaggedStory('Frightened at night', `${BODY} He was left in soiled sheets all night.`, [
      ['safeguarding', 'left in soiled sheets'],
    ])
    await server.sql`delete from outbox where template like 'safeguarding_%'`
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/moderation/stories/${id}`)
    await page.getByLabel('Escalate as a safeguarding concern').check()
    await page.getByLabel('What is the concern?').fill('Possible neglect on the ward at night')
    await page.getByRole('button', { name: 'Escalate the story' }).click()
    const card = page.locator('heard-escalation-outcome')
    await card.getByText('cannot be published until the outcome is recorded').waitFor()

    const mail = await server.sql<{ template: string; toAddress: string }[]>`
      select template, to_address from outbox where template like 'safeguarding_%' order by id`
    expect(mail.some((m) => m.template === 'safeguarding_moderator')).toBe(true)
    if (riverside) expect(mail.map((m) => m.toAddress)).toContain('safeguarding@provider.example')
    // No way to publish while the escalation is open.
    expect(await page.getByRole('button', { name: 'Publish the story' }).count()).toBe(0)

    await card.getByRole('button', { name: 'Record the outcome' }).click()
    await card.getByText('Choose what was done').first().waitFor()
    await card.getByLabel('Referred (to the provider’s safeguarding lead or another agency)').check()
    await card.getByLabel('Note for the history (optional)').fill('Told the ward manager')
    await card.getByRole('button', { name: 'Record the outcome' }).click()
    await card.getByText(/Escalation closed: Referred/).waitFor()
    await page.getByLabel('Reject', { exact: true }).waitFor()
    const [row] = await server.sql<
      { outcome: string }[]
    >`select outcome from story_escalations where story_id = ${id}`
    expect(row!.outcome).toBe('referred')
    await page.close()
  })
})
