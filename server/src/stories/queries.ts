import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import type { PrecheckFlag } from '../precheck/index.ts'
import type { PublicResponse, StorySubmission, Tag } from './schemas.ts'

export interface FeedRow {
  id: string
  title: string
  bodyStart: string
  publishedAt: Date
  authorRole: StorySubmission['authorRole']
  nickname: string
  responseCount: number
  services: { id: string; name: string }[]
}

export interface FeedCursor {
  publishedAt: Date
  id: string
}

/**
 * Published stories about any of `nodeIds` or their subtrees, newest first. Each node's feed is
 * an index range scan over feed_entries, so the cost depends on `limit`, not on the table size.
 */
export async function listFeed(
  sql: Sql,
  nodeIds: readonly string[],
  limit: number,
  cursor?: FeedCursor,
): Promise<FeedRow[]> {
  const after = cursor
    ? sql`and (f.published_at, f.story_id) < (${cursor.publishedAt}, ${cursor.id}::uuid)`
    : sql``
  return sql<FeedRow[]>`
    select s.id, s.title, left(s.body, 400) as body_start, s.published_at, s.author_role, s.nickname,
      s.response_count,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services
    from (
      select distinct on (e.published_at, e.story_id) e.published_at, e.story_id
      from unnest(${nodeIds as string[]}::uuid[]) as q (node_id)
      cross join lateral (
        select f.published_at, f.story_id from feed_entries f
        where f.node_id = q.node_id ${after}
        order by f.published_at desc, f.story_id desc
        limit ${limit}
      ) e
      order by e.published_at desc, e.story_id desc
      limit ${limit}
    ) page
    join stories s on s.id = page.story_id
    order by page.published_at desc, page.story_id desc`
}

interface PublicStoryRow {
  id: string
  title: string
  body: string
  publishedAt: Date
  authorRole: StorySubmission['authorRole']
  nickname: string
  services: { id: string; name: string }[]
  tags: (Tag & { group: Tag['group'] })[]
}

export interface PublishedStory extends Omit<PublicStoryRow, 'tags'> {
  tags: Record<Tag['group'], { slug: string; label: string; labelCy: string }[]>
  responses: PublicResponse[]
}

/** A published story with its published responses; undefined for anything not published. */
export async function getPublishedStory(sql: Sql, id: string): Promise<PublishedStory | undefined> {
  const [story] = await sql<PublicStoryRow[]>`
    select s.id, s.title, s.body, s.published_at, s.author_role, s.nickname,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      (select coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label, 'labelCy', t.label_cy,
                'group', t.grp) order by t.grp, t.position), '[]')
         from story_tags st join tags t on t.slug = st.tag_slug where st.story_id = s.id) as tags
    from stories s
    where s.id = ${id} and s.status = 'published'`
  if (!story) return undefined
  const responses = await sql<(Omit<PublicResponse, 'publishedAt'> & { publishedAt: Date })[]>`
    select id, responder_title, organisation_name, body, change_marker, published_at
    from responses where story_id = ${id} and status = 'published' order by published_at`
  const tags: PublishedStory['tags'] = { good: [], improve: [], feelings: [] }
  for (const { group, slug, label, labelCy } of story.tags) tags[group].push({ slug, label, labelCy })
  return {
    ...story,
    tags,
    responses: responses.map((r) => ({ ...r, publishedAt: new Date(r.publishedAt).toISOString() })),
  }
}

export async function listTags(sql: Sql): Promise<Tag[]> {
  return sql<Tag[]>`
    select slug, grp as group, label, label_cy, polarity from tags where not retired order by grp, position`
}

export type StoredFlag = PrecheckFlag & { field: 'title' | 'body' }

export interface NewStory {
  id: string
  input: StorySubmission
  flags: StoredFlag[]
  /** The request's Origin: kept with `input.widgetId` only when it is one of that widget's allowed sites. */
  origin?: string
}

/** Inserts a pending story with its services, tags and first audit event in one statement. */
export async function insertStory(sql: Sql, { id, input, flags, origin }: NewStory): Promise<void> {
  const tags = [...new Set([...input.tags.good, ...input.tags.improve, ...input.tags.feelings])]
  const widget =
    input.widgetId && origin
      ? sql`(select w.id from widgets w where w.id = ${input.widgetId} and ${origin} = any(w.allowed_origins))`
      : sql`null::uuid`
  await sql`
    with s as (
      insert into stories (id, status, title, body, original_title, original_body, author_role, age_group,
        nickname, email, route, flags, flag_count, widget_id, widget_origin)
      select ${id}, 'pending', ${input.title}, ${input.body}, ${input.title}, ${input.body}, ${input.authorRole},
        ${input.ageGroup ?? null}, ${input.nickname}, ${input.email ?? null}, ${input.route},
        ${sql.json(flags as unknown as postgres.JSONValue)}, ${flags.length}, w.id,
        case when w.id is not null then ${origin ?? null}::text end
      from (select ${widget} as id) w
      returning id
    ),
    n as (
      insert into story_nodes (story_id, node_id, position)
      select s.id, x.node_id, x.ord from s, unnest(${[...new Set(input.serviceIds)]}::uuid[]) with ordinality x (node_id, ord)
    ),
    t as (
      insert into story_tags (story_id, tag_slug) select s.id, x.slug from s, unnest(${tags}::text[]) x (slug)
    )
    insert into story_events (story_id, to_status, actor_type) select s.id, 'pending', 'author' from s`
}

export interface IdempotencyClaim {
  storyId: string
  requestHash: string
  /** True when this request claimed the key; false when an earlier request already had. */
  claimed: boolean
}

/**
 * Claims an idempotency key for `storyId`. A concurrent claim of the same key waits for the
 * first transaction to finish, then sees its story.
 */
export async function claimIdempotencyKey(
  sql: Sql,
  key: string,
  requestHash: string,
  storyId: string,
): Promise<IdempotencyClaim> {
  const [mine] = await sql<{ storyId: string }[]>`
    insert into idempotency_keys (scope, key, request_hash, story_id)
    values ('story_submission', ${key}, ${requestHash}, ${storyId})
    on conflict do nothing
    returning story_id`
  if (mine) return { storyId, requestHash, claimed: true }
  const [theirs] = await sql<{ storyId: string; requestHash: string }[]>`
    select story_id, request_hash from idempotency_keys where scope = 'story_submission' and key = ${key}`
  return { ...theirs!, claimed: false }
}

export async function findIdempotentStory(
  sql: Sql,
  key: string,
): Promise<{ storyId: string; requestHash: string } | undefined> {
  const [row] = await sql<{ storyId: string; requestHash: string }[]>`
    select story_id, request_hash from idempotency_keys where scope = 'story_submission' and key = ${key}`
  return row
}
