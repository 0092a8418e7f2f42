import { afterAll, describe, expect, it } from 'vitest'
import { testConfig } from '../test/app.ts'
import { createApp } from './app.ts'
import { connectPostgres } from './db.ts'
import { setLogLevel } from './log.ts'

// Nothing listens on port 1: every connection is refused at once.
const unreachable = connectPostgres('postgres://heard@127.0.0.1:1/heard', { max: 1 })
const config = testConfig()
setLogLevel(config.LOG_LEVEL)
const { app } = createApp({ sql: unreachable.sql, config })

afterAll(() => unreachable.close())

describe('a database that cannot be reached', () => {
  it('answers 503 unavailable with Retry-After, not 500', async () => {
    const res = await app.request('/api/v1/services?q=ward')
    expect(res.status).toBe(503)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
    expect(await res.json()).toEqual({
      error: { code: 'unavailable', message: expect.stringContaining('try again') },
    })
  })
})
