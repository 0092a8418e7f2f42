import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedWelsh, WELSH, type WelshFixture } from '../../test/welsh.ts'

/** What `?lang=cy` changes, page by page: the words, names, dates, `lang` marks, and where forms lead. */
const { app, sql } = testApp()
let f: WelshFixture
let address = 0
const page = async (path: string) => (await app.request(path, { headers: { Accept: 'text/html' } })).text()
const post = (path: string, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `198.51.100.${++address}`,
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })

beforeAll(async () => {
  await resetDatabase(sql)
  f = await seedWelsh(sql)
})

describe('a service’s Welsh name', () => {
  it('is used on Welsh pages, softened after "am"; the English name stays on English pages', async () => {
    const cy = await page(`/services/${f.ids.board}?lang=cy`)
    expect(cy).toContain('<h1>Straeon am Fwrdd Iechyd Prifysgol yr Arfordir</h1>')
    expect(cy).toContain(`${WELSH.hospital.nameCy}</a></li>`)
    expect(cy).not.toContain(WELSH.board.name)
    const en = await page(`/services/${f.ids.board}`)
    expect(en).toContain(`<h1>Stories about ${WELSH.board.name}</h1>`)
    expect(en).not.toContain(`<h1>Stories about ${WELSH.board.nameCy}`)
    const story = await page(`/stories/${f.stories.welsh}?lang=cy`)
    expect(story).toContain(`?lang=cy">${WELSH.ward.nameCy}</a>`)
    const search = await page(`/search?q=${encodeURIComponent(WELSH.search.found)}&lang=cy`)
    expect(search).toContain(`>${WELSH.ward.nameCy}</a></h2>`)
  })

  it('is missing for one ward, whose English name is marked lang="en" on a Welsh page', async () => {
    const cy = await page(`/services/${f.ids.english}?lang=cy`)
    expect(cy).toContain(`<h1>Straeon am <span lang="en">${WELSH.english.name}</span></h1>`)
    const tell = await page(`/services/${f.ids.hospital}/tell?lang=cy`)
    const option = tell.match(new RegExp(`<option\\s+value="${f.ids.english}"[^>]*>[^<]*</option>`))?.[0]
    expect(option).toMatch(new RegExp(`lang="en"\\s*>\\s*(\u00a0)*${WELSH.english.name}\\s*</option>`))
  })
})

describe('passages in the other language', () => {
  it('an English story on a Welsh page, and a Welsh story on an English page, say their language', async () => {
    const english = await page(`/stories/${f.stories.english}?lang=cy`)
    expect(english).toContain('<html lang="cy">')
    expect(english).toMatch(/<h1 id="story-title"\s+lang="en">Quillworth kindness<\/h1>/)
    expect(english).toMatch(/<div class="card"\s+lang="en"><p>Zephyrine/)
    const welsh = await page(`/stories/${f.stories.welsh}`)
    expect(welsh).toContain('<html lang="en">')
    expect(welsh).toMatch(new RegExp(`<h1 id="story-title"\\s+lang="cy">${WELSH.story.title}</h1>`))
    expect(welsh).toContain('Posted by Merch ddiolchgar (a relative) on')
    // In its own language a story needs no mark.
    expect(await page(`/stories/${f.stories.welsh}?lang=cy`)).toMatch(
      new RegExp(`<h1 id="story-title"\\s*>${WELSH.story.title}</h1>`),
    )
    const list = await page(`/services/${f.ids.ward}`)
    expect(list).toMatch(new RegExp(`<h2 lang="cy"><a href="/stories/${f.stories.welsh}">`))
  })
})

describe('dates and numbers', () => {
  it('are written by Intl in Welsh: days, months, percentages', async () => {
    const story = await page(`/stories/${f.stories.welsh}?lang=cy`)
    expect(story).toContain('>5 Mawrth 2026</time')
    expect(story).toContain('Newid wedi ei gynllunio, disgwylir erbyn Mai 2027')
    expect(await page(`/stories/${f.stories.welsh}`)).toContain('Change planned, expected by May 2027')
    const ward = await page(`/services/${f.ids.ward}?lang=cy`)
    expect(ward).toMatch(/<strong>\d+%<\/strong> wedi eu hateb/)
    expect(story).toContain('Gallwch ddefnyddio hyd at 2,000 nod.')
  })
})

describe('the language through forms', () => {
  it('a Welsh story told on the Welsh form is stored as Welsh, and thanked in Welsh', async () => {
    const path = `/services/${f.ids.ward}/tell?lang=cy`
    const form = await page(path)
    expect(form).toContain(`action="/services/${f.ids.ward}/tell?lang=cy"`)
    const key = form.match(/name="key" value="([^"]+)"/)![1]!
    const fields = { key, serviceId: f.ids.ward, authorRole: 'patient', agree: 'yes', ...WELSH.told }
    const check = await post(path, fields)
    expect(await check.text()).toContain('Mae hwn yn edrych fel rhif ffôn.')
    const sent = await post(path, { ...fields, checked: 'yes' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/services/${f.ids.ward}/tell/thanks?lang=cy`)
    const [story] = await sql`select lang, route from stories where title = ${WELSH.told.title}`
    expect(story).toEqual({ lang: 'cy', route: 'site' })
  })

  it('an English form stays English', async () => {
    const form = await page(`/services/${f.ids.ward}/tell`)
    expect(form).toContain(`action="/services/${f.ids.ward}/tell"`)
    const res = await post(`/services/${f.ids.ward}/tell`, { key: 'bad' })
    expect(await res.text()).toContain('This form has expired')
  })

  it('a Welsh report comes back to the Welsh thank-you page', async () => {
    const story = f.stories.welsh
    const refused = await post(`/stories/${story}/report?lang=cy`, {})
    expect(refused.status).toBe(422)
    expect(await refused.text()).toContain('Dewiswch pam rydych chi&#39;n rhoi gwybod am y stori hon')
    const sent = await post(`/stories/${story}/report?lang=cy`, { reason: 'offensive' })
    expect(sent.status).toBe(303)
    expect(sent.headers.get('location')).toBe(`/stories/${story}/reported?lang=cy`)
  })

  it('the search and filter forms carry lang=cy in a hidden field; an empty search goes home in Welsh', async () => {
    const home = await page('/?lang=cy')
    expect(home).toMatch(
      /<form method="get" action="\/search"[^>]*>\s*<input type="hidden" name="lang" value="cy" \/>/,
    )
    const res = await app.request('/search?lang=cy')
    expect(res.headers.get('location')).toBe('/?lang=cy#find')
    const next = await page(`/services/${f.ids.ward}?responded=yes&lang=cy`)
    expect(next).toContain('<a class="lang-switch" href="/services/')
    expect(next).toMatch(/class="lang-switch" href="\/services\/[^"?]+\?responded=yes"/)
  })
})

describe('the follow page of a Welsh story', () => {
  it('says in Welsh what the moderator removed, how long it may take, and what a private provider may do', async () => {
    const published = await page(`/follow/${f.follow.welsh}`)
    expect(published).toContain('<h2>Beth newidiodd ein cymedrolwr</h2>')
    expect(published).toContain('enwau pobl, fel na all neb yn eich stori gael ei adnabod')
    expect(published).toContain(`http://heard.test/stories/${f.stories.welsh}?lang=cy`)
    const waiting = await page(`/follow/${f.follow.pending}`)
    expect(waiting).toContain('<h2>Faint o amser y gallai ei gymryd</h2>')
    expect(waiting).not.toContain('How long it may take')
    const provider = await page(`/follow/${f.follow.awaiting}`)
    expect(provider).toContain('Darparwr preifat sy&#39;n rhedeg y gwasanaeth')
    const english = await page(`/follow/${f.follow.awaiting}?lang=en`)
    expect(english).toContain('The service is run by a private provider')
  })
})

describe('the Atom feed', () => {
  it('speaks Welsh with ?lang=cy, and links to the Welsh pages', async () => {
    const res = await app.request(`/services/${f.ids.board}/feed.atom?lang=cy`)
    const xml = await res.text()
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="cy">')
    expect(xml).toContain('<title type="text">Straeon am Fwrdd Iechyd Prifysgol yr Arfordir | Heard</title>')
    expect(xml).toContain(`href="http://heard.test/stories/${f.stories.welsh}?lang=cy"`)
  })
})
