import { createApp } from '../src/app.ts'
import { loadConfig, type Config } from '../src/config.ts'
import { setLogLevel } from '../src/log.ts'
import { testSql } from './db.ts'

export function testConfig(env: Record<string, string> = {}): Config {
  return loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    PUBLIC_URL: 'http://heard.test',
    TRUST_PROXY: 'true',
    FEED_CACHE_SECONDS: '0',
    DASHBOARD_BENCHMARK_CACHE_SECONDS: '0',
    ...env,
  })
}

/** The whole app, in-process, against the run's test database. */
export function testApp(env: Record<string, string> = {}) {
  const config = testConfig(env)
  setLogLevel(config.LOG_LEVEL)
  const sql = testSql()
  return { ...createApp({ sql, config }), sql, config }
}

export const json = (body: unknown, headers: Record<string, string> = {}): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify(body),
})
