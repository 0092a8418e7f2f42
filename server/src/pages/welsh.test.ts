import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { CATALOGUES } from '../../test/catalogues.ts'
import { resetDatabase } from '../../test/db.ts'
import { attributes, strayWords, wordsOf } from '../../test/page-words.ts'
import { seedWelsh, WELSH, type WelshFixture } from '../../test/welsh.ts'
import { hashToken, randomToken } from '../auth/tokens.ts'
import { formatDate, formatMonth, type Message } from '../i18n/index.ts'
import { MESSAGES_CY } from '../precheck/routes.ts'

/**
 * Every public page in Welsh, rendered from Welsh fixtures: no English word may be left on it
 * outside passages marked `lang="en"` (someone else's English words), every link and form keeps
 * `lang=cy`, and each page has the switch to English and its `hreflang` alternates.
 */
const { app, sql } = testApp()
const BASE = 'http://heard.test'
const asBrowser = { headers: { Accept: 'text/html' } }
let f: WelshFixture
let address = 0
let answeredAt: string | null = null

const post = (path: string, fields: Record<string, string>) =>
  app.request(path, {
    method: 'POST',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-forwarded-for': `203.0.113.${++address}`,
    },
    body: new URLSearchParams(fields).toString(),
    redirect: 'manual',
  })
const get = (path: string) => app.request(path, asBrowser)
const keyOf = (page: string) => page.match(/name="key" value="([^"]+)"/)![1]!

/** Every word a Welsh page may hold: the Welsh catalogues', the pre-check's, Welsh months, the brand. */
function welshWords(fixture: Set<string>): Set<string> {
  const words = (m: Message) => wordsOf(typeof m === 'string' ? m : m('', '', '', ''))
  const months = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2026, m, 5)))
  return new Set([
    ...Object.values(CATALOGUES).flatMap((c) => Object.values(c.cy).flatMap(words)),
    ...Object.values(MESSAGES_CY).flatMap(wordsOf),
    ...months.flatMap((d) => [...wordsOf(formatDate(d, 'cy')), ...wordsOf(formatMonth(d, 'cy'))]),
    'heard',
    ...fixture,
  ])
}

/** The Welsh pages, by name: [status, html]. */
const pages = new Map<string, [number, string]>()

async function visit(name: string, res: Response | Promise<Response>) {
  const r = await res
  pages.set(name, [r.status, await r.text()])
}

beforeAll(async () => {
  await resetDatabase(sql)
  f = await seedWelsh(sql)
  const { ids, stories, follow } = f
  const cy = '?lang=cy'
  const missing = '00000000-0000-4000-8000-000000000000'
  await visit('home', get(`/${cy}`))
  await visit('search', get(`/search?q=${encodeURIComponent(WELSH.search.found)}&lang=cy`))
  await visit('search, nothing found', get(`/search?q=${WELSH.search.none}&lang=cy`))
  await visit('search, empty', get(`/search?q=&lang=cy`))
  await visit('service: health board', get(`/services/${ids.board}${cy}`))
  await visit('service: ward', get(`/services/${ids.ward}${cy}`))
  await visit('service: English name', get(`/services/${ids.english}${cy}`))
  await visit('service: no match', get(`/services/${ids.ward}?responded=no&lang=cy`))
  await visit('service: bad filter', get(`/services/${ids.ward}?months=7&lang=cy`))
  await visit('story', get(`/stories/${stories.welsh}${cy}`))
  await visit('story: English', get(`/stories/${stories.english}${cy}`))
  await visit('story: hidden', get(`/stories/${stories.hidden}${cy}`))
  await visit('story: withdrawn', get(`/stories/${stories.withdrawn}${cy}`))
  await visit('story: restricted', get(`/stories/${stories.restricted}${cy}`))
  await visit('story: missing', get(`/stories/${missing}${cy}`))
  await visit('service: missing', get(`/services/${missing}${cy}`))
  await visit('page: missing', get(`/no/such/page${cy}`))
  await visit('report: errors', post(`/stories/${stories.welsh}/report${cy}`, {}))
  await visit('report: sent', get(`/stories/${stories.welsh}/reported${cy}`))
  const tell = `/services/${ids.ward}/tell${cy}`
  await visit('tell', get(tell))
  const key = keyOf(pages.get('tell')![1])
  await visit('tell: errors', post(tell, { key }))
  await visit('tell: expired', post(tell, { key: 'site-nothing.x' }))
  const told = { key, serviceId: ids.ward, authorRole: 'patient', agree: 'yes', ...WELSH.told }
  await visit('tell: check', post(tell, told))
  await visit('tell: thanks', get(`/services/${ids.ward}/tell/thanks?email=1&lang=cy`))
  await visit('tell: thanks, no email', get(`/services/${ids.ward}/tell/thanks${cy}`))
  await visit('tell: missing service', get(`/services/${missing}/tell${cy}`))
  await visit('follow: published', get(`/follow/${follow.welsh}`))
  await visit('follow: waiting', get(`/follow/${follow.pending}`))
  await visit('follow: private provider', get(`/follow/${follow.awaiting}`))
  // The private provider's link, last: answering it moves the story on.
  const review = `/provider-review/${await providerLink(f)}`
  await visit('provider review', get(`${review}${cy}`))
  await visit('provider review: errors', post(`${review}${cy}`, { decision: 'request_review' }))
  await visit('provider review: missing', get(`/provider-review/${'x'.repeat(43)}${cy}`))
  const asked = await post(`${review}${cy}`, { decision: 'request_review', reason: 'legal_concern' })
  answeredAt = asked.headers.get('location')
  await visit('provider review: answered', get(answeredAt!))
}, 60_000)

/** A link for the story waiting for its private provider (the ward, named in Welsh). */
async function providerLink({ stories, ids }: WelshFixture) {
  const token = randomToken()
  const [review] = await sql<{ id: string }[]>`
    insert into provider_reviews (story_id, provider_node_id, provider_name, due_at)
    values (${stories.awaiting}, ${ids.ward}, ${WELSH.ward.name}, now() + interval '72 hours') returning id`
  await sql`
    insert into provider_review_links (token_hash, review_id, expires_at)
    values (${hashToken(token)}, ${review!.id}, now() + interval '72 hours')`
  return token
}

describe('the public pages in Welsh', () => {
  it('render with the status each should have', () => {
    const statuses = Object.fromEntries([...pages].map(([name, [status]]) => [name, status]))
    expect(statuses).toMatchObject({
      home: 200,
      'service: bad filter': 422,
      'story: hidden': 410,
      'story: missing': 404,
      'page: missing': 404,
      'report: errors': 422,
      'tell: errors': 422,
      'tell: expired': 403,
      'tell: check': 200,
      'follow: private provider': 200,
      'provider review': 200,
      'provider review: errors': 422,
      'provider review: missing': 404,
      'provider review: answered': 200,
    })
    expect(answeredAt).toMatch(/^\/provider-review\/[\w-]{43}\?done=requested&lang=cy$/)
    expect(pages.get('provider review: answered')![1]).toContain('Bydd uwch gymedrolwr')
    expect(Object.values(statuses).filter((s) => s >= 500)).toEqual([])
  })

  it('hold no English word outside passages marked lang="en"', () => {
    const allowed = welshWords(f.cyWords)
    const stray = [...pages].flatMap(([name, [, page]]) =>
      strayWords(page, 'en', allowed, f.enWords).map((w) => `${name}: ${w}`),
    )
    expect(stray).toEqual([])
  })

  it('say they are Welsh, and offer the same page in English', () => {
    for (const [name, [, page]] of pages) {
      expect([name, page.match(/<html lang="(\w+)">/)?.[1]]).toEqual([name, 'cy'])
      const [, attrs] = page.match(/<a class="lang-switch"([^>]*)>/) ?? []
      expect([name, attrs && attributes(attrs)]).toEqual([
        name,
        expect.objectContaining({ hreflang: 'en', lang: 'en', href: expect.not.stringContaining('lang=cy') }),
      ])
    }
  })

  it('keep lang=cy in every link and form that stays on Heard', () => {
    const lost: string[] = []
    for (const [name, [, page]] of pages) {
      // The follow page's own links need no lang: a Welsh story's follow page is Welsh by itself.
      if (name.startsWith('follow')) continue
      for (const m of page.matchAll(/<(a|link)\b([^>]*)>/g)) {
        const a = attributes(m[2]!)
        const local = a.href?.startsWith('/') || a.href?.startsWith(BASE)
        if (!local || /^\/assets\/|favicon/.test(a.href!) || a.class === 'lang-switch') continue
        if (a.rel === 'alternate' && a.hreflang && a.hreflang !== 'cy') continue
        if (!a.href!.includes('lang=cy')) lost.push(`${name}: ${m[0]}`)
      }
      for (const m of page.matchAll(/<form\b([^>]*)>([\s\S]*?)<\/form>/g)) {
        const a = attributes(m[1]!)
        const kept =
          a.action?.includes('lang=cy') || m[2]!.includes('<input type="hidden" name="lang" value="cy" />')
        if (!kept) lost.push(`${name}: form ${a.action}`)
      }
    }
    expect(lost).toEqual([])
  })

  it('list themselves in both languages with hreflang, English for anyone else', () => {
    const story = pages.get('story')![1]
    const path = `/stories/${f.stories.welsh}`
    expect(story).toContain(`<link rel="alternate" hreflang="en" href="${BASE}${path}" />`)
    expect(story).toContain(`<link rel="alternate" hreflang="cy" href="${BASE}${path}?lang=cy" />`)
    expect(story).toContain(`<link rel="alternate" hreflang="x-default" href="${BASE}${path}" />`)
    expect(story).toContain(`<link rel="canonical" href="${BASE}${path}?lang=cy" />`)
    for (const name of ['home', 'service: ward', 'story: restricted']) {
      expect([
        name,
        (pages.get(name)![1].match(/hreflang="(en|cy|x-default)" href="http/g) ?? []).length,
      ]).toEqual([name, 3])
    }
    // Private pages are never indexed: a switch, no alternates.
    expect(pages.get('follow: published')![1]).not.toContain('<link rel="alternate" hreflang')
  })
})

describe('the bare-English check', () => {
  it('finds an English word left in a Welsh page, and passes it inside lang="en"', () => {
    const allowed = welshWords(f.cyWords)
    const page = pages.get('story')![1]
    const broken = page.replace('<h2>Ymatebion</h2>', '<h2>Responses</h2>')
    expect(broken).not.toBe(page)
    expect(strayWords(broken, 'en', allowed, f.enWords)).toEqual(['responses (in “Responses”)'])
    const marked = page.replace('<h2>Ymatebion</h2>', '<h2 lang="en">Responses</h2>')
    expect(strayWords(marked, 'en', allowed, f.enWords)).toEqual([])
    // An English name allowed in a title is not allowed in the text unmarked.
    const unmarked = page.replace('<h2>Ymatebion</h2>', '<h2>Zephyrine</h2>')
    expect(strayWords(unmarked, 'en', allowed, f.enWords)).toEqual(['zephyrine (in “Zephyrine”)'])
  })
})
