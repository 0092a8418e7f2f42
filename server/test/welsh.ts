import type { SqlPool } from '../src/db.ts'
import { softMutation } from '../src/i18n/index.ts'
import { importDirectory } from '../src/services/import.ts'
import { createStory } from './fixtures.ts'
import { followToken } from './follow.ts'
import { wordsOf } from './page-words.ts'

/**
 * A Welsh health board with Welsh names, and one ward with an English name only; Welsh stories
 * (published with a Welsh response and a planned change, hidden, withdrawn, restricted, waiting
 * for a moderator, waiting for a private provider) and an English one. Every Welsh word the
 * fixtures put on a page is in `cyWords`; every English one in `enWords`: a Welsh page may show
 * those only where it marks them `lang="en"` (or in its title and attributes, which cannot).
 */
export const WELSH = {
  board: { name: 'Coastal University Health Board', nameCy: 'Bwrdd Iechyd Prifysgol yr Arfordir' },
  hospital: { name: 'Coastal General Hospital', nameCy: 'Ysbyty Cyffredinol yr Arfordir' },
  ward: { name: 'Stroke Unit', nameCy: 'Uned Strôc' },
  /** No Welsh name: shown in English, marked `lang="en"`, on Welsh pages. */
  english: { name: 'Zephyrine Quillworth Clinic' },
  story: {
    title: 'Gofal caredig ar yr uned',
    body: 'Roedd y nyrsys ar yr uned yn garedig iawn wrth fy nhad bob nos ac yn egluro popeth yn ofalus.',
    nickname: 'Merch ddiolchgar',
  },
  response: {
    title: 'Rheolwr y Ward',
    organisation: 'Bwrdd Iechyd Prifysgol yr Arfordir',
    body: 'Diolch am rannu eich profiad gyda ni.',
    change: 'Byddwn yn hyfforddi rhagor o staff nos.',
  },
  englishStory: {
    title: 'Quillworth kindness',
    body: 'Zephyrine physiotherapists were tremendously attentive overnight, brilliantly reassuring grandmother.',
    nickname: 'Gwennol',
  },
  hiddenReason: 'Roedd y stori yn enwi aelod o staff.',
  restricted: {
    provider: 'Cartref Gofal Glan y Môr',
    reason: 'Gallai manylion yn y stori ddatgelu pwy yw claf.',
  },
  /** Searches: one that finds the ward, one that finds nothing. */
  search: { found: 'Strôc', none: 'Pysgodyn' },
  /** A Welsh story sent through the form, with a phone number the pre-check flags. */
  told: {
    title: 'Nyrsys gwych',
    body: 'Ffoniwch fi ar 07700 900123 os gwelwch yn dda, roedd y gofal yn wych bob dydd ar yr uned.',
    nickname: 'Claf bodlon',
  },
  /** 5 March 2026, noon in London: "5 Mawrth 2026". */
  publishedAt: new Date('2026-03-05T12:00:00Z'),
} as const

export interface WelshFixture {
  ids: Record<'board' | 'hospital' | 'ward' | 'english', string>
  stories: Record<
    'welsh' | 'english' | 'hidden' | 'withdrawn' | 'restricted' | 'pending' | 'awaiting',
    string
  >
  follow: Record<'welsh' | 'pending' | 'awaiting', string>
  /** Words of the Welsh fixtures (names with their soft mutation, tag labels, searches). */
  cyWords: Set<string>
  /** Words of the English fixtures. */
  enWords: Set<string>
}

async function directory(sql: SqlPool) {
  const { board, hospital, ward, english } = WELSH
  const result = await importDirectory(
    sql,
    [
      'code,name,kind,parent_code,postcode,name_cy',
      `CYM,${board.name},organisation,,CF10 1AA,${board.nameCy}`,
      `CYM01,${hospital.name},site,CYM,CF10 2AB,${hospital.nameCy}`,
      `CYM01-W1,${ward.name},ward,CYM01,,${ward.nameCy}`,
      `CYM01-W2,${english.name},ward,CYM01,,`,
    ].join('\n'),
  )
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const rows = await sql<{ code: string; id: string }[]>`
    select external_code as code, id from service_nodes where external_code like 'CYM%'`
  const id = (code: string) => rows.find((r) => r.code === code)!.id
  return { board: id('CYM'), hospital: id('CYM01'), ward: id('CYM01-W1'), english: id('CYM01-W2') }
}

/** A published Welsh response with a published planned change, expected by May 2027. */
async function welshResponse(sql: SqlPool, storyId: string) {
  const r = WELSH.response
  const [row] = await sql<{ id: string }[]>`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, published_at)
    values (${storyId}, 'published', ${r.title}, ${r.organisation}, ${r.body}, 'planned', ${WELSH.publishedAt})
    returning id`
  await sql`
    insert into response_changes (response_id, status, summary, expected_by, state, published_at)
    values (${row!.id}, 'planned', ${r.change}, '2027-05-01', 'published', now())`
  await sql`update stories set response_count = 1 where id = ${storyId}`
}

export async function seedWelsh(sql: SqlPool): Promise<WelshFixture> {
  const ids = await directory(sql)
  const cy = { ...WELSH.story, lang: 'cy', email: 'awdur@example.org' }
  const story = (node: string, status: 'published' | 'pending', extra: Record<string, unknown> = {}) =>
    createStory(sql, [node], status, { ...cy, ...extra })
  const stories = {
    welsh: await story(ids.ward, 'published'),
    english: await story(ids.english, 'published', { ...WELSH.englishStory, lang: 'en' }),
    hidden: await story(ids.ward, 'published'),
    withdrawn: await story(ids.ward, 'published'),
    restricted: await story(ids.ward, 'published'),
    pending: await story(ids.ward, 'pending'),
    awaiting: await story(ids.ward, 'pending'),
  }
  await sql`update stories set published_at = ${WELSH.publishedAt} where id = ${stories.welsh}`
  await sql`update feed_entries set published_at = ${WELSH.publishedAt} where story_id = ${stories.welsh}`
  await welshResponse(sql, stories.welsh)
  await sql`update stories set status = 'hidden', status_reason = ${WELSH.hiddenReason} where id = ${stories.hidden}`
  await sql`update stories set status = 'withdrawn' where id = ${stories.withdrawn}`
  await sql`update stories set status = 'awaiting_provider' where id = ${stories.awaiting}`
  await sql`update stories set status = 'restricted' where id = ${stories.restricted}`
  await sql`
    insert into provider_reviews (story_id, provider_node_id, provider_name, due_at, answer, answered_at,
      reason, outcome, outcome_at, public_reason)
    values (${stories.restricted}, ${ids.ward}, ${WELSH.restricted.provider}, now(), 'review', now(),
      'identifies_someone', 'restricted', ${WELSH.publishedAt}, ${WELSH.restricted.reason})`
  // The moderator took out a name and a date: the follow page says so.
  await sql`
    insert into story_redactions (story_id, field, before, after, reason)
    values (${stories.welsh}, 'body', 'x', 'y', 'name and date')`
  await sql`
    insert into moderation_events (item_kind, item_id, action, detail)
    values ('story', ${stories.welsh}, 'edit', ${sql.json({ rules: ['person_name', 'date'] })})`
  const follow = {
    welsh: await followToken(sql, stories.welsh),
    pending: await followToken(sql, stories.pending),
    awaiting: await followToken(sql, stories.awaiting),
  }
  const tags = await sql<{ labelCy: string }[]>`select label_cy from tags`
  const cyText = [
    ...[WELSH.board, WELSH.hospital, WELSH.ward].flatMap((n) => [n.nameCy, softMutation(n.nameCy)]),
    ...Object.values(WELSH.story),
    ...Object.values(WELSH.response),
    ...Object.values(WELSH.restricted),
    ...Object.values(WELSH.search),
    ...Object.values(WELSH.told),
    WELSH.hiddenReason,
    WELSH.englishStory.nickname,
    ...tags.map((t) => t.labelCy),
  ]
  const enText = [WELSH.english.name, WELSH.englishStory.title, WELSH.englishStory.body]
  return {
    ids,
    stories,
    follow,
    cyWords: new Set(cyText.flatMap(wordsOf)),
    enWords: new Set(enText.flatMap(wordsOf)),
  }
}
