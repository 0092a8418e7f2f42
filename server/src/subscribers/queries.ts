import type { Sql } from '../db.ts'
import type { PublicInterestType, SubscriberKind, SubscriberSummary } from './schemas.ts'

export async function insertSubscriber(
  sql: Sql,
  name: string,
  kind: { kind?: SubscriberKind; publicInterestType?: PublicInterestType } = {},
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into subscribers (name, kind, public_interest_type)
    values (${name}, ${kind.kind ?? 'provider'}, ${kind.publicInterestType ?? null}) returning id`
  return row!.id
}

export async function getSubscriberName(sql: Sql, id: string): Promise<string | undefined> {
  const [row] = await sql<{ name: string }[]>`select name from subscribers where id = ${id}`
  return row?.name
}

export interface SubscriberListQuery {
  q?: string
  limit: number
  /** The last name and id of the previous page. */
  after?: { name: string; id: string }
}

/** Subscribers by name, with how many services they cover (subtrees included) and how many members they have. */
export async function listSubscribers(sql: Sql, query: SubscriberListQuery): Promise<SubscriberSummary[]> {
  const pattern = query.q ? `%${query.q.toLowerCase().replace(/[\\%_]/g, (ch) => '\\' + ch)}%` : undefined
  const rows = await sql<(Omit<SubscriberSummary, 'createdAt'> & { createdAt: Date })[]>`
    select s.id, s.name, s.created_at,
      -- Services covered, subtrees included: the count the subscriber's page (and billing) shows.
      (select count(distinct c.descendant_id)::int from subscriber_coverage sc
       join service_closure c on c.ancestor_id = sc.node_id where sc.subscriber_id = s.id) as covered_nodes,
      (select count(*)::int from memberships m where m.subscriber_id = s.id) as members,
      s.kind, s.public_interest_type
    from subscribers s
    where true
      ${pattern ? sql`and lower(s.name) like ${pattern}` : sql``}
      ${query.after ? sql`and (lower(s.name), s.id) > (lower(${query.after.name}), ${query.after.id}::uuid)` : sql``}
    order by lower(s.name), s.id
    limit ${query.limit}`
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }))
}
