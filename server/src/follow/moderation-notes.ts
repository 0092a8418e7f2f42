import { html } from 'hono/html'
import type { Sql } from '../db.ts'
import type { Html } from '../html/layout.ts'
import { defineMessages, formatNumber, type Lang } from '../i18n/index.ts'

/**
 * The follow page's account of moderation, in plain words: what kinds of detail a moderator
 * removed and why (never who), and, while the story waits, how long it is likely to wait.
 */
export interface ModerationNotes {
  /** Kinds of detail removed (pre-check rule names); `edited` when the words changed at all. */
  removed: string[]
  edited: boolean
  /** While waiting: stories ahead in the queue, and the median wait over the last four weeks. */
  wait?: { ahead: number; medianHours: number | null }
}

/** The notes' words in English and Welsh: each kind of detail removed (what, and why), and the wait. */
export const moderationNoteMessages = defineMessages(
  {
    'what.person_name': 'names of people',
    'why.person_name': 'so that nobody in your story can be identified',
    'what.date': 'exact dates',
    'why.date': 'so that you cannot be identified from when it happened',
    'what.email': 'an email address',
    'why.email': 'to keep contact details private',
    'what.phone': 'a phone number',
    'why.phone': 'to keep contact details private',
    'what.nhs_number': 'an NHS number',
    'why.nhs_number': 'to keep your health record private',
    'what.postcode': 'part of an address',
    'why.postcode': 'so that you cannot be identified from where you live',
    'what.url': 'a web address',
    'why.url': 'because stories are published without links',
    'what.profanity': 'swear words',
    'why.profanity': 'so that everyone can read your story',
    'what.all_caps': 'words in capital letters (now in ordinary letters)',
    'why.all_caps': 'to make it easier to read',
    heading: 'What our moderator changed',
    removed: 'Before publishing, our moderator removed:',
    other: 'Our moderator changed some words to keep you and other people anonymous.',
    waitHeading: 'How long it may take',
    next: 'Your story is next in the queue.',
    aheadOne: 'There is 1 story ahead of yours.',
    ahead: (n: string) => `There are ${n} stories ahead of yours.`,
    median: (words: string) => `Over the last four weeks, half of all stories were checked within ${words}.`,
    noFigures: 'Most stories are checked within 2 working days.',
    anHour: 'an hour',
    hourOne: '1 hour',
    hours: (n: string) => `${n} hours`,
    dayOne: '1 day',
    days: (n: string) => `${n} days`,
  },
  {
    'what.person_name': 'enwau pobl',
    'why.person_name': 'fel na all neb yn eich stori gael ei adnabod',
    'what.date': 'dyddiadau penodol',
    'why.date': "fel na allwch chi gael eich adnabod o'r adeg y digwyddodd",
    'what.email': 'cyfeiriad e-bost',
    'why.email': 'er mwyn cadw manylion cyswllt yn breifat',
    'what.phone': 'rhif ffôn',
    'why.phone': 'er mwyn cadw manylion cyswllt yn breifat',
    'what.nhs_number': 'rhif GIG',
    'why.nhs_number': 'er mwyn cadw eich cofnod iechyd yn breifat',
    'what.postcode': 'rhan o gyfeiriad',
    'why.postcode': "fel na allwch chi gael eich adnabod o'r lle rydych chi'n byw",
    'what.url': 'cyfeiriad gwe',
    'why.url': 'oherwydd bod straeon yn cael eu cyhoeddi heb ddolenni',
    'what.profanity': 'geiriau rheg',
    'why.profanity': 'fel bod pawb yn gallu darllen eich stori',
    'what.all_caps': 'geiriau mewn priflythrennau (mewn llythrennau arferol bellach)',
    'why.all_caps': "i'w gwneud yn haws eu darllen",
    heading: 'Beth newidiodd ein cymedrolwr',
    removed: 'Cyn cyhoeddi, tynnodd ein cymedrolwr:',
    other: 'Newidiodd ein cymedrolwr rai geiriau er mwyn eich cadw chi a phobl eraill yn ddienw.',
    waitHeading: 'Faint o amser y gallai ei gymryd',
    next: "Eich stori chi yw'r nesaf yn y ciw.",
    aheadOne: 'Mae 1 stori o flaen eich un chi.',
    // A noun after a number stays singular in Welsh ("5 stori").
    ahead: (n: string) => `Mae ${n} stori o flaen eich un chi.`,
    median: (words: string) =>
      `Dros y pedair wythnos diwethaf, cafodd hanner yr holl straeon eu gwirio o fewn ${words}.`,
    noFigures: "Mae'r rhan fwyaf o straeon yn cael eu gwirio o fewn 2 ddiwrnod gwaith.",
    anHour: 'awr',
    hourOne: 'awr',
    hours: (n: string) => `${n} awr`,
    dayOne: 'diwrnod',
    days: (n: string) => `${n} diwrnod`,
  },
)

type NoteKey = keyof (typeof moderationNoteMessages)['en']
/** The kinds of detail the notes can name (pre-check rules); any other is left out. */
const NAMED = new Set(
  Object.keys(moderationNoteMessages.en)
    .filter((k) => k.startsWith('what.'))
    .map((k) => k.slice(5)),
)

const WEEKS_4 = 28

export async function getModerationNotes(
  sql: Sql,
  story: { id: string; status: string; submittedAt: Date },
): Promise<ModerationNotes> {
  const [edits] = await sql<{ edited: boolean; rules: string[] }[]>`
    select exists (select 1 from story_redactions where story_id = ${story.id}) as edited,
      coalesce((select array_agg(distinct r) from moderation_events m,
          jsonb_array_elements_text(coalesce(m.detail->'rules', '[]')) r
        where m.item_kind = 'story' and m.item_id = ${story.id} and m.action = 'edit'), '{}') as rules`
  const notes: ModerationNotes = { removed: edits!.rules, edited: edits!.edited }
  if (!['pending', 'in_review', 'submitted'].includes(story.status)) return notes
  const [wait] = await sql<{ ahead: number; medianHours: number | null }[]>`
    select
      (select count(*) from stories where status in ('pending', 'in_review')
        and submitted_at < ${story.submittedAt})::int as ahead,
      (select percentile_cont(0.5) within group (order by extract(epoch from e.created_at - s.submitted_at)) / 3600
        from story_events e join stories s on s.id = e.story_id
        where e.to_status in ('published', 'rejected', 'held') and e.actor_type = 'moderator'
          and e.created_at > now() - make_interval(days => ${WEEKS_4}))::float8 as median_hours`
  return { ...notes, wait: wait! }
}

function hoursInWords(hours: number, lang: Lang) {
  const t = moderationNoteMessages[lang]
  if (hours < 1) return t.anHour
  const h = Math.ceil(hours)
  if (h < 24) return h === 1 ? t.hourOne : t.hours(formatNumber(h, lang))
  const days = Math.ceil(hours / 24)
  return days === 1 ? t.dayOne : t.days(formatNumber(days, lang))
}

/** The partial itself, in `lang`: nothing when there is nothing to say. */
export function moderationNotes(notes: ModerationNotes | undefined, lang: Lang = 'en'): Html | string {
  if (!notes) return ''
  const t = moderationNoteMessages[lang]
  const known = notes.removed.filter((r) => NAMED.has(r))
  // "names of people, so that nobody in your story can be identified".
  const item = (rule: string) =>
    `${t[`what.${rule}` as NoteKey] as string}, ${t[`why.${rule}` as NoteKey] as string}`
  const changed = notes.edited
    ? html`<h2>${t.heading}</h2>
        ${
          known.length
            ? html`<p>${t.removed}</p>
                <ul>
                  ${known.map((r) => html`<li>${item(r)}</li>`)}
                </ul>`
            : html`<p>${t.other}</p>`
        }`
    : ''
  const ahead = (n: number) => (n === 0 ? t.next : n === 1 ? t.aheadOne : t.ahead(formatNumber(n, lang)))
  const wait = notes.wait
    ? html`<h2>${t.waitHeading}</h2>
        <p>
          ${ahead(notes.wait.ahead)}
          ${notes.wait.medianHours === null ? t.noFigures : t.median(hoursInWords(notes.wait.medianHours, lang))}
        </p>`
    : ''
  return html`${changed}${wait}`
}
