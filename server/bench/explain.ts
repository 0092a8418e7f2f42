import postgres from 'postgres'
import { listFeed } from '../src/stories/queries.ts'
import { FEED_LIMIT } from './nodes.ts'

export interface ExplainSummary {
  /** The plan's first line (the top node, with actual time and rows), its Buffers line, planning and execution time. */
  summary: string[]
  plan: string[]
}

/**
 * EXPLAIN (ANALYZE, BUFFERS) of the exact statement listFeed sends for `nodeId` (captured from
 * the driver, so it cannot drift from the app's query). Runs it twice and keeps the warm run.
 */
export async function explainFeed(url: string, nodeId: string): Promise<ExplainSummary> {
  let captured: { query: string; params: unknown[] } | undefined
  const sql = postgres(url, {
    max: 1,
    onnotice: () => {},
    debug: (_connection, query, params) => {
      captured = { query, params }
    },
  })
  try {
    await listFeed(sql, [nodeId], FEED_LIMIT + 1)
    const { query, params } = captured!
    let plan: string[] = []
    for (let run = 0; run < 2; run++) {
      // unsafe only to prefix EXPLAIN to the captured statement; its parameters stay parameters.
      const rows = await sql.unsafe<{ 'QUERY PLAN': string }[]>(
        `explain (analyze, buffers) ${query}`,
        params as postgres.ParameterOrJSON<never>[],
      )
      plan = rows.map((r) => r['QUERY PLAN'])
    }
    const summary = [
      plan[0]!.trim(),
      plan.find((l) => l.trim().startsWith('Buffers:'))?.trim() ?? '',
      ...plan.filter((l) => /^(Planning|Execution) Time/.test(l.trim())).map((l) => l.trim()),
    ].filter(Boolean)
    return { summary, plan }
  } finally {
    await sql.end({ timeout: 5 })
  }
}
