import { html } from 'hono/html'
import type { Sql } from '../db.ts'
import type { Html } from '../html/layout.ts'

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

/** Each kind of detail in plain words, and why it goes. English now, one place for Welsh later. */
export const REMOVED_WORDS: Record<string, { what: string; why: string }> = {
  person_name: { what: 'names of people', why: 'so that nobody in your story can be identified' },
  date: { what: 'exact dates', why: 'so that you cannot be identified from when it happened' },
  email: { what: 'an email address', why: 'to keep contact details private' },
  phone: { what: 'a phone number', why: 'to keep contact details private' },
  nhs_number: { what: 'an NHS number', why: 'to keep your health record private' },
  postcode: { what: 'part of an address', why: 'so that you cannot be identified from where you live' },
  url: { what: 'a web address', why: 'because stories are published without links' },
  profanity: { what: 'swear words', why: 'so that everyone can read your story' },
  all_caps: { what: 'words in capital letters (now in ordinary letters)', why: 'to make it easier to read' },
}

const NOTES_TEXT = {
  heading: 'What our moderator changed',
  removed: 'Before publishing, our moderator removed:',
  other: 'Our moderator changed some words to keep you and other people anonymous.',
  waitHeading: 'How long it may take',
  ahead: (n: number) =>
    n === 0
      ? 'Your story is next in the queue.'
      : `There ${n === 1 ? 'is 1 story' : `are ${n} stories`} ahead of yours.`,
  median: (words: string) => `Over the last four weeks, half of all stories were checked within ${words}.`,
  noFigures: 'Most stories are checked within 2 working days.',
} as const

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

const hoursInWords = (hours: number) => {
  if (hours < 1) return 'an hour'
  if (hours < 24) return `${Math.ceil(hours)} ${Math.ceil(hours) === 1 ? 'hour' : 'hours'}`
  const days = Math.ceil(hours / 24)
  return `${days} ${days === 1 ? 'day' : 'days'}`
}

/** The partial itself: nothing when there is nothing to say. */
export function moderationNotes(notes: ModerationNotes | undefined): Html | string {
  if (!notes) return ''
  const known = notes.removed.map((r) => REMOVED_WORDS[r]).filter((w) => w !== undefined)
  const changed = notes.edited
    ? html`<h2>${NOTES_TEXT.heading}</h2>
        ${
          known.length
            ? html`<p>${NOTES_TEXT.removed}</p>
                <ul>
                  ${known.map((w) => html`<li>${w.what}, ${w.why}</li>`)}
                </ul>`
            : html`<p>${NOTES_TEXT.other}</p>`
        }`
    : ''
  const wait = notes.wait
    ? html`<h2>${NOTES_TEXT.waitHeading}</h2>
        <p>
          ${NOTES_TEXT.ahead(notes.wait.ahead)}
          ${notes.wait.medianHours === null ? NOTES_TEXT.noFigures : NOTES_TEXT.median(hoursInWords(notes.wait.medianHours))}
        </p>`
    : ''
  return html`${changed}${wait}`
}
