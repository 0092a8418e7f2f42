import { rateLimitWindow } from '../rate-limit.ts'
import type postgres from 'postgres'
import type { Sql } from '../db.ts'
import type { Lang } from '../i18n/index.ts'
import type { PrecheckFlag } from '../precheck/index.ts'
import { responseChangeJson, type ResponseChange } from './response-change.ts'
import type { PublicResponse, StorySubmission, StoryStatus, Tag } from './schemas.ts'

export interface FeedRow {
  id: string
  title: string
  bodyStart: string
  publishedAt: Date
  authorRole: StorySubmission['authorRole']
  nickname: string
  responseCount: number
  services: { id: string; name: string; nameCy: string | null }[]
  responders: (Responder & { changeDetail: ResponseChange | null })[]
}

/** Who answered a published story: one entry per responder, with the furthest change they report. */
export interface Responder {
  organisationName: string
  responderTitle: string
  change: 'planned' | 'made' | null
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
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      ${respondersOf(sql)} as responders
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

/**
 * The responders of story `s`, in the order they first answered, from its published responses
 * (responses_published_story_idx); a responder who answered twice is listed once, with "made" if
 * any of their responses reports a change made, else "planned" if one plans a change. Its
 * `changeDetail` is the newest published claim of that status among their responses (summary and
 * months, as the story API's `change`), null for a change marked before claims had summaries.
 */
const respondersOf = (sql: Sql) => sql`(
  select coalesce(json_agg(json_build_object('organisationName', r.organisation_name,
      'responderTitle', r.responder_title, 'change', r.change,
      'changeDetail', (
        select json_build_object('status', c.status, 'summary', c.summary,
          'expectedBy', to_char(c.expected_by, 'YYYY-MM'),
          'madeAt', case when c.status = 'made' then to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end)
        from response_changes c
        where c.response_id = any(r.ids) and c.state = 'published' and c.status = r.change
        order by c.published_at desc limit 1)) order by r.first_at), '[]')
  from (
    select x.organisation_name, x.responder_title, min(x.published_at) as first_at,
      case when bool_or(x.change_marker = 'made') then 'made'
        when bool_or(x.change_marker = 'planned') then 'planned' end as change,
      array_agg(x.id) filter (where x.change_marker is not null) as ids
    from responses x where x.story_id = s.id and x.status = 'published'
    group by x.organisation_name, x.responder_title
  ) r)`

interface PublicStoryRow {
  id: string
  title: string
  body: string
  /** The language it was told in. */
  lang: Lang
  publishedAt: Date
  authorRole: StorySubmission['authorRole']
  nickname: string
  services: { id: string; name: string; nameCy: string | null }[]
  tags: (Tag & { group: Tag['group'] })[]
}

export interface PublishedStory extends Omit<PublicStoryRow, 'tags'> {
  tags: Record<Tag['group'], { slug: string; label: string; labelCy: string }[]>
  responses: PublicResponse[]
}

/** A published story with its published responses; undefined for anything not published. */
export async function getPublishedStory(sql: Sql, id: string): Promise<PublishedStory | undefined> {
  const [story] = await sql<PublicStoryRow[]>`
    select s.id, s.title, s.body, s.lang, s.published_at, s.author_role, s.nickname,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy) order by sn.position), '[]')
         from story_nodes sn join service_nodes n on n.id = sn.node_id where sn.story_id = s.id) as services,
      (select coalesce(json_agg(json_build_object('slug', t.slug, 'label', t.label, 'labelCy', t.label_cy,
                'group', t.grp) order by t.grp, t.position), '[]')
         from story_tags st join tags t on t.slug = st.tag_slug where st.story_id = s.id) as tags
    from stories s
    where s.id = ${id} and s.status = 'published'`
  if (!story) return undefined
  const responses = await sql<(Omit<PublicResponse, 'publishedAt'> & { publishedAt: Date })[]>`
    select r.id, r.responder_title, r.organisation_name, r.body, r.change_marker, r.published_at,
      ${responseChangeJson(sql)} as change
    from responses r where r.story_id = ${id} and r.status = 'published' order by r.published_at`
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
  /** The Idempotency-Key to claim for this story in the same statement. */
  claim?: { key: string; requestHash: string }
}

/**
 * Inserts a pending story with its services, tags and first audit event in one statement, and
 * claims its Idempotency-Key in the same statement. Returns false when the key was already
 * claimed (nothing is written then); a concurrent claim of the same key waits for the first to
 * commit. Alone, it needs no transaction: one statement is atomic.
 */
export async function insertStory(sql: Sql, { id, input, flags, origin, claim }: NewStory): Promise<boolean> {
  const tags = [...new Set([...input.tags.good, ...input.tags.improve, ...input.tags.feelings])]
  const widget =
    input.widgetId && origin
      ? sql`(select w.id from widgets w where w.id = ${input.widgetId} and ${origin} = any(w.allowed_origins))`
      : sql`null::uuid`
  const claimed = claim ? sql`exists (select from k)` : sql`true`
  const [row] = await sql<{ inserted: boolean }[]>`
    with k as (
      insert into idempotency_keys (scope, key, request_hash, story_id)
      select 'story_submission', ${claim?.key ?? null}::text, ${claim?.requestHash ?? null}::text, ${id}::uuid
      where ${claim !== undefined}
      on conflict do nothing
      returning story_id
    ),
    s as (
      insert into stories (id, status, title, body, original_title, original_body, author_role, age_group,
        nickname, email, route, lang, flags, flag_count, widget_id, widget_origin)
      select ${id}, 'pending', ${input.title}, ${input.body}, ${input.title}, ${input.body}, ${input.authorRole},
        ${input.ageGroup ?? null}, ${input.nickname}, ${input.email ?? null}, ${input.route}, ${input.lang ?? 'en'},
        ${sql.json(flags as unknown as postgres.JSONValue)}, ${flags.length}, w.id,
        case when w.id is not null then ${origin ?? null}::text end
      from (select ${widget} as id) w
      where ${claimed}
      returning id
    ),
    n as (
      insert into story_nodes (story_id, node_id, position)
      select s.id, x.node_id, x.ord from s, unnest(${[...new Set(input.serviceIds)]}::uuid[]) with ordinality x (node_id, ord)
    ),
    t as (
      insert into story_tags (story_id, tag_slug) select s.id, x.slug from s, unnest(${tags}::text[]) x (slug)
    ),
    e as (
      insert into story_events (story_id, to_status, actor_type) select s.id, 'pending', 'author' from s
    )
    select exists (select from s) as inserted`
  return row!.inserted
}

export interface IdempotentStory {
  storyId: string
  requestHash: string
}

export async function findIdempotentStory(sql: Sql, key: string): Promise<IdempotentStory | undefined> {
  const [row] = await sql<IdempotentStory[]>`
    select story_id, request_hash from idempotency_keys where scope = 'story_submission' and key = ${key}`
  return row
}

export interface Admission {
  /** The story an earlier request with the same Idempotency-Key made (no hit is counted then). */
  earlier?: IdempotentStory
  allowed: boolean
  /** Seconds until the rate-limit window ends. */
  retryAfter: number
}

/**
 * The checks before a submission, in one statement: a replayed Idempotency-Key finds its story;
 * anything else counts one hit against the rate-limit `bucket` (see rate-limit.ts).
 */
export async function admitSubmission(
  sql: Sql,
  {
    key,
    bucket,
    limit,
    windowSeconds,
  }: { key?: string; bucket: string; limit: number; windowSeconds: number },
): Promise<Admission> {
  const window = rateLimitWindow(windowSeconds)
  const [row] = await sql<{ storyId: string | null; requestHash: string | null; hits: number | null }[]>`
    with earlier as (
      select story_id, request_hash from idempotency_keys
      where scope = 'story_submission' and key = ${key ?? null}::text
    ),
    hit as (
      insert into rate_limits (bucket, window_start, hits)
      select ${bucket}, ${window.start}, 1 where not exists (select from earlier)
      on conflict (bucket, window_start) do update set hits = rate_limits.hits + 1
      returning hits
    )
    select (select story_id from earlier), (select request_hash from earlier), (select hits from hit)`
  if (row!.storyId) {
    return {
      earlier: { storyId: row!.storyId, requestHash: row!.requestHash! },
      allowed: true,
      retryAfter: 0,
    }
  }
  return { allowed: row!.hits! <= limit, retryAfter: window.retryAfter }
}

export type ActorType = 'author' | 'moderator' | 'system' | 'operator'

export interface StatusChange {
  storyId: string
  to: StoryStatus
  actor: { type: ActorType; id?: string }
  reason?: string
  /** Only for `held`: when the story publishes itself. */
  heldUntil?: Date
  /** When the change happened; defaults to now (the demo seeder back-dates its stories). */
  at?: Date
}

/** Locks the story and sets its status (see lifecycle.ts); the status it had, or undefined if none. */
export async function updateStoryStatus(sql: Sql, change: StatusChange): Promise<StoryStatus | undefined> {
  const at = change.at ?? null
  const [row] = await sql<{ fromStatus: StoryStatus }[]>`
    update stories s set
      status = ${change.to},
      status_reason = ${change.reason ?? null},
      held_until = ${change.heldUntil ?? null},
      published_at = case when ${change.to} = 'published'
        then coalesce(s.published_at, date_trunc('milliseconds', coalesce(${at}::timestamptz, now())))
        else s.published_at end,
      updated_at = now()
    from (select id, status from stories where id = ${change.storyId} for update) old
    where s.id = old.id
    returning old.status as from_status`
  return row?.fromStatus
}

/** Puts a published story into the feed of each of its services and their ancestors. */
export async function addFeedEntries(sql: Sql, storyId: string): Promise<void> {
  await sql`
    insert into feed_entries (node_id, published_at, story_id)
    select distinct c.ancestor_id, s.published_at, s.id
    from stories s
    join story_nodes sn on sn.story_id = s.id
    join service_closure c on c.descendant_id = sn.node_id
    where s.id = ${storyId}
    on conflict do nothing`
}

export async function removeFeedEntries(sql: Sql, storyId: string): Promise<void> {
  await sql`delete from feed_entries where story_id = ${storyId}`
}

/** The audit event of a status change. */
export async function insertStoryEvent(
  sql: Sql,
  change: StatusChange,
  fromStatus: StoryStatus,
): Promise<void> {
  await sql`
    insert into story_events (story_id, from_status, to_status, actor_type, actor_id, reason, created_at)
    values (${change.storyId}, ${fromStatus}, ${change.to}, ${change.actor.type}, ${change.actor.id ?? null},
      ${change.reason ?? null}, coalesce(${change.at ?? null}::timestamptz, now()))`
}
