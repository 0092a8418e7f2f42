import type { Sql } from '../db.ts'
import type { ReviewReason } from './schemas.ts'

export interface RestrictedNotice {
  id: string
  restrictedAt: Date
  services: { id: string; name: string; nameCy?: string | null }[]
  providerName: string
  reason: ReviewReason
  publicReason: string
}

const servicesJson = (sql: Sql) => sql`
  (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by sn.position), '[]')
     from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id)`

const lastRestriction = (sql: Sql) => sql`
  join lateral (
    select r.provider_name, r.reason, r.public_reason, r.outcome_at from provider_reviews r
    where r.story_id = s.id and r.outcome = 'restricted' order by r.outcome_at desc limit 1) r on true`

/** What the public may know of a restricted story: that it exists, who restricted it and why. Never its text. */
export async function getRestrictedNotice(sql: Sql, storyId: string): Promise<RestrictedNotice | undefined> {
  const [row] = await sql<RestrictedNotice[]>`
    select s.id, r.outcome_at as restricted_at,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      r.provider_name, r.reason, r.public_reason
    from stories s ${lastRestriction(sql)}
    where s.id = ${storyId} and s.status = 'restricted'`
  return row
}

export interface RestrictedStoryRow extends RestrictedNotice {
  title: string
  body: string
  authorRole: string
  nickname: string
  criticality: number | null
  details: string | null
}

const withinCoverage = (sql: Sql, subscriberId: string) => sql`
  exists (
    select 1 from story_nodes sn
    join service_closure c on c.descendant_id = sn.node_id
    join subscriber_coverage cov on cov.node_id = c.ancestor_id
    where sn.story_id = s.id and cov.subscriber_id = ${subscriberId})`

/** Restricted stories about services within the subscriber's coverage, newest first, in full. */
export async function listRestrictedStories(
  sql: Sql,
  subscriberId: string,
  limit: number,
): Promise<RestrictedStoryRow[]> {
  return sql<RestrictedStoryRow[]>`
    select s.id, s.title, s.body, s.author_role, s.nickname, s.criticality, r.outcome_at as restricted_at,
      ${servicesJson(sql)} as services, r.provider_name, r.reason, r.public_reason, null as details
    from stories s ${lastRestriction(sql)}
    where s.status = 'restricted' and ${withinCoverage(sql, subscriberId)}
    order by r.outcome_at desc, s.id
    limit ${limit}`
}

/** One restricted story within the subscriber's coverage, in full. */
export async function getRestrictedStory(
  sql: Sql,
  subscriberId: string,
  storyId: string,
): Promise<RestrictedStoryRow | undefined> {
  const [row] = await sql<RestrictedStoryRow[]>`
    select s.id, s.title, s.body, s.author_role, s.nickname, s.criticality, r.outcome_at as restricted_at,
      ${servicesJson(sql)} as services, r.provider_name, r.reason, r.public_reason, null as details
    from stories s ${lastRestriction(sql)}
    where s.id = ${storyId} and s.status = 'restricted' and ${withinCoverage(sql, subscriberId)}`
  return row
}

/** Each provider's review requests and how they ended, for platform admins. */
export async function providerReviewStats(sql: Sql) {
  return sql<
    {
      nodeId: string
      providerName: string
      stories: number
      goAhead: number
      noAnswer: number
      reviewRequests: number
      reasons: Record<string, number>
      published: number
      edited: number
      restricted: number
      open: number
    }[]
  >`
    select r.provider_node_id as node_id, n.name as provider_name,
      count(*)::int as stories,
      count(*) filter (where r.answer = 'go_ahead')::int as go_ahead,
      count(*) filter (where r.answer = 'no_answer')::int as no_answer,
      count(*) filter (where r.answer = 'review')::int as review_requests,
      (select coalesce(jsonb_object_agg(x.reason, x.n), '{}')
         from (select y.reason, count(*)::int as n from provider_reviews y
               where y.provider_node_id = r.provider_node_id and y.reason is not null group by y.reason) x) as reasons,
      count(*) filter (where r.outcome = 'published')::int as published,
      count(*) filter (where r.outcome = 'edited')::int as edited,
      count(*) filter (where r.outcome = 'restricted')::int as restricted,
      count(*) filter (where r.answer = 'review' and r.outcome is null)::int as open
    from provider_reviews r join service_nodes n on n.id = r.provider_node_id
    group by r.provider_node_id, n.name
    order by count(*) filter (where r.answer = 'review') desc, n.name`
}

/** Review requests waiting for a senior moderator, oldest first. */
export async function listOpenReviewRequests(sql: Sql) {
  return sql<
    {
      reviewId: string
      storyId: string
      title: string
      providerName: string
      reason: ReviewReason
      details: string | null
      answeredAt: Date
    }[]
  >`
    select r.id as review_id, r.story_id, s.title, r.provider_name, r.reason, r.details, r.answered_at
    from provider_reviews r join stories s on s.id = r.story_id
    where r.answer = 'review' and r.outcome is null
    order by r.answered_at, r.id
    limit 200`
}
