import { createApp } from './app.ts'
import { startBackgroundWork } from './background.ts'
import { ConfigError, loadConfig } from './config.ts'
import { openDatabase } from './db.ts'
import { seedDemo } from './demo/seed.ts'
import { demoSubscriberSignInsPresent } from './demo/seed-subscribers.ts'
import { demoSignInsPresent } from './demo/users.ts'
import { log, setLogLevel } from './log.ts'
import { devMailEnabled } from './mail/transport.ts'
import { migrate } from './migrate.ts'
import { serveApp } from './serve.ts'

async function main() {
  const config = loadConfig()
  setLogLevel(config.LOG_LEVEL)
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
  const { server, address: info } = await serveApp(app.fetch, deps.feedCache, {
    port: config.PORT,
    hostname: config.HOST,
  })
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

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info('stopping', { signal })
    server.close(async () => {
      await worker.stop()
      await db.close()
      process.exit(0)
    })
    setTimeout(() => process.exit(1), 10_000).unref()
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`)
  } else {
    process.stderr.write(`Heard could not start: ${err instanceof Error ? err.message : String(err)}\n`)
  }
  process.exit(1)
})
