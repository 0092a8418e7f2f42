import { describe, expect, it } from 'vitest'
import { BenchmarkCache } from './benchmark-cache.ts'
import type { Benchmark } from './schemas.ts'

const period = { from: new Date('2026-01-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }
const other = { from: new Date('2026-06-01T00:00:00Z'), to: new Date('2027-01-01T00:00:00Z') }
const answer = (contributors: number) => ({ contributors }) as Benchmark

describe('BenchmarkCache', () => {
  it('works a period out once while it is kept, for requests at once and later, and again after', async () => {
    const cache = new BenchmarkCache(300)
    let runs = 0
    const compute = async () => answer(++runs)
    const [a, b] = await Promise.all([cache.get(period, compute, 0), cache.get(period, compute, 0)])
    expect([a.contributors, b.contributors, runs]).toEqual([1, 1, 1])
    expect((await cache.get(period, compute, 299_999)).contributors).toBe(1)
    expect((await cache.get(other, compute, 299_999)).contributors).toBe(2)
    expect((await cache.get(period, compute, 300_000)).contributors).toBe(3)
  })

  it('keeps no failure, and keeps nothing at zero seconds', async () => {
    const cache = new BenchmarkCache(300)
    await expect(cache.get(period, () => Promise.reject(new Error('down')), 0)).rejects.toThrow('down')
    expect((await cache.get(period, async () => answer(7), 1)).contributors).toBe(7)
    const off = new BenchmarkCache(0)
    let runs = 0
    await off.get(period, async () => answer(++runs))
    await off.get(period, async () => answer(++runs))
    expect(runs).toBe(2)
  })
})
