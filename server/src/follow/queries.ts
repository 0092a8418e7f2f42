import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import { hashToken, TOKEN_PATTERN } from '../auth/tokens.ts'
import { eraseStoryMail } from '../mail/outbox.ts'
import type { Lang } from '../i18n/index.ts'
import type { PrecheckFlag } from '../precheck/index.ts'
import { responseChangeJson, type ResponseChange } from '../stories/response-change.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import type { StoryStatus } from '../stories/schemas.ts'

export interface FollowedReply {
  id: string
  body: string
  status: 'pending' | 'published' | 'rejected' | 'withdrawn'
  statusReason: string | null
}

export interface FollowedResponse {
  id: string
  responderTitle: string
  organisationName: string
  body: string
  changeMarker: 'planned' | 'made' | null
  change: ResponseChange | null
  publishedAt: Date
  replies: FollowedReply[]
}

export interface FollowedStory {
  id: string
  status: StoryStatus
  title: string
  body: string
  nickname: string
  submittedAt: Date
  publishedAt: Date | null
  heldUntil: Date | null
  statusReason: string | null
  hasEmail: boolean
  /** The language the story was told in: its follow page speaks it unless the reader chooses. */
  lang: Lang
  responses: FollowedResponse[]
}

/** The story a follow token opens, or undefined for anything else. */
export async function findStoryByToken(sql: Sql, token: string): Promise<string | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined
  const [row] = await sql<{ storyId: string }[]>`
    select story_id from follow_tokens where token_hash = ${hashToken(token)}`
  return row?.storyId
}

/** What the author sees: the current (moderated) text, published responses and their own replies. */
export async function getFollowedStory(sql: Sql, storyId: string): Promise<FollowedStory | undefined> {
  const [story] = await sql<Omit<FollowedStory, 'responses'>[]>`
    select id, status, title, body, nickname, submitted_at, published_at, held_until, status_reason,
      email is not null as has_email, lang
    from stories where id = ${storyId}`
  if (!story) return undefined
  const responses = await sql<(Omit<FollowedResponse, 'publishedAt'> & { publishedAt: string })[]>`
    select r.id, r.responder_title, r.organisation_name, r.body, r.change_marker, r.published_at,
      ${responseChangeJson(sql)} as change,
      (select coalesce(json_agg(json_build_object('id', a.id, 'body', a.body, 'status', a.status,
                'statusReason', case when a.status = 'rejected' then a.status_reason end) order by a.created_at), '[]')
         from author_replies a where a.response_id = r.id) as replies
    from responses r
    where r.story_id = ${storyId} and r.status = 'published'
    order by r.published_at`
  return { ...story, responses: responses.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt) })) }
}

export type ReplyOutcome = { id: string } | 'no_such_response' | 'story_closed'

/** Adds the author's reply to a published response of their story; always pending moderation. */
export async function insertReply(
  sql: Sql,
  storyId: string,
  responseId: string,
  body: string,
  flags: PrecheckFlag[],
): Promise<ReplyOutcome> {
  const [story] = await sql<{ status: StoryStatus }[]>`select status from stories where id = ${storyId}`
  if (!story || story.status !== 'published') return 'story_closed'
  const [row] = await sql<{ id: string }[]>`
    insert into author_replies (story_id, response_id, body, original_body, flags, flag_count)
    select r.story_id, r.id, ${body}, ${body}, ${sql.json(flags as unknown as postgres.JSONValue)}, ${flags.length}
    from responses r where r.id = ${responseId} and r.story_id = ${storyId} and r.status = 'published'
    returning id`
  return row ? { id: row.id } : 'no_such_response'
}

export type WithdrawOutcome = 'withdrawn' | 'already' | 'not_withdrawable'

/** The author takes the story back: out of every feed and page at once. Call inside `sql.begin`. */
export async function withdrawStory(sql: Sql, storyId: string): Promise<WithdrawOutcome> {
  const [story] = await sql<
    { status: StoryStatus }[]
  >`select status from stories where id = ${storyId} for update`
  if (!story) return 'not_withdrawable'
  if (story.status === 'withdrawn') return 'already'
  if (story.status === 'rejected' || story.status === 'submitted') return 'not_withdrawable'
  await changeStoryStatus(sql, {
    storyId,
    to: 'withdrawn',
    actor: { type: 'author' },
    reason: 'Withdrawn by the author',
  })
  await sql`delete from moderation_claims where item_kind = 'story' and item_id = ${storyId}`
  return 'withdrawn'
}

/** Forgets the author's email address, here and in every mail about the story. Inside `sql.begin`. */
export async function eraseAuthorEmail(sql: Sql, storyId: string): Promise<void> {
  await sql`update stories set email = null, updated_at = now() where id = ${storyId}`
  await eraseStoryMail(sql, storyId)
}
