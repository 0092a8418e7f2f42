import type { Sql } from '../db.ts'
import type { NodeKind, ServiceRef, ServiceSearchQuery, ServiceSummary } from './schemas.ts'

interface NodeRow {
  id: string
  name: string
  kind: NodeKind
  depth: number
  nameCy: string | null
  pathNames: string[]
  pathNamesCy: string[]
}

const toSummary = (r: NodeRow): ServiceSummary => ({
  id: r.id,
  name: r.name,
  nameCy: r.nameCy,
  kind: r.kind,
  depth: r.depth,
  path: r.pathNames.join(' › '),
  pathCy: r.pathNamesCy.join(' › '),
})

/** The search condition on `n` (a service node) for `q`: part of its name, its code or postcode. */
function matching(sql: Sql, q: string | undefined) {
  const pattern = q ? `%${q.replace(/[\\%_]/g, (ch) => '\\' + ch)}%` : undefined
  return pattern
    ? sql`and (lower(n.name) like ${pattern} or lower(n.name_cy) like ${pattern} or lower(n.external_code) = ${q!}
          or replace(lower(n.postcode), ' ', '') = ${q!.replace(/\s/g, '')})`
    : sql``
}

/** Directory search by name, code or postcode; `within` limits it to a subtree (in tree order). */
export async function searchServices(sql: Sql, query: ServiceSearchQuery): Promise<ServiceSummary[]> {
  const q = query.q?.toLowerCase()
  const matches = matching(sql, q)
  const rows = query.within
    ? await sql<NodeRow[]>`
        select n.id, n.name, n.name_cy, n.kind, n.depth, n.path_names, n.path_names_cy
        from service_closure c join service_nodes n on n.id = c.descendant_id
        where c.ancestor_id = ${query.within} ${matches}
        order by n.path_names
        limit ${query.limit}`
    : await sql<NodeRow[]>`
        select n.id, n.name, n.name_cy, n.kind, n.depth, n.path_names, n.path_names_cy
        from service_nodes n
        where true ${matches}
        order by (lower(n.name) like ${q ? q + '%' : '%'}) desc, n.depth, n.name
        limit ${query.limit}`
  return rows.map(toSummary)
}

/** The same search within any of the subtrees of `nodeIds` (in tree order). */
export async function searchServicesWithin(
  sql: Sql,
  nodeIds: readonly string[],
  query: { q?: string; limit: number },
): Promise<ServiceSummary[]> {
  const rows = await sql<NodeRow[]>`
    select n.id, n.name, n.name_cy, n.kind, n.depth, n.path_names, n.path_names_cy
    from service_nodes n
    where exists (
      select 1 from service_closure c
      where c.descendant_id = n.id and c.ancestor_id = any(${nodeIds as string[]}::uuid[]))
      ${matching(sql, query.q?.toLowerCase())}
    order by n.path_names
    limit ${query.limit}`
  return rows.map(toSummary)
}

export interface ServiceNode extends ServiceRef {
  externalCode: string | null
  postcode: string | null
  ancestors: ServiceRef[]
  children: ServiceRef[]
}

export async function getService(sql: Sql, id: string): Promise<ServiceNode | undefined> {
  const [node] = await sql<Omit<ServiceNode, 'ancestors' | 'children'>[]>`
    select id, name, name_cy, kind, external_code, postcode from service_nodes where id = ${id}`
  if (!node) return undefined
  const [ancestors, children] = await Promise.all([
    sql<ServiceRef[]>`
      select n.id, n.name, n.name_cy, n.kind from service_closure c join service_nodes n on n.id = c.ancestor_id
      where c.descendant_id = ${id} and c.distance > 0 order by c.distance desc`,
    sql<
      ServiceRef[]
    >`select id, name, name_cy, kind from service_nodes where parent_id = ${id} order by name`,
  ])
  return { ...node, ancestors: [...ancestors], children: [...children] }
}

/** Ids from `ids` that exist in the directory. */
/** A node's id, name and kind only: what a feed names (one query, not getService's three). */
export async function getServiceRef(sql: Sql, id: string): Promise<ServiceRef | undefined> {
  const [node] = await sql<ServiceRef[]>`select id, name, name_cy, kind from service_nodes where id = ${id}`
  return node
}

export async function existingServiceIds(sql: Sql, ids: readonly string[]): Promise<Set<string>> {
  const rows = await sql<
    { id: string }[]
  >`select id from service_nodes where id = any(${ids as string[]}::uuid[])`
  return new Set(rows.map((r) => r.id))
}

export async function getServiceIdByCode(sql: Sql, code: string): Promise<string | undefined> {
  const [row] = await sql<{ id: string }[]>`select id from service_nodes where external_code = ${code}`
  return row?.id
}
