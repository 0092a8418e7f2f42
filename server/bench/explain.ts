import postgres from 'postgres'
import { listFeed } from '../src/stories/queries.ts'
import { percentile } from './load-spec.ts'
import { FEED_LIMIT } from './nodes.ts'

export interface ExplainSummary {
  /** The plan's first line (the top node, with actual time and rows), its Buffers line, planning and execution time. */
  summary: string[]
  plan: string[]
}

export interface ExecutionTimes {
  nodes: number
  p50Ms: number
  p99Ms: number
}

type Captured = { query: string; params: unknown[] }

/**
 * Runs `use` with a connection that can EXPLAIN the exact statement listFeed sends for a node
 * (captured from the driver, so it cannot drift from the app's query).
 */
async function withFeedStatement<T>(
  url: string,
  use: (explain: (nodeId: string, options: string) => Promise<string[]>) => Promise<T>,
): Promise<T> {
  let captured: Captured | undefined
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query, params) => {
      captured = { query, params }
    },
  })
  const explain = async (nodeId: string, options: string) => {
    await listFeed(sql, [nodeId], FEED_LIMIT + 1)
    const { query, params } = captured!
    // unsafe only to prefix EXPLAIN to the captured statement; its parameters stay parameters.
    const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(
      `explain (${options}) ${query}`,
      params as postgres.ParameterOrJSON<never>[],
    )
    return rows.map((r) => r['QUERY PLAN'])
  }
  try {
    return await use(explain)
  } finally {
    await sql.end({ timeout: 5 })
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of the feed statement for `nodeId`, run twice; the warm run is kept. */
export function explainFeed(url: string, nodeId: string): Promise<ExplainSummary> {
  return withFeedStatement(url, async (explain) => {
    await explain(nodeId, 'analyze, buffers')
    const plan = await explain(nodeId, 'analyze, buffers')
    const summary = [
      plan[0]!.trim(),
      plan.find((l) => l.trim().startsWith('Buffers:'))?.trim() ?? '',
      ...plan.filter((l) => /^(Planning|Execution) Time/.test(l.trim())).map((l) => l.trim()),
    ].filter(Boolean)
    return { summary, plan }
  })
}

/**
 * The feed statement's execution time inside PostgreSQL (EXPLAIN ANALYZE, warm) for each node:
 * table-size dependence without HTTP, Node.js or the network in the way.
 */
export function feedExecutionTimes(url: string, nodeIds: string[]): Promise<ExecutionTimes> {
  return withFeedStatement(url, async (explain) => {
    const times: number[] = []
    for (const id of nodeIds) {
      await explain(id, 'analyze, timing off')
      const plan = await explain(id, 'analyze, timing off')
      const line = plan.find((l) => l.startsWith('Execution Time'))
      times.push(Number(/([\d.]+) ms/.exec(line ?? '')?.[1]))
    }
    const sorted = Float64Array.from(times).sort()
    return { nodes: times.length, p50Ms: percentile(sorted, 50), p99Ms: percentile(sorted, 99) }
  })
}
