import type { Sql } from '../db.ts'
import type { RoutingRule } from './workflow-schemas.ts'

type RuleRow = Omit<RoutingRule, 'createdAt'> & { createdAt: Date }

/** The subscriber's routing rules, by service path. */
export async function listRoutingRules(sql: Sql, subscriberId: string): Promise<RoutingRule[]> {
  const rows = await sql<RuleRow[]>`
    select r.id, r.created_at,
      json_build_object('id', n.id, 'name', n.name, 'path', array_to_string(n.path_names, ' › ')) as service,
      json_build_object('id', u.id, 'name', u.name) as assignee
    from inbox_routing_rules r
    join service_nodes n on n.id = r.node_id
    join users u on u.id = r.assignee_id
    where r.subscriber_id = ${subscriberId}
    order by n.path_names, r.id
    limit 1000`
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}

/** Sets the default assignee for a service (replacing that service's rule); its id. */
export async function saveRoutingRule(
  sql: Sql,
  subscriberId: string,
  input: { serviceId: string; userId: string },
  createdBy: string,
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into inbox_routing_rules (subscriber_id, node_id, assignee_id, created_by)
    values (${subscriberId}, ${input.serviceId}, ${input.userId}, ${createdBy})
    on conflict (subscriber_id, node_id) do update set assignee_id = excluded.assignee_id,
      created_by = excluded.created_by, created_at = now()
    returning id`
  return row!.id
}

export async function deleteRoutingRule(sql: Sql, subscriberId: string, id: string): Promise<boolean> {
  const rows = await sql`delete from inbox_routing_rules where subscriber_id = ${subscriberId} and id = ${id}`
  return rows.count > 0
}
