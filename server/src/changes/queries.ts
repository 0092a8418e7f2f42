import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import type { Member } from '../tenancy/membership.ts'
import type { ChangeClaim, ChangeClaimed } from './schemas.ts'

interface ClaimedResponse {
  storyId: string
  status: string
  responderId: string | null
  changeMarker: 'planned' | 'made' | null
  publishedAt: Date | null
  claimed: boolean
}

interface PendingClaim {
  id: string
  status: 'planned' | 'made'
  responsePublishedAt: Date | null
  previousMarker: 'planned' | 'made' | null
}

const thisMonth = (now: Date) => now.toISOString().slice(0, 7)

/** Refuses a claim that cannot be made on this response now. */
function checkClaim(member: Member, current: ClaimedResponse, input: ChangeClaim, now: Date) {
  if (member.role !== 'admin' && current.responderId !== member.userId) {
    throw new AppError('forbidden', 'Only the person who wrote a response, or an admin, can change it.')
  }
  if (current.status !== 'pending' && current.status !== 'published') {
    throw new AppError('conflict', `This response is ${current.status}, so it cannot carry a change.`)
  }
  if (current.claimed) {
    throw new AppError('conflict', 'A moderator is reading this response now. Try again in a few minutes.')
  }
  if (input.status === 'planned' && current.status === 'published' && current.changeMarker === 'made') {
    throw new AppError('conflict', 'This change is already marked made.')
  }
  if (input.status === 'planned' && input.expectedBy && input.expectedBy < thisMonth(now)) {
    throw new AppError('validation_failed', 'The expected month has passed.', [
      { path: 'expectedBy', message: 'Give this month or a later one' },
    ])
  }
}

/**
 * Records a change claim on one of the member's subscriber's responses for a moderator to check.
 * A published response stays public as it is while the claim waits; a response still waiting
 * for a moderator is checked with its claim. A claim still waiting is replaced. Inside
 * `sql.begin`; undefined when the response is not the subscriber's.
 */
export async function claimChange(
  sql: Sql,
  member: Member,
  responseId: string,
  input: ChangeClaim,
  now = new Date(),
): Promise<ChangeClaimed | undefined> {
  const [current] = await sql<ClaimedResponse[]>`
    select r.story_id, r.status, r.responder_id, r.change_marker, r.published_at,
      exists (select 1 from moderation_claims c
              where c.item_kind = 'response' and c.item_id = r.id and c.expires_at > now()) as claimed
    from responses r
    where r.id = ${responseId} and r.subscriber_id = ${member.subscriberId}
    for update of r`
  if (!current) return undefined
  checkClaim(member, current, input, now)
  // A claim that took its response off the public pages (before claims waited beside published
  // responses) passes that on to the claim replacing it.
  const [waiting] = await sql<PendingClaim[]>`
    delete from response_changes where response_id = ${responseId} and state = 'pending'
    returning id, status, response_published_at, previous_marker`
  const [row] = await sql<{ id: string; expectedBy: string | null }[]>`
    insert into response_changes (response_id, status, summary, expected_by, author_id,
      response_published_at, previous_marker)
    values (${responseId}, ${input.status}, ${input.summary},
      coalesce(${input.expectedBy ? `${input.expectedBy}-01` : null}::date,
        (select p.expected_by from response_changes p
         where p.response_id = ${responseId} and p.state = 'published' and p.status = 'planned'
         order by p.published_at desc limit 1)),
      ${member.userId}, ${waiting?.responsePublishedAt ?? null}, ${waiting?.previousMarker ?? null})
    returning id, to_char(expected_by, 'YYYY-MM') as expected_by`
  if (current.status === 'pending') {
    await sql`update responses set change_marker = ${input.status}, updated_at = now() where id = ${responseId}`
  }
  return {
    change: {
      id: row!.id,
      status: input.status,
      summary: input.summary,
      expectedBy: row!.expectedBy,
      state: 'pending',
    },
    published: false,
  }
}

export interface SettledClaim {
  /** The mail the story's author gets for a published claim. */
  mail: 'change_planned' | 'change_made' | null
  /** A rejected claim on a response that was published: the response is public again. */
  restored: boolean
}

/**
 * A moderator decided a response waiting with its change claim, or the claim alone on a published
 * response: the claim is published (the response's change_marker becomes its status) or rejected
 * (the response keeps the change it had). A claim from before claims waited beside published
 * responses had taken its response off the public pages: rejecting it puts the response back as
 * it was. Inside the decision's transaction.
 */
export async function settleChangeClaim(
  sql: Sql,
  responseId: string,
  published: boolean,
): Promise<SettledClaim> {
  const [claim] = await sql<(PendingClaim & { storyId: string })[]>`
    update response_changes c set state = ${published ? 'published' : 'rejected'},
      published_at = ${published ? sql`date_trunc('milliseconds', now())` : null}
    from responses r
    where c.response_id = ${responseId} and c.state = 'pending' and r.id = c.response_id
    returning c.id, c.status, c.response_published_at, c.previous_marker, r.story_id`
  if (!claim) return { mail: null, restored: false }
  if (published) {
    await sql`update responses set change_marker = ${claim.status} where id = ${responseId}`
    return { mail: claim.status === 'made' ? 'change_made' : 'change_planned', restored: false }
  }
  if (!claim.responsePublishedAt) return { mail: null, restored: false }
  await sql`
    update responses set status = 'published', published_at = ${claim.responsePublishedAt},
      change_marker = ${claim.previousMarker}, status_reason = null, updated_at = now()
    where id = ${responseId}`
  await sql`
    update stories set response_count = response_count + 1, updated_at = now() where id = ${claim.storyId}`
  return { mail: null, restored: true }
}

/** A waiting claim, for the moderator reading the response. */
export async function pendingChangeClaim(sql: Sql, responseId: string) {
  const [row] = await sql<{ status: 'planned' | 'made'; summary: string; expectedBy: string | null }[]>`
    select status, summary, to_char(expected_by, 'YYYY-MM') as expected_by
    from response_changes where response_id = ${responseId} and state = 'pending'`
  return row
}
