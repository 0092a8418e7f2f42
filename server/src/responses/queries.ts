import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { EDIT_MINUTES } from '../inbox/story.ts'
import { answerPrechecks, type PrecheckFlag } from '../precheck/index.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import type { Member } from '../tenancy/membership.ts'
import { FAST_TRACK_RECORD, type NewResponse, type ResponsePatch } from './schemas.ts'

/**
 * Whether the responder's last FAST_TRACK_RECORD decided responses were all published without a
 * moderator's edit (a moderator's edit keeps the original in original_body; a rejection counts
 * against too). A recent slip takes them off the fast track until ten clean ones follow.
 */
export async function hasCleanRecord(sql: Sql, responderId: string): Promise<boolean> {
  const rows = await sql<{ clean: boolean }[]>`
    select status = 'published' and original_body is null as clean
    from responses
    where responder_id = ${responderId} and status in ('published', 'rejected')
    order by created_at desc
    limit ${FAST_TRACK_RECORD}`
  return rows.length === FAST_TRACK_RECORD && rows.every((r) => r.clean)
}

/**
 * Published at once only for a responder with a clean record, for a response that claims no
 * change and trips no pre-check (names, contact details…); otherwise a moderator reads it first.
 */
export async function mayPublishAtOnce(
  sql: Sql,
  responderId: string,
  changeMarker: string | null,
  flags: PrecheckFlag[],
): Promise<boolean> {
  return changeMarker === null && flags.length === 0 && (await hasCleanRecord(sql, responderId))
}

/** A published response: one more on the story, and its author is told (if they left an email). */
async function countPublished(sql: Sql, storyId: string, publicUrl: string): Promise<void> {
  await sql`update stories set response_count = response_count + 1, updated_at = now() where id = ${storyId}`
  await queueAuthorMail(sql, { storyId, kind: 'answered', publicUrl })
}

/** The pre-checks of a response (answerPrechecks: not those about stories alone). */
const responseFlags = (body: string) => answerPrechecks(body, 'response')

const flagsJson = (sql: Sql, flags: PrecheckFlag[]) => sql.json(flags as unknown as postgres.JSONValue)

/**
 * Writes a response for the member's subscriber to a story within its coverage (checked by the
 * caller). Inside `sql.begin`. Returns its id and whether it was published at once.
 */
export async function insertResponse(
  sql: Sql,
  member: Member,
  storyId: string,
  input: NewResponse,
  publicUrl: string,
): Promise<{ id: string; published: boolean }> {
  const flags = responseFlags(input.body)
  const published = await mayPublishAtOnce(sql, member.userId, input.changeMarker, flags)
  const [row] = await sql<{ id: string }[]>`
    insert into responses (story_id, status, responder_title, organisation_name, body, change_marker,
      subscriber_id, responder_id, on_behalf_of, flags, flag_count, published_at)
    values (${storyId}, ${published ? 'published' : 'pending'}, ${input.responderTitle}, ${member.subscriberName},
      ${input.body}, ${input.changeMarker}, ${member.subscriberId}, ${member.userId}, ${input.onBehalfOf ?? null},
      ${flagsJson(sql, flags)}, ${flags.length}, ${published ? sql`date_trunc('milliseconds', now())` : null})
    returning id`
  if (published) await countPublished(sql, storyId, publicUrl)
  return { id: row!.id, published }
}

interface OwnResponse {
  storyId: string
  status: string
  responderId: string | null
  body: string
  responderTitle: string
  changeMarker: 'planned' | 'made' | null
  editableNow: boolean
  claimed: boolean
}

export type EditOutcome = { published: boolean; storyId: string } | 'not_found'

/**
 * The writer (or an admin) edits one of their subscriber's responses: while it waits for
 * moderation (unless a moderator is working on it), or within EDIT_MINUTES of publishing. An edit
 * to a published response is checked like a new one: if it would not be published at once, it
 * goes back to moderation and off the public pages until a moderator publishes it again.
 * Inside `sql.begin`.
 */
export async function editResponse(
  sql: Sql,
  member: Member,
  responseId: string,
  patch: ResponsePatch,
): Promise<EditOutcome> {
  const [current] = await sql<OwnResponse[]>`
    select r.story_id, r.status, r.responder_id, r.body, r.responder_title, r.change_marker,
      r.status = 'pending' or (r.status = 'published'
        and now() < r.published_at + make_interval(mins => ${EDIT_MINUTES})) as editable_now,
      exists (select 1 from moderation_claims c
              where c.item_kind = 'response' and c.item_id = r.id and c.expires_at > now()) as claimed
    from responses r
    where r.id = ${responseId} and r.subscriber_id = ${member.subscriberId}
    for update of r`
  if (!current) return 'not_found'
  if (member.role !== 'admin' && current.responderId !== member.userId) {
    throw new AppError('forbidden', 'Only the person who wrote a response, or an admin, can edit it.')
  }
  if (!current.editableNow) {
    throw new AppError(
      'conflict',
      current.status === 'published'
        ? `A response can be edited for ${EDIT_MINUTES} minutes after it is published; that time has passed.`
        : `This response is ${current.status} and can no longer be edited.`,
    )
  }
  if (current.claimed) {
    throw new AppError('conflict', 'A moderator is reading this response now. Try again in a few minutes.')
  }
  const body = patch.body ?? current.body
  const changeMarker = patch.changeMarker === undefined ? current.changeMarker : patch.changeMarker
  const flags = responseFlags(body)
  const wasPublished = current.status === 'published'
  const stays = wasPublished && (await mayPublishAtOnce(sql, member.userId, changeMarker, flags))
  await sql`
    update responses set body = ${body}, responder_title = ${patch.responderTitle ?? current.responderTitle},
      change_marker = ${changeMarker}, flags = ${flagsJson(sql, flags)}, flag_count = ${flags.length},
      status = ${wasPublished && !stays ? 'pending' : current.status},
      published_at = ${wasPublished && !stays ? null : sql`published_at`},
      last_edited_at = now(), updated_at = now()
    where id = ${responseId}`
  if (wasPublished && !stays) {
    await sql`
      update stories set response_count = greatest(response_count - 1, 0), updated_at = now()
      where id = ${current.storyId}`
  }
  return { published: stays, storyId: current.storyId }
}
