/**
 * A subscriber's coverage: the directory nodes (with their subtrees) it answers for. Normalises a
 * choice, counts its billed units, checks that services a member names lie within it, and saves a
 * change along with what depends on it (inbox entries, alert and widget services).
 */
import type { Sql } from '../db.ts'
import { AppError } from '../errors.ts'
import type { Coverage, CoverageNode } from './schemas.ts'

/**
 * The chosen nodes in normal form: each exists, none repeats, and none lies inside the subtree of
 * another chosen node (it is covered already). Throws 422 naming each unknown id.
 */
export async function normaliseCoverage(sql: Sql, nodeIds: readonly string[]): Promise<string[]> {
  const ids = [...new Set(nodeIds)]
  const rows = await sql<{ id: string; covered: boolean }[]>`
    select n.id, exists (
      select 1 from service_closure c
      where c.descendant_id = n.id and c.distance > 0 and c.ancestor_id = any(${ids}::uuid[])
    ) as covered
    from service_nodes n where n.id = any(${ids}::uuid[])`
  const known = new Map(rows.map((r) => [r.id, r.covered]))
  const issues = nodeIds.flatMap((id, i) =>
    known.has(id) ? [] : [{ path: `nodeIds.${i}`, message: 'is not a service in the directory' }],
  )
  if (issues.length) throw new AppError('validation_failed', 'Choose services from the directory.', issues)
  return ids.filter((id) => !known.get(id))
}

/**
 * The billed quantity of covering `nodeIds`: every directory node within them, subtrees included
 * (an organisation with three sites of twenty wards is 64 units, one ward is 1).
 */
export async function countUnitsWithin(sql: Sql, nodeIds: readonly string[]): Promise<number> {
  const [row] = await sql<{ n: number }[]>`
    select count(distinct descendant_id)::int as n from service_closure
    where ancestor_id = any(${nodeIds as string[]}::uuid[])`
  return row!.n
}

/** What covering exactly `nodeIds` (in normal form) means: the nodes and the billed units. */
export async function describeCoverage(sql: Sql, nodeIds: readonly string[]): Promise<Coverage> {
  const nodes = await sql<CoverageNode[]>`
    select n.id, n.name, n.name_cy, n.kind, n.external_code, array_to_string(n.path_names, ' › ') as path,
      array_to_string(n.path_names_cy, ' › ') as path_cy
    from service_nodes n where n.id = any(${nodeIds as string[]}::uuid[])
    order by n.path_names`
  return { nodes: [...nodes], coveredUnits: await countUnitsWithin(sql, nodeIds) }
}

export async function coverageNodeIds(sql: Sql, subscriberId: string): Promise<string[]> {
  const rows = await sql<{ nodeId: string }[]>`
    select node_id from subscriber_coverage where subscriber_id = ${subscriberId}`
  return rows.map((r) => r.nodeId)
}

export async function getCoverage(sql: Sql, subscriberId: string): Promise<Coverage> {
  return describeCoverage(sql, await coverageNodeIds(sql, subscriberId))
}

/** Those of `nodeIds` that lie within the subscriber's coverage (a covered node or below one). */
export async function nodesWithinCoverage(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
): Promise<Set<string>> {
  const rows = await sql<{ id: string }[]>`
    select distinct c.descendant_id as id
    from subscriber_coverage sc
    join service_closure c on c.ancestor_id = sc.node_id
    where sc.subscriber_id = ${subscriberId} and c.descendant_id = any(${nodeIds as string[]}::uuid[])`
  return new Set(rows.map((r) => r.id))
}

/** Throws 422 naming each of `nodeIds` (at `path`.i) that is outside the subscriber's coverage. */
export async function requireWithinCoverage(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
  path: string,
): Promise<void> {
  const within = await nodesWithinCoverage(sql, subscriberId, nodeIds)
  const issues = nodeIds.flatMap((id, i) =>
    within.has(id) ? [] : [{ path: `${path}.${i}`, message: 'is not a service your organisation covers' }],
  )
  if (issues.length) {
    throw new AppError('validation_failed', 'Choose services your organisation covers.', issues)
  }
}

export interface CoverageSaved {
  removedAlertServices: number
  removedWidgetServices: number
}

/**
 * Replaces a subscriber's coverage with `nodeIds` (in normal form) and brings everything that
 * depends on it into line: the inbox entries, and alert and widget services that left coverage.
 * Callers check first that `nodeIds` lie within the entitlement (`entitlement.ts`) and that the
 * admin confirmed dropping services from widgets and alerts (`dependents.ts`).
 * Inside `sql.begin`; the subscriber's row lock serialises concurrent changes.
 */
export async function saveCoverage(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
): Promise<CoverageSaved> {
  await sql`select id from subscribers where id = ${subscriberId} for update`
  await sql`
    delete from subscriber_coverage
    where subscriber_id = ${subscriberId} and node_id <> all(${nodeIds as string[]}::uuid[])`
  await sql`
    insert into subscriber_coverage (subscriber_id, node_id)
    select ${subscriberId}, x.id from unnest(${nodeIds as string[]}::uuid[]) x (id)
    on conflict do nothing`
  await refreshInboxEntries(sql, subscriberId)
  const alerts = await sql`
    delete from alert_subscription_nodes an using alert_subscriptions a
    where a.id = an.subscription_id and a.subscriber_id = ${subscriberId}
      and not exists (
        select 1 from subscriber_coverage sc join service_closure c on c.ancestor_id = sc.node_id
        where sc.subscriber_id = ${subscriberId} and c.descendant_id = an.node_id)`
  const widgets = await sql<{ removed: number }[]>`
    with changed as (
      select w.id, cardinality(w.node_ids) as had, array(
        select x.id from unnest(w.node_ids) with ordinality x (id, ord)
        where exists (
          select 1 from subscriber_coverage sc join service_closure c on c.ancestor_id = sc.node_id
          where sc.subscriber_id = ${subscriberId} and c.descendant_id = x.id)
        order by x.ord) as kept
      from widgets w where w.subscriber_id = ${subscriberId}
    )
    update widgets w set node_ids = changed.kept, updated_at = now()
    from changed
    where w.id = changed.id and cardinality(changed.kept) < cardinality(w.node_ids)
    returning changed.had - cardinality(changed.kept) as removed`
  return {
    removedAlertServices: alerts.count,
    removedWidgetServices: widgets.reduce((n, w) => n + w.removed, 0),
  }
}

/**
 * Makes the subscriber's inbox entries match its coverage: entries for stories no longer covered
 * go, newly covered published stories come in. (Publishing, withdrawing and moderators' changes
 * keep entries up to date through triggers; see migration 00021.)
 */
export async function refreshInboxEntries(sql: Sql, subscriberId: string): Promise<void> {
  await sql`
    delete from inbox_entries e
    where e.subscriber_id = ${subscriberId} and not exists (
      select 1 from feed_entries f join subscriber_coverage sc on sc.node_id = f.node_id
      where sc.subscriber_id = ${subscriberId} and f.story_id = e.story_id)`
  await sql`select inbox_add_entries(${subscriberId}::uuid)`
}
