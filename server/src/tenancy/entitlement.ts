/**
 * A subscriber's entitlement: the directory subtrees a platform admin allows it to cover. Its
 * admins choose coverage within it; nothing a member does can reach beyond it.
 */
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import { describeCoverage } from './coverage.ts'
import type { Coverage, CoverageNode } from './schemas.ts'

export async function entitlementNodeIds(sql: Sql, subscriberId: string): Promise<string[]> {
  const rows = await sql<{ nodeId: string }[]>`
    select node_id from subscriber_entitlements where subscriber_id = ${subscriberId}`
  return rows.map((r) => r.nodeId)
}

/** The entitled nodes (each with its subtree) and how many directory nodes they hold. */
export async function getEntitlement(sql: Sql, subscriberId: string): Promise<Coverage> {
  return describeCoverage(sql, await entitlementNodeIds(sql, subscriberId))
}

/** `A`, `A and B`, `A, B and C`. */
export function listInWords(names: readonly string[]): string {
  return names.length < 2 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/**
 * Throws 403 `forbidden` naming each of `nodeIds` (at `path`.i) outside the subscriber's
 * entitlement: a subscriber admin may not choose what a platform admin has not allowed.
 */
export async function requireWithinEntitlement(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
  path = 'nodeIds',
): Promise<void> {
  const outside = await sql<{ id: string; name: string }[]>`
    select n.id, n.name from service_nodes n
    where n.id = any(${nodeIds as string[]}::uuid[]) and not exists (
      select 1 from subscriber_entitlements e join service_closure c on c.ancestor_id = e.node_id
      where e.subscriber_id = ${subscriberId} and c.descendant_id = n.id)
    order by n.path_names`
  if (!outside.length) return
  const names = outside.map((n) => n.name)
  const ids = new Set(outside.map((n) => n.id))
  throw new AppError(
    'forbidden',
    `${listInWords(names)} ${names.length === 1 ? 'is' : 'are'} not within what your organisation may cover.`,
    nodeIds.flatMap((id, i) =>
      ids.has(id)
        ? [{ path: `${path}.${i}`, message: 'is not within what your organisation may cover' }]
        : [],
    ),
  )
}

/** The subscriber's covered nodes that lie outside `nodeIds` (an entitlement in normal form). */
export async function coverageOutside(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
): Promise<CoverageNode[]> {
  const rows = await sql<CoverageNode[]>`
    select n.id, n.name, n.kind, n.external_code, array_to_string(n.path_names, ' › ') as path
    from subscriber_coverage sc join service_nodes n on n.id = sc.node_id
    where sc.subscriber_id = ${subscriberId} and not exists (
      select 1 from service_closure c
      where c.descendant_id = sc.node_id and c.ancestor_id = any(${nodeIds as string[]}::uuid[]))
    order by n.path_names`
  return [...rows]
}

/** Replaces the subscriber's entitlement with `nodeIds` (in normal form). Inside `sql.begin`. */
export async function saveEntitlement(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
): Promise<void> {
  await sql`
    delete from subscriber_entitlements
    where subscriber_id = ${subscriberId} and node_id <> all(${nodeIds as string[]}::uuid[])`
  await sql`
    insert into subscriber_entitlements (subscriber_id, node_id)
    select ${subscriberId}, x.id from unnest(${nodeIds as string[]}::uuid[]) x (id)
    on conflict do nothing`
}
