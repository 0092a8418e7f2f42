import type { Sql } from '../src/db.ts'

export const FEED_LIMIT = 10
export const feedPath = (id: string) => `/api/v1/services/${id}/stories?limit=${FEED_LIMIT}`

/** The organisation with the most published stories: the hot widget feed. */
export async function hottestOrganisation(sql: Sql): Promise<{ id: string; stories: number }> {
  const [row] = await sql<{ id: string; stories: number }[]>`
    select n.id, (select count(*)::int from feed_entries f where f.node_id = n.id) as stories
    from service_nodes n where n.kind = 'organisation'
    order by stories desc, n.external_code limit 1`
  return row!
}

/** `count` nodes of every kind, the same ones every run (ordered by a hash of their code). */
export async function sampleNodes(sql: Sql, count: number): Promise<string[]> {
  const rows = await sql<{ id: string }[]>`
    select id from service_nodes order by md5(external_code) limit ${count}`
  return rows.map((r) => r.id)
}

/**
 * Codes of organisations and sites with more than a page of stories (so the feed answers a full
 * page and a next cursor) in `sql`: used on the small data set, where that is the constraint.
 */
export async function fullPageCodes(sql: Sql, count: number): Promise<string[]> {
  const rows = await sql<{ code: string }[]>`
    select n.external_code as code from service_nodes n
    where n.kind in ('organisation', 'site')
      and (select count(*) from (select 1 from feed_entries f where f.node_id = n.id limit ${FEED_LIMIT + 1}) x)
        > ${FEED_LIMIT}
    order by md5(n.external_code) limit ${count}`
  return rows.map((r) => r.code)
}

/** Node ids for codes, in the order of `codes`, with the average number of stories in their feeds. */
export async function nodesByCode(sql: Sql, codes: string[]): Promise<{ ids: string[]; avgStories: number }> {
  const rows = await sql<{ id: string; code: string; stories: number }[]>`
    select n.id, n.external_code as code, (select count(*)::int from feed_entries f where f.node_id = n.id) as stories
    from service_nodes n where n.external_code = any(${codes}::text[])`
  const byCode = new Map(rows.map((r) => [r.code, r]))
  const ids = codes.map((c) => {
    const row = byCode.get(c)
    if (!row) throw new Error(`node ${c} is missing from one of the data sets`)
    return row.id
  })
  return { ids, avgStories: rows.reduce((sum, r) => sum + r.stories, 0) / rows.length }
}
