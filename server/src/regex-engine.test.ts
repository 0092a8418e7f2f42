import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

describe('regex-engine.ts', () => {
  // V8 reads the setting as each regex is created: imported after a module that builds regexes
  // (the pre-checks build 1,800), it would leave those compiled at their second run.
  it('is the first thing the server imports', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8')
    const imports = source.match(/^import .*$/gm) ?? []
    expect(imports[0]).toBe("import './regex-engine.ts'")
  })
})
