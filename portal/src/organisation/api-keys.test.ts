import { describe, expect, it } from 'vitest'
import { apiKeyExample, checkKeyName, keyStatus, lastUsed } from './api-keys.ts'

describe('checkKeyName', () => {
  it('asks for a name of at most 120 characters', () => {
    expect(checkKeyName('  ')).toHaveLength(1)
    expect(checkKeyName('x'.repeat(121))[0]!.message).toContain('120 characters')
    expect(checkKeyName('Dashboard')).toEqual([])
  })
})

describe('apiKeyExample', () => {
  it('shows the Bearer header against the public API, without the key itself', () => {
    const example = apiKeyExample('https://heard.example')
    expect(example).toContain('Authorization: Bearer <your key>')
    expect(example).toContain('https://heard.example/api/v1/')
    expect(example).not.toMatch(/heard_[0-9a-f]{8}_/)
  })
})

describe('keyStatus and lastUsed', () => {
  it('tells live keys from revoked ones', () => {
    expect(keyStatus({ revokedAt: null })).toEqual({ live: true, label: 'Live' })
    expect(keyStatus({ revokedAt: '2026-03-04T10:00:00.000Z' })).toEqual({
      live: false,
      label: 'Revoked 4 March 2026',
    })
  })

  it('says when a key was never used', () => {
    expect(lastUsed({ lastUsedAt: null })).toBe('Not used yet')
    expect(lastUsed({ lastUsedAt: '2026-03-04T10:00:00.000Z' })).toContain('4 March 2026')
  })
})
