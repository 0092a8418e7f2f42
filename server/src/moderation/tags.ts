import type { z } from '@hono/zod-openapi'
import type { Sql } from '../db.ts'
import type { ModerationTag, TagCreate, TagPatch } from './schemas.ts'

const TAG_COLUMNS = (sql: Sql) => sql`slug, grp as group, label, label_cy, polarity, retired`

/** The whole managed tag list, retired tags included, in display order. */
export async function listAllTags(sql: Sql): Promise<ModerationTag[]> {
  return sql<ModerationTag[]>`select ${TAG_COLUMNS(sql)} from tags order by grp, position, slug`
}

/** Adds a tag at the end of its group; a slug that exists is a 23505 (409). */
export async function createTag(sql: Sql, tag: z.infer<typeof TagCreate>): Promise<ModerationTag> {
  const [row] = await sql<ModerationTag[]>`
    insert into tags (slug, grp, label, label_cy, polarity, position)
    select ${tag.slug}, ${tag.group}, ${tag.label}, ${tag.labelCy}, ${tag.polarity},
      coalesce(max(position), 0) + 1 from tags where grp = ${tag.group}
    returning ${TAG_COLUMNS(sql)}`
  return row!
}

/** Changes a tag's labels, polarity or retirement; slugs never change. Undefined if unknown. */
export async function updateTag(
  sql: Sql,
  slug: string,
  patch: z.infer<typeof TagPatch>,
): Promise<ModerationTag | undefined> {
  const [row] = await sql<ModerationTag[]>`
    update tags set
      label = coalesce(${patch.label ?? null}, label),
      label_cy = coalesce(${patch.labelCy ?? null}, label_cy),
      polarity = coalesce(${patch.polarity ?? null}, polarity),
      retired = coalesce(${patch.retired ?? null}::boolean, retired)
    where slug = ${slug}
    returning ${TAG_COLUMNS(sql)}`
  return row
}

export async function listRejectReasons(sql: Sql) {
  return sql<{ id: string; label: string; text: string }[]>`
    select id, label, text from reject_reasons where not retired order by position, label`
}
