/**
 * An outbox worker in its own process, for tests that kill one mid-send. It works one tick with a
 * mailer that announces each hand-over on stdout (`handing over <outbox id>`) and never finishes
 * it, so the test can kill the process while the mail is with "SMTP".
 * Environment: TEST_DATABASE (the JSON that global-setup.ts provides), WORKER_ID.
 */
import postgres from 'postgres'
import type { Mailer } from '../src/mail/transport.ts'
import { createWorker } from '../src/mail/worker.ts'
import { setLogLevel } from '../src/log.ts'

const database = JSON.parse(process.env.TEST_DATABASE ?? '{}') as { url: string } | { socketPath: string }
const options = { max: 1, onnotice: () => {}, transform: { column: { from: postgres.toCamel } } }
const sql =
  'url' in database
    ? postgres(database.url, options)
    : postgres({ ...options, path: database.socketPath, username: 'postgres', database: 'postgres' })

const neverDelivers: Mailer = {
  keepsContent: false,
  deliver: (mail) => {
    process.stdout.write(`handing over ${mail.outboxId}\n`)
    return new Promise<void>(() => {})
  },
  close: () => {},
}

setLogLevel('silent')
// Keeps the process alive while the hand-over "hangs": the test ends it with SIGKILL.
setInterval(() => {}, 60_000)
await createWorker({ sql, mailer: neverDelivers, workerId: process.env.WORKER_ID ?? 'crashing' }).runOnce()
