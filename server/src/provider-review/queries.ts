import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { Ownership, ProviderReview, ReviewReason } from './schemas.ts'

// Ownership: a node's own value, else its nearest ancestor's, else public.

/** Each of the story's services with its effective ownership, in the story's order. */
export async function storyServiceOwnership(
  sql: Sql,
  storyId: string,
): Promise<{ id: string; name: string; ownership: Ownership }[]> {
  return sql<{ id: string; name: string; ownership: Ownership }[]>`
    select n.id, n.name, coalesce((
      select a.ownership from service_closure c join service_nodes a on a.id = c.ancestor_id
      where c.descendant_id = n.id and a.ownership is not null
      order by c.distance limit 1), 'public') as ownership
    from story_nodes sn join service_nodes n on n.id = sn.node_id
    where sn.story_id = ${storyId}
    order by sn.position, n.name`
}

export interface PrivateProvider {
  nodeId: string
  name: string
  nameCy: string | null
}

/**
 * The private provider a story is about: for the first of its services whose ownership is
 * private, the node that set it (the nearest ancestor, or itself, with ownership set).
 */
export async function findPrivateProvider(sql: Sql, storyId: string): Promise<PrivateProvider | undefined> {
  const [row] = await sql<PrivateProvider[]>`
    select p.id as node_id, p.name, p.name_cy
    from story_nodes sn
    cross join lateral (
      select a.id, a.name, a.name_cy, a.ownership from service_closure c join service_nodes a on a.id = c.ancestor_id
      where c.descendant_id = sn.node_id and a.ownership is not null
      order by c.distance limit 1) p
    where sn.story_id = ${storyId} and p.ownership = 'private'
    order by sn.position limit 1`
  return row
}

export interface Recipient {
  email: string
  subscriberId: string | null
  /** The member's language; for a contact email, the story's. */
  lang: Lang
}

/**
 * Who hears about a story waiting for a private provider: the admins of each provider subscriber
 * covering the story's services under that provider; when none subscribes, the nearest contact
 * email set on the directory.
 */
export async function providerRecipients(
  sql: Sql,
  storyId: string,
  providerNodeId: string,
): Promise<Recipient[]> {
  const admins = await sql<Recipient[]>`
    select distinct u.email, s.id as subscriber_id, u.lang
    from story_nodes sn
    join service_closure pc on pc.descendant_id = sn.node_id and pc.ancestor_id = ${providerNodeId}
    join service_closure c on c.descendant_id = sn.node_id
    join subscriber_coverage cov on cov.node_id = c.ancestor_id
    join subscribers s on s.id = cov.subscriber_id and s.kind = 'provider'
    join memberships m on m.subscriber_id = s.id and m.role = 'admin' and not m.frozen
    join users u on u.id = m.user_id
    where sn.story_id = ${storyId}`
  if (admins.length) return admins
  const [contact] = await sql<{ email: string; lang: Lang }[]>`
    select a.contact_email as email, st.lang
    from story_nodes sn
    join stories st on st.id = sn.story_id
    join service_closure pc on pc.descendant_id = sn.node_id and pc.ancestor_id = ${providerNodeId}
    join service_closure c on c.descendant_id = sn.node_id
    join service_nodes a on a.id = c.ancestor_id
    where sn.story_id = ${storyId} and a.contact_email is not null
    order by sn.position, c.distance limit 1`
  return contact ? [{ email: contact.email, subscriberId: null, lang: contact.lang }] : []
}

// Reviews and their links

export async function insertReview(
  sql: Sql,
  review: { storyId: string; provider: PrivateProvider; dueAt: Date },
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into provider_reviews (story_id, provider_node_id, provider_name, due_at)
    values (${review.storyId}, ${review.provider.nodeId}, ${review.provider.name}, ${review.dueAt})
    returning id`
  return row!.id
}

export async function insertReviewLink(
  sql: Sql,
  link: { tokenHash: string; reviewId: string; subscriberId: string | null; expiresAt: Date },
): Promise<void> {
  await sql`
    insert into provider_review_links (token_hash, review_id, subscriber_id, expires_at)
    values (${link.tokenHash}, ${link.reviewId}, ${link.subscriberId}, ${link.expiresAt})`
}

export interface LinkedReview {
  reviewId: string
  storyId: string
  storyStatus: string
  providerName: string
  answer: string | null
  dueAt: Date
  expiresAt: Date
  usedAt: Date | null
  title: string
  body: string
  /** The language the story was told in. */
  lang: Lang
  services: string[]
  /** Each service's Welsh name, where it has one (in the order of `services`). */
  servicesCy: (string | null)[]
  providerNameCy: string | null
}

/** The review a link belongs to, with the story as moderated; locks the link with `forUpdate`. */
export async function findLinkedReview(
  sql: Sql,
  tokenHash: string,
  forUpdate = false,
): Promise<LinkedReview | undefined> {
  const [row] = await sql<LinkedReview[]>`
    select r.id as review_id, r.story_id, s.status as story_status, r.provider_name, r.answer, r.due_at,
      l.expires_at, l.used_at, s.title, s.body, s.lang, p.name_cy as provider_name_cy,
      array(select n.name from story_nodes sn join service_nodes n on n.id = sn.node_id
            where sn.story_id = s.id order by sn.position) as services,
      array(select n.name_cy from story_nodes sn join service_nodes n on n.id = sn.node_id
            where sn.story_id = s.id order by sn.position) as services_cy
    from provider_review_links l
    join provider_reviews r on r.id = l.review_id
    join stories s on s.id = r.story_id
    left join service_nodes p on p.id = r.provider_node_id
    where l.token_hash = ${tokenHash}
    ${forUpdate ? sql`for update of l, r, s` : sql``}`
  return row
}

export async function markLinkUsed(sql: Sql, tokenHash: string): Promise<void> {
  await sql`update provider_review_links set used_at = now() where token_hash = ${tokenHash}`
}

export async function recordAnswer(
  sql: Sql,
  reviewId: string,
  answer: { answer: 'go_ahead' | 'review' | 'no_answer'; reason?: ReviewReason; details?: string | null },
): Promise<void> {
  await sql`
    update provider_reviews set answer = ${answer.answer}, answered_at = now(),
      reason = ${answer.reason ?? null}, details = ${answer.details ?? null}
    where id = ${reviewId}`
}

/** The review waiting for its provider's answer, locked with its story. */
export async function lockWaitingReview(
  sql: Sql,
  reviewId: string,
): Promise<{ storyId: string; storyStatus: string; dueAt: Date } | undefined> {
  const [row] = await sql<{ storyId: string; storyStatus: string; dueAt: Date }[]>`
    select r.story_id, s.status as story_status, r.due_at
    from provider_reviews r join stories s on s.id = r.story_id
    where r.id = ${reviewId} and r.answer is null
    for update of r, s`
  return row
}

/** The story's review request still waiting for a senior moderator, if any. */
export async function openReviewRequest(
  sql: Sql,
  storyId: string,
): Promise<{ id: string; answeredAt: Date } | undefined> {
  const [row] = await sql<{ id: string; answeredAt: Date }[]>`
    select id, answered_at from provider_reviews
    where story_id = ${storyId} and answer = 'review' and outcome is null
    order by started_at desc limit 1`
  return row
}

/** Whether the provider has already had its say on this story (it is not asked twice). */
export async function providerHasAnswered(sql: Sql, storyId: string): Promise<boolean> {
  const [row] =
    await sql`select 1 from provider_reviews where story_id = ${storyId} and answer is not null limit 1`
  return Boolean(row)
}

export async function recordOutcome(
  sql: Sql,
  reviewId: string,
  outcome: { outcome: 'published' | 'edited' | 'restricted'; by: string | null; publicReason?: string },
): Promise<void> {
  await sql`
    update provider_reviews set outcome = ${outcome.outcome}, outcome_by = ${outcome.by}, outcome_at = now(),
      public_reason = ${outcome.publicReason ?? null}
    where id = ${reviewId}`
}

/** Whether a moderator changed the story's text after the provider asked for a review. */
export async function editedSince(sql: Sql, storyId: string, since: Date): Promise<boolean> {
  const [row] =
    await sql`select 1 from story_redactions where story_id = ${storyId} and created_at >= ${since} limit 1`
  return Boolean(row)
}

type ReviewRow = Omit<ProviderReview, 'startedAt' | 'dueAt' | 'answeredAt'> & {
  startedAt: Date
  dueAt: Date
  answeredAt: Date | null
}

/** Every time the story waited for its provider, newest first. */
export async function listStoryReviews(sql: Sql, storyId: string): Promise<ProviderReview[]> {
  const rows = await sql<ReviewRow[]>`
    select id, provider_name, started_at, due_at, answer, answered_at, reason, details, outcome, public_reason
    from provider_reviews where story_id = ${storyId} order by started_at desc`
  return rows.map((r) => ({
    ...r,
    startedAt: r.startedAt.toISOString(),
    dueAt: r.dueAt.toISOString(),
    answeredAt: r.answeredAt?.toISOString() ?? null,
  }))
}

/** Drops any claim on the story (a decision ends it). */
export async function dropStoryClaim(sql: Sql, storyId: string): Promise<void> {
  await sql`delete from moderation_claims where item_kind = 'story' and item_id = ${storyId}`
}

/** Another moderator's live claim on the story, if any. */
export async function otherLiveClaim(sql: Sql, storyId: string, userId: string): Promise<boolean> {
  const [row] = await sql`
    select 1 from moderation_claims
    where item_kind = 'story' and item_id = ${storyId} and moderator_id <> ${userId} and expires_at > now()`
  return Boolean(row)
}
