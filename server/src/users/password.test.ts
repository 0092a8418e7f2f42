import { describe, expect, it } from 'vitest'
import { DEFAULT_COST_LOG2, hashPassword, setPasswordHashCost, verifyPassword } from './password.ts'

describe('password hashing', () => {
  it('hashes with scrypt at N = 2^15 and a salt of its own, and verifies', async () => {
    setPasswordHashCost(DEFAULT_COST_LOG2)
    const [a, b] = [await hashPassword('correct horse battery'), await hashPassword('correct horse battery')]
    expect(a).toMatch(/^scrypt\$15\$8\$1\$[\w-]{22}\$[\w-]{43}$/)
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse battery', a)).toBe(true)
    expect(await verifyPassword('correct horse batterY', a)).toBe(false)
  })

  it('refuses malformed hashes and absurd costs', async () => {
    expect(await verifyPassword('x', 'plain')).toBe(false)
    expect(await verifyPassword('x', 'scrypt$30$8$1$c2FsdA$aGFzaA')).toBe(false)
    expect(await verifyPassword('x', 'bcrypt$10$8$1$c2FsdA$aGFzaA')).toBe(false)
  })
})
