/**
 * `npm run bench [-- --quick] [-- --fresh] [-- --cpu-prof]`: builds (or reuses) the benchmark data
 * sets in PostgreSQL, measures the feed and submissions, and writes the figures to BENCHMARKS.md.
 */
import { connectPostgres } from '../src/db.ts'
import { ensureDataset } from './dataset.ts'
import { feedLatency } from './feed-latency.ts'
import { feedThroughput } from './feed-throughput.ts'
import { describeMachine } from './machine.ts'
import { databaseUrl, parseOptions } from './options.ts'
import { prioritise } from './priority.ts'
import { fmt, step } from './progress.ts'
import { loadResults, saveResults, writeReport } from './report.ts'
import { submissions } from './submissions.ts'

async function main() {
  const options = parseOptions(process.argv.slice(2), process.env)
  if (options.reportOnly) {
    const file = await writeReport(await loadResults(options))
    step(file ? `rewrote ${file} from the last run's results` : "printed the last run's results")
    return
  }
  const prioritised = prioritise(process.pid)
  step(
    `${options.quick ? 'quick run' : 'full run'}: ${fmt(options.bigStories)} and ${fmt(options.smallStories)} stories over ${fmt(options.nodes)} nodes`,
  )
  const sets = {
    big: {
      database: options.bigDatabase,
      stories: options.bigStories,
      url: databaseUrl(options.adminUrl, options.bigDatabase),
    },
    small: {
      database: options.smallDatabase,
      stories: options.smallStories,
      url: databaseUrl(options.adminUrl, options.smallDatabase),
    },
  }
  for (const set of [sets.small, sets.big]) {
    await ensureDataset({
      adminUrl: options.adminUrl,
      database: set.database,
      nodes: options.nodes,
      stories: set.stories,
      fresh: options.fresh,
    })
  }
  const db = connectPostgres(sets.big.url, { max: 2 })
  try {
    const machine = await describeMachine(db.sql)
    step(
      `machine: ${machine.cores} × ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.postgres}; load ${fmt(machine.loadAtStart, 2)}`,
    )
    const throughput = await feedThroughput(db.sql, sets.big.url, options)
    const latency = await feedLatency(sets, options)
    const submitted = await submissions(db.sql, sets.big.url, options)
    const report = { options, machine, prioritised, throughput, latency, submitted, date: new Date() }
    await saveResults(report)
    const file = await writeReport(report)
    if (file) step(`wrote ${file}`)
  } finally {
    await db.close()
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err)
  process.exit(1)
})
