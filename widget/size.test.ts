import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUDGETS, gzipSize } from './size.ts'

const DIST = join(import.meta.dirname, '../dist/widget')

function built(): string[] {
  try {
    return readdirSync(DIST).filter((f) => f.endsWith('.js'))
  } catch {
    return [] // no build: fails below
  }
}

describe('the widget bundle', () => {
  const files = built()
  const entries = files.filter((f) => /^heard\.[\w-]+\.js$/.test(f))
  const forms = files.filter((f) => /^heard-form\.[\w-]+\.js$/.test(f))

  it('is one entry module and one form chunk, and nothing else', () => {
    expect(files, 'dist/widget has no JavaScript: run `npm run build` first').not.toEqual([])
    expect(entries).toHaveLength(1)
    expect(forms).toHaveLength(1)
    expect(files).toHaveLength(2)
  })

  it.each([
    ['entry', entries],
    ['form', forms],
  ] as const)(`keeps the %s chunk within its budget (gzip)`, (kind, names) => {
    const size = gzipSize(readFileSync(join(DIST, names[0]!)))
    console.log(`widget ${kind}: ${names[0]} ${size} B gzip of ${BUDGETS[kind]} B`)
    expect(size).toBeLessThanOrEqual(BUDGETS[kind])
  })

  it('pins the form chunk by name and SHA-384 in the entry, and the form imports nothing', async () => {
    const entry = readFileSync(join(DIST, entries[0]!), 'utf8')
    const form = readFileSync(join(DIST, forms[0]!))
    const { createHash } = await import('node:crypto')
    expect(entry).toContain(forms[0])
    expect(entry).toContain(`sha384-${createHash('sha384').update(form).digest('base64')}`)
    expect(form.toString()).not.toMatch(/\bimport\s*[({'"]|\bfrom\s*['"]/)
  })
})
