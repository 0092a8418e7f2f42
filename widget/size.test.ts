import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

const BUDGET = 10 * 1024
const DIST = join(import.meta.dirname, '../dist/widget')

describe('the widget bundle', () => {
  it(`stays within ${BUDGET} bytes of gzipped JavaScript, every file it can load included`, () => {
    let files: string[] = []
    try {
      files = readdirSync(DIST).filter((f) => f.endsWith('.js'))
    } catch {
      // no build: fails below
    }
    expect(files, 'dist/widget has no JavaScript: run `npm run build` first').not.toEqual([])
    const sizes = files.map((f) => [f, gzipSync(readFileSync(join(DIST, f)), { level: 9 }).length] as const)
    const total = sizes.reduce((sum, [, n]) => sum + n, 0)
    console.log(
      `widget gzip: ${sizes.map(([f, n]) => `${f} ${n} B`).join(', ')}; total ${total} of ${BUDGET} B`,
    )
    expect(total).toBeLessThanOrEqual(BUDGET)
  })
})
