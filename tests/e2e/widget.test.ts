import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startTestServer } from '../../server/test/harness.ts'
import type { TestServer } from '../../server/test/harness.ts'
import { focused, launchChromium, showStories, tabTo, watchedContext } from './browser.ts'
import type { Browser, BrowserContext, Page } from './browser.ts'

const STORY =
  'The nurses on the ward explained every step of my treatment and checked on me through the night.'

let server: TestServer
let browser: Browser
let context: BrowserContext
let foreign: string[]
let pageErrors: string[]

beforeAll(async () => {
  server = await startTestServer()
  browser = await launchChromium()
  ;({ context, foreign, pageErrors } = await watchedContext(browser, server.url))
}, 120_000)

afterAll(async () => {
  await browser?.close()
  await server?.close()
})

async function hospital(): Promise<Page> {
  const page = await context.newPage()
  await page.goto(`${server.url}/examples/hospital/`)
  return page
}

/** Opens the sidebar widget's form and waits until its tags have loaded. */
async function openForm(page: Page) {
  const widget = page.locator('heard-stories').first()
  await showStories(page, widget)
  await widget.locator('#tell').click()
  await widget.locator('input[name="tags.good"]').first().waitFor()
  return widget
}

const storiesTitled = (title: string) =>
  server.sql<{ id: string; status: string; route: string }[]>`
    select id, status, route from stories where title = ${title}`

describe('<heard-stories> on the example pages', () => {
  it.each(['hospital', 'strict-csp', 'hostile-css', 'plain'])(
    'shows published stories on %s',
    async (name) => {
      const page = await context.newPage()
      await page.goto(`${server.url}/examples/${name}/`)
      await showStories(page)
      const link = page.locator('heard-stories li[part="story"] h3 a').first()
      expect(await link.getAttribute('href')).toMatch(new RegExp(`^${server.url}/stories/[0-9a-f-]{36}$`))
      expect(await page.locator('heard-stories time[datetime]').first().textContent()).toMatch(
        /ago|last|yesterday/,
      )
      await page.close()
    },
  )

  it('fetches each feed once, only when its widget scrolls into view', async () => {
    const page = await context.newPage()
    // Counted where the page asks, not on the wire, where a revalidation of a cached feed shows twice.
    await page.addInitScript(() => {
      const w = window as unknown as { feeds: string[] }
      const fetch = window.fetch
      w.feeds = []
      window.fetch = (input, init) => {
        if (/\/stories\?/.test(String(input))) w.feeds.push(String(input))
        return fetch(input, init)
      }
    })
    const feeds = () => page.evaluate(() => (window as unknown as { feeds: string[] }).feeds.length)
    await page.goto(`${server.url}/examples/hospital/`)
    await page.locator('heard-stories').first().locator('li[part="story"]').first().waitFor()
    expect(await feeds()).toBe(1)
    await showStories(page, page.locator('heard-stories').nth(1))
    expect(await feeds()).toBe(2)
    await page.close()
  })

  it('explains a failed load, fires heard-error and loads again on "Try again"', async () => {
    const page = await context.newPage()
    let failures = 0
    await page.route('**/api/v1/services/*/stories?*', (route) =>
      failures++ ? route.continue() : route.abort('internetdisconnected'),
    )
    await page.addInitScript(() =>
      document.addEventListener('heard-error', (e) => {
        ;(window as unknown as { failed: unknown }).failed = (e as CustomEvent).detail
      }),
    )
    await page.goto(`${server.url}/examples/plain/`)
    const widget = page.locator('heard-stories')
    await widget.getByText('Stories could not be loaded.').waitFor()
    expect(await page.evaluate(() => (window as unknown as { failed: unknown }).failed)).toEqual({
      status: 0,
    })
    await widget.getByRole('button', { name: 'Try again' }).click()
    await widget.locator('li[part="story"]').first().waitFor()
    await page.close()
  })

  it('takes its settings from a portal widget id (one request before the feed)', async () => {
    const [ward] = await server.sql<{ id: string }[]>`
      select id from service_nodes where external_code = 'RXA01-W7'`
    const page = await context.newPage()
    await page.route('**/api/v1/widgets/w-1', (route) =>
      route.fulfill({ json: { services: [ward!.id], limit: 2, lang: 'cy', theme: 'dark' } }),
    )
    await page.goto(`${server.url}/examples/plain/`)
    await page.evaluate(() => {
      const el = document.createElement('heard-stories')
      el.id = 'w'
      el.setAttribute('widget', 'w-1')
      document.body.append(el)
    })
    const widget = page.locator('#w')
    await widget.locator('li[part="story"]').first().waitFor()
    expect(await widget.locator('li[part="story"]').count()).toBe(2)
    expect(await widget.locator('#tell').textContent()).toContain('Adroddwch eich stori')
    expect(await widget.locator('.c').getAttribute('class')).toContain('dark')
    await page.close()
  })

  it('tells the server which portal widget, on which allowed site, a story was told through', async () => {
    const [widgetRow] = await server.sql<{ id: string }[]>`
      insert into widgets (subscriber_id, name, node_ids, allowed_origins)
      select s.id, 'Ward page', array[n.id], array[${server.url}]
      from subscribers s, service_nodes n where n.external_code = 'RXA01-W7'
      order by s.created_at limit 1
      returning id`
    const page = await context.newPage()
    await page.goto(`${server.url}/examples/plain/`)
    await page.evaluate((id) => {
      const el = document.createElement('heard-stories')
      el.id = 'w'
      el.setAttribute('widget', id)
      document.body.append(el)
    }, widgetRow!.id)
    const widget = page.locator('#w')
    await widget.locator('#tell').click()
    await widget.locator('input[name="tags.good"]').first().waitFor()
    const title = `Through a widget ${Date.now()}`
    await widget.locator('#title').fill(title)
    await widget.locator('#body').fill(STORY)
    await widget.locator('input[name="authorRole"]').first().check()
    await widget.locator('#nickname').fill('Widget reader')
    await widget.locator('#agree').check()
    await widget.getByRole('button', { name: 'Send' }).click()
    await widget.getByRole('heading', { name: 'Thank you. Your story has been sent' }).waitFor()
    const rows = await server.sql<{ widgetId: string; widgetOrigin: string; route: string }[]>`
      select widget_id, widget_origin, route from stories where title = ${title}`
    expect(rows).toEqual([{ widgetId: widgetRow!.id, widgetOrigin: server.url, route: 'widget' }])
    await page.close()
  })

  it('can be included twice, by its stable and its hashed address with SRI', async () => {
    const page = await context.newPage()
    await page.goto(`${server.url}/examples/plain/`)
    const manifest = await (await page.request.get(`${server.url}/widget/v1/manifest.json`)).json()
    const loaded = await page.evaluate(
      ({ file, integrity }) =>
        new Promise<string>((resolve) => {
          const s = Object.assign(document.createElement('script'), { type: 'module', integrity })
          s.crossOrigin = 'anonymous'
          s.src = `/widget/v1/${file}`
          s.onload = () => resolve('loaded')
          s.onerror = () => resolve('failed')
          document.head.append(s)
        }),
      manifest,
    )
    expect(loaded).toBe('loaded')
    await showStories(page)
    expect(await page.locator('heard-stories').count()).toBe(1)
    await page.close()
  })
})

describe('telling a story', () => {
  it('works from the keyboard alone, end to end', async () => {
    const title = `Keyboard story ${Date.now()}`
    const page = await hospital()
    await page.evaluate(() =>
      document.addEventListener('heard-submitted', (e) => {
        ;(window as unknown as { submitted: unknown }).submitted = (e as CustomEvent).detail.id
      }),
    )
    const widget = page.locator('heard-stories').first()
    await showStories(page, widget)
    await widget.locator('#tell').focus()
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'h3', text: 'Tell your story' })
    await widget.locator('input[name="tags.good"]').first().waitFor()

    await tabTo(page, (f) => f.id === 'title')
    await page.keyboard.type(title)
    await page.keyboard.press('Tab')
    expect((await focused(page)).id).toBe('body')
    await page.keyboard.type(STORY)
    await tabTo(page, (f) => f.name === 'authorRole')
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('ArrowDown')
    await tabTo(page, (f) => f.name === 'tags.good')
    await page.keyboard.press('Space')
    await tabTo(page, (f) => f.id === 'nickname')
    await page.keyboard.type('Keyboard user')
    await tabTo(page, (f) => f.id === 'agree')
    await page.keyboard.press('Space')
    await tabTo(page, (f) => f.tag === 'button' && f.text === 'Send')
    await page.keyboard.press('Enter')

    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'h3', text: 'Thank you. Your story has been sent' })
    const rows = await storiesTitled(title)
    expect(rows).toEqual([{ id: expect.any(String), status: 'pending', route: 'widget' }])
    expect(await page.evaluate(() => (window as unknown as { submitted: unknown }).submitted)).toBe(
      rows[0]!.id,
    )
    const [story] = await server.sql<{ authorRole: string; tags: number }[]>`
      select author_role as "authorRole", (select count(*)::int from story_tags where story_id = ${rows[0]!.id}) as tags
      from stories where id = ${rows[0]!.id}`
    expect(story).toEqual({ authorRole: 'relative', tags: 1 })

    await tabTo(page, (f) => f.text === 'Back to stories')
    await page.keyboard.press('Enter')
    await expect.poll(() => focused(page)).toMatchObject({ id: 'tell' })
    await page.close()
  }, 60_000)

  it('moves focus to an error summary whose links lead to the fields', async () => {
    const page = await hospital()
    const widget = await openForm(page)
    await widget.getByRole('button', { name: 'Send' }).click()
    await expect
      .poll(() => focused(page))
      .toMatchObject({ tag: 'div', text: expect.stringMatching(/^There is a problem/) })
    const links = widget.locator('.es a')
    expect(await links.allTextContents()).toEqual([
      'Enter a title of up to 120 characters',
      'Enter your story, between 50 and 7,000 characters',
      'Select which best describes you',
      'Enter a nickname of up to 40 characters, without an email address',
      'Confirm that you agree to the rules',
    ])
    await links.first().press('Enter')
    await expect.poll(() => focused(page)).toMatchObject({ tag: 'input', id: 'title' })
    expect(await widget.locator('#title').getAttribute('aria-describedby')).toBe('title-e')
    expect(await widget.locator('#title-e').textContent()).toContain('Enter a title')
    await links.nth(2).click()
    await expect.poll(() => focused(page)).toMatchObject({ name: 'authorRole', type: 'radio' })
    expect(await widget.locator('fieldset:has(#authorRole)').getAttribute('aria-describedby')).toBe(
      'authorRole-e',
    )
    await page.close()
  }, 60_000)

  it('counts characters without blocking typing, and hints at an email address in the story', async () => {
    const page = await hospital()
    const widget = await openForm(page)
    const body = widget.locator('#body')
    await body.fill('x'.repeat(7005))
    expect((await body.inputValue()).length).toBe(7005)
    await expect
      .poll(() => widget.locator('#body-c').textContent())
      .toContain('You have 5 characters too many')
    await body.fill('You can write to me at jo.bloggs@example.com if you want to know more about my stay.')
    const hint = widget.locator('#body-p li', { hasText: 'jo.bloggs@example.com' })
    await hint.waitFor()
    expect(await body.getAttribute('aria-describedby')).toBe('body-h body-c body-p')
    await page.close()
  }, 60_000)

  it('retries after a refusal and a lost answer with one idempotency key, making one story', async () => {
    const title = `Retried story ${Date.now()}`
    const page = await hospital()
    const widget = await openForm(page)
    const keys: string[] = []
    let attempt = 0
    await page.route('**/api/v1/stories', async (route) => {
      keys.push(route.request().headers()['idempotency-key']!)
      attempt++
      if (attempt === 1)
        return route.fulfill({
          status: 429,
          headers: { 'Retry-After': '30' },
          json: { error: { code: 'rate_limited', message: 'Too many' } },
        })
      if (attempt === 2) {
        await route.fetch() // the story reaches the server, but its answer never reaches the page
        return route.abort('connectionreset')
      }
      return route.continue()
    })
    await widget.locator('#title').fill(title)
    await widget.locator('#body').fill(STORY)
    await widget.locator('#authorRole').check()
    await widget.locator('#nickname').fill('Patient patient')
    await widget.locator('#agree').check()
    const send = widget.getByRole('button', { name: 'Send' })
    await send.dblclick()

    await widget.getByText('Wait 30 seconds and try again.').waitFor()
    await expect
      .poll(() => focused(page))
      .toMatchObject({
        tag: 'div',
        text: expect.stringMatching(/has not been sent/),
      })
    await widget.getByRole('button', { name: 'Try again' }).click()
    await widget.getByText('You seem to be offline.').waitFor()
    expect(await storiesTitled(title)).toHaveLength(1)
    await widget.getByRole('button', { name: 'Try again' }).click()
    await widget.getByText('Thank you. Your story has been sent').waitFor()

    expect(keys).toHaveLength(3)
    expect(new Set(keys).size).toBe(1)
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/)
    expect(await storiesTitled(title)).toHaveLength(1)
    await page.close()
  }, 60_000)

  it('leaves no cookies, makes no third-party requests and throws nothing into the page', async () => {
    expect(await context.cookies()).toEqual([])
    expect(foreign).toEqual([])
    expect(pageErrors).toEqual([])
  })
})
