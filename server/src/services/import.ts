import { randomUUID } from 'node:crypto'
import type { Sql, SqlPool } from '../db.ts'
import { parseCsv } from './csv.ts'
import { DirectoryRow } from './schemas.ts'

export const DIRECTORY_HEADER = ['code', 'name', 'kind', 'parent_code', 'postcode'] as const
/** Columns a file may add after the five, in any order, once each: a row's empty value inherits (ownership) or clears. */
export const DIRECTORY_OPTIONAL = ['name_cy', 'ownership', 'contact_email'] as const

export interface RowError {
  line: number
  message: string
}

export type ImportResult =
  { ok: true; created: number; updated: number; total: number } | { ok: false; errors: RowError[] }

interface ExistingNode {
  id: string
  code: string
  parentId: string | null
}

interface PlannedNode extends DirectoryRow {
  id: string
  line: number
  parentId: string | null
}

const BATCH = 1000

interface Plan {
  ok: true
  nodes: PlannedNode[]
  existing: Map<string, ExistingNode>
  columns: string[]
}

/** The file's columns: the five in order, then any of the optional ones once each. */
function readHeader(fields: string[]): string[] | undefined {
  const names = fields.map((f) => f.trim().toLowerCase())
  const extra = names.slice(DIRECTORY_HEADER.length)
  const known = new Set<string>(DIRECTORY_OPTIONAL)
  if (names.slice(0, DIRECTORY_HEADER.length).join(',') !== DIRECTORY_HEADER.join(',')) return undefined
  if (extra.some((n) => !known.has(n)) || new Set(extra).size !== extra.length) return undefined
  return names
}

/** Checks the header and every row against the file and the directory; writes nothing. */
async function planFromCsv(sql: Sql, csv: string): Promise<Plan | { ok: false; errors: RowError[] }> {
  const records = parseCsv(csv)
  const header = records.shift()
  const columns = header ? readHeader(header.fields) : undefined
  if (!columns) {
    return {
      ok: false,
      errors: [
        {
          line: 1,
          message: `the first line must be: ${DIRECTORY_HEADER.join(',')}, optionally followed by ${DIRECTORY_OPTIONAL.join(', ')}`,
        },
      ],
    }
  }
  const existing = await sql<ExistingNode[]>`
    select id, external_code as code, parent_id from service_nodes where external_code is not null`
  const plan = planImport(records, existing, columns)
  if (!plan.ok) return plan
  return { ok: true, nodes: plan.nodes, existing: new Map(existing.map((n) => [n.id, n])), columns }
}

const counts = (plan: Plan) => {
  const created = plan.nodes.filter((n) => !plan.existing.has(n.id)).length
  return { ok: true as const, created, updated: plan.nodes.length - created, total: plan.nodes.length }
}

/** A dry run of importDirectory: the same checks and counts, nothing written. */
export async function previewDirectoryImport(sql: Sql, csv: string): Promise<ImportResult> {
  const plan = await planFromCsv(sql, csv)
  return plan.ok ? counts(plan) : plan
}

/**
 * Validates a directory CSV (`code,name,kind,parent_code,postcode`) and, only if every row is
 * valid, creates or updates the nodes by code in one transaction. Nothing is imported otherwise.
 */
export async function importDirectory(
  sql: SqlPool,
  csv: string,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<ImportResult> {
  const plan = await planFromCsv(sql, csv)
  if (!plan.ok) return plan
  const { nodes } = plan
  const byId = plan.existing
  const movesExisting = nodes.some((n) => byId.has(n.id) && byId.get(n.id)!.parentId !== n.parentId)

  try {
    await sql.begin(async (tx) => {
      for (let i = 0; i < nodes.length; i += BATCH) {
        const batch = nodes.slice(i, i + BATCH).map((n) => ({
          id: n.id,
          parent_id: n.parentId,
          kind: n.kind,
          name: n.name,
          name_cy: n.name_cy ?? null,
          external_code: n.code,
          postcode: n.postcode ?? null,
          ownership: n.ownership ?? null,
          contact_email: n.contact_email ?? null,
        }))
        // A column the file does not have leaves what the directory says (Welsh names included).
        const has = (column: string) => plan.columns.includes(column)
        await tx`
        insert into service_nodes ${tx(batch, 'id', 'parent_id', 'kind', 'name', 'name_cy', 'external_code', 'postcode', 'ownership', 'contact_email')}
        on conflict (id) do update set parent_id = excluded.parent_id, kind = excluded.kind,
          name = excluded.name, postcode = excluded.postcode,
          name_cy = ${has('name_cy') ? tx`excluded.name_cy` : tx`service_nodes.name_cy`},
          ownership = ${has('ownership') ? tx`excluded.ownership` : tx`service_nodes.ownership`},
          contact_email = ${has('contact_email') ? tx`excluded.contact_email` : tx`service_nodes.contact_email`},
          updated_at = now()`
        onProgress(Math.min(i + BATCH, nodes.length), nodes.length)
      }
      await rebuildTree(tx)
      if (!movesExisting) return
      const errors = await coverageLeavingEntitlement(tx, plan)
      // Undo the whole import: a subscriber would cover services it is not entitled to.
      if (errors.length) throw new RefusedImport(errors)
      await rebuildFeed(tx)
    })
  } catch (error) {
    if (error instanceof RefusedImport) return { ok: false, errors: error.errors }
    throw error
  }
  return counts(plan)
}

class RefusedImport extends Error {
  constructor(readonly errors: RowError[]) {
    super('the directory import would take covered services out of their subscribers’ entitlements')
  }
}

/**
 * After a move, the services some subscriber covers that no longer lie within its entitlement
 * (coverage never leaves what a platform admin allowed), as errors on the rows that moved them.
 */
async function coverageLeavingEntitlement(sql: Sql, plan: Plan): Promise<RowError[]> {
  const rows = await sql<{ subscriber: string; service: string; ancestors: string[] }[]>`
    select s.name as subscriber, n.name as service,
      array(select c.ancestor_id from service_closure c where c.descendant_id = sc.node_id) as ancestors
    from subscriber_coverage sc
    join subscribers s on s.id = sc.subscriber_id
    join service_nodes n on n.id = sc.node_id
    where not exists (
      select 1 from subscriber_entitlements e
      join service_closure c on c.ancestor_id = e.node_id
      where e.subscriber_id = sc.subscriber_id and c.descendant_id = sc.node_id)
    order by s.name, n.name`
  const moved = plan.nodes.filter(
    (n) => plan.existing.has(n.id) && plan.existing.get(n.id)!.parentId !== n.parentId,
  )
  return rows.map((r) => ({
    line: moved.find((n) => r.ancestors.includes(n.id))?.line ?? 1,
    message: `moves ${r.service}, which ${r.subscriber} covers, outside what it may cover: change its entitlement first`,
  }))
}

function planImport(
  records: { line: number; fields: string[] }[],
  existing: ExistingNode[],
  columns: string[],
): { ok: true; nodes: PlannedNode[] } | { ok: false; errors: RowError[] } {
  const errors: RowError[] = []
  const idByCode = new Map(existing.map((n) => [n.code, n.id]))
  const parentOf = new Map(existing.map((n) => [n.id, n.parentId]))
  const seen = new Map<string, number>()
  const rows: (DirectoryRow & { line: number })[] = []
  for (const { line, fields } of records) {
    if (fields.length !== columns.length) {
      errors.push({ line, message: `expected ${columns.length} fields, found ${fields.length}` })
      continue
    }
    const parsed = DirectoryRow.safeParse(Object.fromEntries(columns.map((h, i) => [h, fields[i]])))
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({ line, message: `${issue.path.join('.')} ${issue.message}` })
      continue
    }
    const row = parsed.data
    if (seen.has(row.code)) {
      errors.push({ line, message: `code ${row.code} is already used on line ${seen.get(row.code)}` })
      continue
    }
    seen.set(row.code, line)
    if (!idByCode.has(row.code)) idByCode.set(row.code, randomUUID())
    rows.push({ ...row, line })
  }
  const nodes: PlannedNode[] = []
  for (const row of rows) {
    if (row.parent_code === row.code) {
      errors.push({ line: row.line, message: 'a node cannot be its own parent' })
      continue
    }
    const parentId = row.parent_code ? idByCode.get(row.parent_code) : null
    if (parentId === undefined) {
      errors.push({
        line: row.line,
        message: `parent_code ${row.parent_code} is not in the file or the directory`,
      })
      continue
    }
    if (row.kind === 'organisation' ? parentId !== null : parentId === null) {
      errors.push({
        line: row.line,
        message:
          row.kind === 'organisation' ? 'an organisation has no parent' : `a ${row.kind} needs a parent_code`,
      })
      continue
    }
    const id = idByCode.get(row.code)!
    parentOf.set(id, parentId)
    nodes.push({ ...row, id, parentId })
  }
  for (const node of nodes) {
    // Walk up from each node; meeting it again means the file creates a cycle.
    let at = node.parentId
    for (let steps = 0; at && steps <= parentOf.size; steps++) {
      if (at === node.id) {
        errors.push({ line: node.line, message: `code ${node.code} would become its own ancestor` })
        break
      }
      at = parentOf.get(at) ?? null
    }
  }
  if (errors.length) return { ok: false, errors: errors.sort((a, b) => a.line - b.line) }
  return { ok: true, nodes: orderParentsFirst(nodes) }
}

function orderParentsFirst(nodes: PlannedNode[]): PlannedNode[] {
  const inFile = new Map(nodes.map((n) => [n.id, n]))
  const placed = new Set<string>()
  const ordered: PlannedNode[] = []
  const place = (n: PlannedNode) => {
    if (placed.has(n.id)) return
    placed.add(n.id)
    const parent = n.parentId ? inFile.get(n.parentId) : undefined
    if (parent) place(parent)
    ordered.push(n)
  }
  nodes.forEach(place)
  return ordered
}

/** Recomputes the closure table, depths and display paths from parent links. */
export async function rebuildTree(sql: Sql): Promise<void> {
  await sql`delete from service_closure`
  await sql`
    insert into service_closure (ancestor_id, descendant_id, distance)
    with recursive t (ancestor_id, descendant_id, distance) as (
      select id, id, 0 from service_nodes
      union all
      select t.ancestor_id, n.id, t.distance + 1 from t join service_nodes n on n.parent_id = t.descendant_id
    )
    select ancestor_id, descendant_id, distance from t`
  await sql`
    update service_nodes n set depth = p.depth, path_names = p.names, path_names_cy = p.names_cy
    from (
      with recursive p (id, depth, names, names_cy) as (
        select id, 0, array[name], array[coalesce(name_cy, name)] from service_nodes where parent_id is null
        union all
        select n.id, p.depth + 1, p.names || n.name, p.names_cy || coalesce(n.name_cy, n.name)
        from p join service_nodes n on n.parent_id = p.id
      )
      select id, depth, names, names_cy from p
    ) p
    where p.id = n.id
      and (n.depth, n.path_names, n.path_names_cy) is distinct from (p.depth, p.names, p.names_cy)`
}

/** Rebuilds every feed entry from published stories (after the tree's shape changed). */
export async function rebuildFeed(sql: Sql): Promise<void> {
  await sql`delete from feed_entries`
  await sql`
    insert into feed_entries (node_id, published_at, story_id)
    select distinct c.ancestor_id, s.published_at, s.id
    from stories s
    join story_nodes sn on sn.story_id = s.id
    join service_closure c on c.descendant_id = sn.node_id
    where s.status = 'published'`
}
