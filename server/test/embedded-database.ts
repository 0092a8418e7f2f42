/**
 * One in-memory embedded database in a process of its own, for a test worker (global-setup.ts):
 * PGlite runs on its process's one thread, so two workers' databases in one process would wait on
 * each other. Argument: the folder for its socket. Prints `ready <socket path>` once migrated, and
 * stops when its standard input closes (the test run ended, or died) or on SIGTERM.
 */
import { openEmbedded } from '../src/db.ts'
import { migrate } from '../src/migrate.ts'

const db = await openEmbedded('memory://', process.argv[2]!)
await migrate(db.sql)
let stopping = false
const stop = async () => {
  if (stopping) return
  stopping = true
  await db.close()
  process.exit(0)
}
process.on('SIGTERM', () => void stop())
process.stdin.on('end', () => void stop()).resume()
process.stdout.write(`ready ${db.ownSocketPath}\n`)
