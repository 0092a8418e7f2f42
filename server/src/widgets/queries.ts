import type { Sql } from '../db.ts'
import type { WidgetInput, WidgetPatch, WidgetView } from './schemas.ts'

type Row = Omit<WidgetView, 'createdAt' | 'updatedAt'> & { createdAt: Date; updatedAt: Date }

export async function listWidgets(sql: Sql, subscriberId: string, id?: string): Promise<WidgetView[]> {
  const rows = await sql<Row[]>`
    select w.id, w.name, w.story_limit as limit, w.theme, w.lang, w.allowed_origins, w.created_at, w.updated_at,
      (select coalesce(json_agg(json_build_object('id', n.id, 'name', n.name, 'nameCy', n.name_cy,
                'path', array_to_string(n.path_names, ' › '),
                'pathCy', array_to_string(n.path_names_cy, ' › ')) order by x.ord), '[]')
         from unnest(w.node_ids) with ordinality x (id, ord) join service_nodes n on n.id = x.id) as services,
      (select count(*)::int from stories s where s.widget_id = w.id) as stories_received
    from widgets w
    where w.subscriber_id = ${subscriberId} ${id ? sql`and w.id = ${id}` : sql``}
    order by w.created_at, w.id`
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    updatedAt: r.updatedAt.toISOString(),
  }))
}

export async function insertWidget(sql: Sql, subscriberId: string, w: WidgetInput): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into widgets (subscriber_id, name, node_ids, story_limit, theme, lang, allowed_origins)
    values (${subscriberId}, ${w.name}, ${[...new Set(w.serviceIds)]}::uuid[], ${w.limit}, ${w.theme}, ${w.lang},
      ${[...new Set(w.allowedOrigins)]}::text[])
    returning id`
  return row!.id
}

export async function updateWidget(
  sql: Sql,
  subscriberId: string,
  id: string,
  p: WidgetPatch,
): Promise<boolean> {
  const rows = await sql`
    update widgets set
      name = coalesce(${p.name ?? null}, name),
      node_ids = coalesce(${p.serviceIds ? [...new Set(p.serviceIds)] : null}::uuid[], node_ids),
      story_limit = coalesce(${p.limit ?? null}::int, story_limit),
      theme = coalesce(${p.theme ?? null}, theme),
      lang = coalesce(${p.lang ?? null}, lang),
      allowed_origins = coalesce(${p.allowedOrigins ? [...new Set(p.allowedOrigins)] : null}::text[], allowed_origins),
      updated_at = now()
    where id = ${id} and subscriber_id = ${subscriberId}`
  return rows.count > 0
}

export async function deleteWidget(sql: Sql, subscriberId: string, id: string): Promise<boolean> {
  const rows = await sql`delete from widgets where id = ${id} and subscriber_id = ${subscriberId}`
  return rows.count > 0
}

export interface PublicWidgetRow {
  services: string[]
  limit: number
  lang: 'en' | 'cy'
  theme: 'light' | 'dark' | 'auto'
}

export async function getPublicWidget(sql: Sql, id: string): Promise<PublicWidgetRow | undefined> {
  const [row] = await sql<PublicWidgetRow[]>`
    select node_ids as services, story_limit as limit, lang, theme from widgets where id = ${id}`
  return row
}
