/**
 * Prints the OpenAPI document the app serves, without a database (postgres.js connects lazily),
 * so that a restructuring can be checked to leave the public contract byte for byte the same:
 * `npx tsx server/test/openapi-dump.ts > before.json`.
 */
import postgres from 'postgres'
import { createApp } from '../src/app.ts'
import { setLogLevel } from '../src/log.ts'
import { testConfig } from './app.ts'

setLogLevel('silent')
const sql = postgres('postgres://nobody@127.0.0.1:1/none')
const { app } = createApp({ sql, config: testConfig() })
process.stdout.write(await (await app.request('/api/openapi.json')).text())
await sql.end()
