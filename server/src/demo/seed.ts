import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import type { Sql, SqlPool } from '../db.ts'
import { storyPrechecks } from '../precheck/index.ts'
import { importDirectory } from '../services/import.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { insertStory } from '../stories/queries.ts'
import { StorySubmission } from '../stories/schemas.ts'
import { seedDemoSubscribers } from './seed-subscribers.ts'
import type { DemoStory } from './types.ts'
import { seedDemoUsers } from './users.ts'

const DAY = 86_400_000

export interface SeedResult {
  seeded: boolean
  services: number
  stories: number
}

async function loadStories(): Promise<DemoStory[]> {
  const [{ storiesA }, { storiesB }] = await Promise.all([import('./stories-a.ts'), import('./stories-b.ts')])
  return [...storiesA, ...storiesB]
}

/**
 * Loads the fictional demo directory and its stories, in every state of the lifecycle.
 * Does nothing when the directory already has stories, so it is safe to run at every start.
 */
export async function seedDemo(
  sql: SqlPool,
  onProgress: (message: string) => void = () => {},
): Promise<SeedResult> {
  const [{ count }] = await sql<{ count: number }[]>`select count(*)::int as count from stories`
  if (count > 0) return { seeded: false, services: 0, stories: count }
  // Demo staff accounts with published passwords: only ever into an empty database.
  if (await seedDemoUsers(sql)) onProgress('demo staff sign-ins')
  const csv = await readFile(new URL('./directory.csv', import.meta.url), 'utf8')
  const imported = await importDirectory(sql, csv)
  if (!imported.ok)
    throw new Error(`demo directory is invalid: ${JSON.stringify(imported.errors.slice(0, 3))}`)
  onProgress(`directory: ${imported.total} services`)

  const codes = new Map(
    (await sql<{ code: string; id: string }[]>`select external_code as code, id from service_nodes`).map(
      (r) => [r.code, r.id],
    ),
  )
  const stories = await loadStories()
  const now = Date.now()
  let done = 0
  // One transaction: one commit to the disk instead of hundreds, and all or nothing.
  await sql.begin(async (tx) => {
    for (const [index, story] of stories.entries()) {
      await seedStory(tx, story, index, codes, now)
      if (++done % 50 === 0 || done === stories.length) onProgress(`stories: ${done} of ${stories.length}`)
    }
  })
  if (await sql.begin((tx) => seedDemoSubscribers(tx))) onProgress('demo subscriber: the Riverside trust')
  return { seeded: true, services: imported.total, stories: stories.length }
}

async function seedStory(
  sql: Sql,
  story: DemoStory,
  index: number,
  codes: Map<string, string>,
  now: number,
): Promise<void> {
  const id = randomUUID()
  const input = StorySubmission.parse({
    title: story.title,
    body: story.body,
    serviceIds: story.codes.map((code) => {
      const nodeId = codes.get(code)
      if (!nodeId) throw new Error(`demo story ${index} names unknown service ${code}`)
      return nodeId
    }),
    authorRole: story.authorRole,
    nickname: story.nickname,
    email: story.hasEmail ? `author${index}@example.org` : undefined,
    ageGroup: story.ageGroup,
    tags: story.tags,
    route: index % 3 === 0 ? 'site' : 'widget',
  })
  const flags = storyPrechecks(input.title, input.body)
  const submittedAt = new Date(now - story.daysAgo * DAY - (index % 24) * 3_600_000)
  await insertStory(sql, { id, input, flags })
  await sql`update stories set submitted_at = ${submittedAt}, criticality = ${story.criticality} where id = ${id}`
  await sql`update story_events set created_at = ${submittedAt} where story_id = ${id}`
  if (story.status === 'pending') return

  const moderator = { type: 'system' as const }
  const reviewedAt = new Date(Math.min(now - 60_000, submittedAt.getTime() + DAY / 4))
  await changeStoryStatus(sql, { storyId: id, to: 'in_review', actor: moderator, at: reviewedAt })
  if (story.status === 'in_review') return
  if (story.status === 'rejected') {
    await changeStoryStatus(sql, {
      storyId: id,
      to: 'rejected',
      actor: moderator,
      reason: story.rejectionReason,
      at: reviewedAt,
    })
    return
  }
  if (story.status === 'held') {
    const heldUntil = new Date(now + (3 + (index % 10)) * DAY)
    await changeStoryStatus(sql, { storyId: id, to: 'held', actor: moderator, heldUntil, at: reviewedAt })
    return
  }
  const publishedAt = new Date(Math.min(now - 30_000, submittedAt.getTime() + DAY))
  await changeStoryStatus(sql, { storyId: id, to: 'published', actor: moderator, at: publishedAt })
  for (const response of story.responses ?? []) {
    const at = new Date(Math.min(now - 10_000, publishedAt.getTime() + response.daysAfter * DAY))
    await sql`
      insert into responses (story_id, status, responder_title, organisation_name, body, change_marker,
        created_at, published_at)
      select ${id}, 'published', ${response.responder}, coalesce(root.name, n.name), ${response.body},
        ${response.changeMarker ?? null}, ${at}, date_trunc('milliseconds', ${at}::timestamptz)
      from story_nodes sn
      join service_nodes n on n.id = sn.node_id
      left join lateral (
        select a.name from service_closure c join service_nodes a on a.id = c.ancestor_id
        where c.descendant_id = n.id and a.parent_id is null
      ) root on true
      where sn.story_id = ${id} and sn.position = 1`
  }
  if (story.responses?.length) {
    await sql`update stories set response_count = ${story.responses.length} where id = ${id}`
  }
  if (story.status === 'withdrawn' || story.status === 'hidden') {
    const reason = story.status === 'hidden' ? story.hiddenReason : 'Withdrawn by the author'
    await changeStoryStatus(sql, {
      storyId: id,
      to: story.status,
      actor: story.status === 'hidden' ? moderator : { type: 'author' },
      reason,
      at: new Date(Math.min(now - 5_000, publishedAt.getTime() + 2 * DAY)),
    })
  }
}
