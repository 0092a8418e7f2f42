// First, so that V8 creates every regex under its settings.
import './regex-engine.ts'
import { createApp } from './app.ts'
import { startBackgroundWork } from './background.ts'
import { ConfigError, loadConfig } from './config.ts'
import { openDatabase, type Database } from './db.ts'
import { seedDemo } from './demo/seed.ts'
import { demoSubscriberSignInsPresent } from './demo/seed-subscribers.ts'
import { demoSignInsPresent } from './demo/users.ts'
import { log, setLogLevel } from './log.ts'
import { devMailEnabled } from './mail/transport.ts'
import type { Worker } from './mail/worker.ts'
import { migrate } from './migrate.ts'
import { warmPrechecks } from './precheck/index.ts'
import { serveApp, type Served } from './serve.ts'

async function main() {
  const config = loadConfig()
  setLogLevel(config.LOG_LEVEL)
  warmPrechecks()
  const db = await openDatabase(config)
  if (db.kind === 'embedded-client') {
    await db.close()
    throw new ConfigError(
      `Another Heard server is already using the embedded database in ${config.DATA_DIR}. ` +
        'Stop it first, or set DATA_DIR to another folder.',
    )
  }
  const { applied } = await migrate(db.sql)
  if (applied.length) log.info('migrated', { applied: applied.join(',') })
  if (db.kind === 'embedded') {
    const seeded = await seedDemo(db.sql, (message) => log.info('seeding', { progress: message }))
    if (seeded.seeded) log.info('seeded_demo', { services: seeded.services, stories: seeded.stories })
  }
  const { app, deps } = createApp({ sql: db.sql, config })
  const worker = await startBackgroundWork(deps)
  const signIns = db.kind === 'embedded' ? await demoSignInsPresent(db.sql) : []
  const trustSignIns = db.kind === 'embedded' ? await demoSubscriberSignInsPresent(db.sql) : []
  const served = await serveApp(app.fetch, deps.feedCache, {
    port: config.PORT,
    hostname: config.HOST,
  })
  const info = served.address
  const base = config.PUBLIC_URL
  process.stdout.write(
    [
      '',
      `Heard is running on http://${info.address}:${info.port} (${db.kind === 'postgres' ? 'PostgreSQL' : `embedded database in ${config.DATA_DIR}`})`,
      '',
      `  Example hospital page   ${base}/examples/hospital/`,
      `  API documentation       ${base}/api/docs`,
      `  Health                  ${base}/api/health`,
      `  Portal                  ${base}/portal/`,
      ...(devMailEnabled(config) ? [`  Mail sent (no SMTP_URL) ${base}/dev/mail`] : []),
      ...signIns.map(
        (u) =>
          `  ${(u.role === 'moderator' ? 'Demo moderator' : 'Demo platform admin').padEnd(24)}${u.email} / ${u.password}`,
      ),
      ...trustSignIns.map((u) => `  ${`Demo trust ${u.role}`.padEnd(24)}${u.email} / ${u.password}`),
      ...(db.socketDir ? [`  psql                    psql -h ${db.socketDir} -U postgres`] : []),
      '',
    ].join('\n') + '\n',
  )

  stopOnSignal({ served, worker, db, timeoutMs: config.SHUTDOWN_TIMEOUT_SECONDS * 1000 })
}

/**
 * SIGTERM or SIGINT: stop taking connections, answer the requests in flight (closing their
 * connections), stop the outbox worker after the mail in hand, close the database, exit 0. What is
 * not done within the timeout is cut off, and the exit code is 1.
 */
function stopOnSignal(running: { served: Served; worker: Worker; db: Database; timeoutMs: number }) {
  const { served, worker, db, timeoutMs } = running
  let stopping = false
  const stop = async (signal: string) => {
    // A terminal's Ctrl-C reaches this process twice under `npm start` (directly and relayed by tsx).
    if (stopping) return
    stopping = true
    log.info('stopping', { signal })
    const timedOut = new Promise<false>((resolve) => setTimeout(() => resolve(false), timeoutMs).unref())
    // The last resort, should closing the database itself hang.
    setTimeout(() => process.exit(1), timeoutMs + 10_000).unref()
    const [requestsDone, workerDone] = await Promise.all([
      served.drain(timeoutMs),
      Promise.race([worker.stop().then(() => true), timedOut]),
    ])
    await db.close()
    log.info('stopped', { requestsDone, workerDone })
    process.exit(requestsDone && workerDone ? 0 : 1)
  }
  const onSignal = (signal: string) =>
    stop(signal).catch((err: unknown) => {
      log.error('stop_failed', { error: (err as Error).name })
      process.exit(1)
    })
  process.on('SIGINT', onSignal)
  process.on('SIGTERM', onSignal)
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`)
  } else {
    process.stderr.write(`Heard could not start: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  process.exit(1)
})
