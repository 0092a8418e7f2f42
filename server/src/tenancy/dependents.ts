/**
 * What depends on a subscriber's coverage: widgets and members' alert rules name services, which
 * must stay within it. A change of coverage that would leave some of them outside says so first.
 */
import type { Sql } from '../db.ts'
import type { CoverageDependents } from './schemas.ts'

interface Row {
  id: string
  name: string
  nodeId: string
  nodeName: string
}

function grouped(rows: readonly Row[]) {
  const byId = new Map<string, { id: string; name: string; services: { id: string; name: string }[] }>()
  for (const r of rows) {
    const entry = byId.get(r.id) ?? { id: r.id, name: r.name, services: [] }
    entry.services.push({ id: r.nodeId, name: r.nodeName })
    byId.set(r.id, entry)
  }
  return [...byId.values()]
}

/**
 * The subscriber's widgets and alert rules naming services that covering exactly `nodeIds` would
 * leave outside coverage, each with those services. Alert rules are named by their member.
 */
export async function coverageDependents(
  sql: Sql,
  subscriberId: string,
  nodeIds: readonly string[],
): Promise<CoverageDependents> {
  const ids = nodeIds as string[]
  const [widgets, alerts] = await Promise.all([
    sql<Row[]>`
      select w.id, w.name, n.id as node_id, n.name as node_name
      from widgets w
      cross join lateral unnest(w.node_ids) with ordinality x (id, ord)
      join service_nodes n on n.id = x.id
      where w.subscriber_id = ${subscriberId} and not exists (
        select 1 from service_closure c where c.descendant_id = x.id and c.ancestor_id = any(${ids}::uuid[]))
      order by lower(w.name), w.id, x.ord`,
    sql<Row[]>`
      select a.id, u.name, n.id as node_id, n.name as node_name
      from alert_subscriptions a
      join alert_subscription_nodes an on an.subscription_id = a.id
      join users u on u.id = a.user_id
      join service_nodes n on n.id = an.node_id
      where a.subscriber_id = ${subscriberId} and not exists (
        select 1 from service_closure c where c.descendant_id = an.node_id and c.ancestor_id = any(${ids}::uuid[]))
      order by lower(u.name), a.id, n.path_names`,
  ])
  return { widgets: grouped(widgets), alertRules: grouped(alerts) }
}

/** "the widget Ward board (Ward 1) and Sam Jones’s alerts (Ward 1, Ward 2)" */
export function dependentsInWords(d: CoverageDependents): string {
  const services = (s: { name: string }[]) => s.map((x) => x.name).join(', ')
  return [
    ...d.widgets.map((w) => `the widget ${w.name} (${services(w.services)})`),
    ...d.alertRules.map((a) => `${a.name}’s alerts (${services(a.services)})`),
  ].join('; ')
}

export const hasDependents = (d: CoverageDependents) => d.widgets.length > 0 || d.alertRules.length > 0
