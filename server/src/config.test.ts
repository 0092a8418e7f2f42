import { describe, expect, it } from 'vitest'
import { ConfigError, loadConfig } from './config.ts'

describe('loadConfig', () => {
  it('runs the demo with nothing set', () => {
    const config = loadConfig({})
    expect(config).toMatchObject({ PORT: 3000, DATA_DIR: './data', PUBLIC_URL: 'http://localhost:3000' })
    expect(config.DATABASE_URL).toBeUndefined()
  })

  it('names a bad value and says where to look', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError)
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT: .*\n.*\.env\.example/s)
  })

  it('treats empty variables as unset', () => {
    expect(loadConfig({ DATABASE_URL: '', SMTP_URL: '' }).DATABASE_URL).toBeUndefined()
  })

  it('refuses a database URL that is not PostgreSQL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://localhost/heard' })).toThrow(/DATABASE_URL/)
  })

  it('requires a session secret and public URL in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', PUBLIC_URL: 'https://heard.example' })).toThrow(
      /SESSION_SECRET/,
    )
  })
})

describe('loadConfig mail settings', () => {
  it('refuses to run in production without SMTP_URL, and says why', () => {
    const env = {
      NODE_ENV: 'production',
      PUBLIC_URL: 'https://heard.example',
      SESSION_SECRET: 'x'.repeat(32),
    }
    expect(() => loadConfig(env)).toThrow(/SMTP_URL: required in production/)
    expect(loadConfig({ ...env, SMTP_URL: 'smtp://mail.example:587' }).SMTP_URL).toBe(
      'smtp://mail.example:587',
    )
  })

  it('keeps mail in the outbox outside production without SMTP_URL', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).SMTP_URL).toBeUndefined()
  })
})

describe('loadConfig shutdown timeout', () => {
  it('waits 10 s by default and takes whole seconds from 1 to 600', () => {
    expect(loadConfig({}).SHUTDOWN_TIMEOUT_SECONDS).toBe(10)
    expect(loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: '30' }).SHUTDOWN_TIMEOUT_SECONDS).toBe(30)
    for (const bad of ['0', '1.5', 'soon', '601'])
      expect(() => loadConfig({ SHUTDOWN_TIMEOUT_SECONDS: bad })).toThrow(/SHUTDOWN_TIMEOUT_SECONDS/)
  })
})
