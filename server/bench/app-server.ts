/**
 * Child process: the real Heard app on @hono/node-server, configured from the environment the
 * parent passes (DATABASE_URL, LOG_LEVEL, FEED_CACHE_SECONDS, SUBMISSION_RATE_LIMIT …). Tells the
 * parent its port when listening; answers `cpu` with its CPU time, so the parent can attribute
 * the machine's CPU between load generator, server and PostgreSQL.
 */
import '../src/regex-engine.ts'
import { createApp } from '../src/app.ts'
import { loadConfig } from '../src/config.ts'
import { connectPostgres } from '../src/db.ts'
import { setLogLevel } from '../src/log.ts'
import { warmPrechecks } from '../src/precheck/index.ts'
import { serveApp } from '../src/serve.ts'
import { answerParent } from './child-protocol.ts'
import { acceptProfiling } from './profiler.ts'

acceptProfiling()
const config = loadConfig()
setLogLevel(config.LOG_LEVEL)
warmPrechecks()
const db = connectPostgres(config.DATABASE_URL!)
const { app, deps } = createApp({ sql: db.sql, config })
const { server, address } = await serveApp(app.fetch, deps.feedCache, { port: 0, hostname: '127.0.0.1' })
answerParent({ type: 'ready', port: address.port })
process.on('disconnect', () => {
  server.close()
  void db.close().then(() => process.exit(0))
})
