import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { filesLoaded, gzipSize, type Manifest } from './size.ts'

const BUDGET = 40 * 1024
const DIST = join(import.meta.dirname, '../dist/portal')

describe('filesLoaded', () => {
  const manifest: Manifest = {
    'index.html': {
      file: 'index.js',
      imports: ['_lit.js'],
      dynamicImports: ['src/a/pages.ts', 'src/b/pages.ts'],
    },
    '_lit.js': { file: 'lit.js' },
    '_format.js': { file: 'format.js', imports: ['_lit.js'] },
    'src/a/pages.ts': { file: 'a.js', imports: ['_format.js', 'index.html'] },
    'src/b/pages.ts': { file: 'b.js', imports: ['_lit.js'] },
  }

  it('follows static imports, each file once, and leaves the other areas out', () => {
    expect(filesLoaded(manifest, ['index.html', 'src/a/pages.ts'])).toEqual([
      'index.js',
      'lit.js',
      'a.js',
      'format.js',
    ])
  })

  it('fails on a key the build does not have', () => {
    expect(() => filesLoaded(manifest, ['src/c/pages.ts'])).toThrow('no chunk src/c/pages.ts')
  })
})

describe('the portal bundle', () => {
  it(`loads at most ${BUDGET} bytes of gzipped JavaScript for the sign-in page`, () => {
    let manifest: Manifest = {}
    try {
      manifest = JSON.parse(readFileSync(join(DIST, '.vite/manifest.json'), 'utf8')) as Manifest
    } catch {
      // no build: fails below
    }
    expect(manifest['index.html'], 'dist/portal has no manifest: run `npm run build` first').toBeDefined()
    const files = filesLoaded(manifest, ['index.html', 'src/account/pages.ts'])
    const sizes = files.map((f) => [f, gzipSize(DIST, f)] as const)
    const total = sizes.reduce((sum, [, n]) => sum + n, 0)
    const areas = Object.keys(manifest)
      .filter((key) => key.endsWith('/pages.ts'))
      .map((key) => `${key.split('/')[1]} ${gzipSize(DIST, manifest[key].file)} B`)
    console.log(
      `portal sign-in gzip: ${sizes.map(([f, n]) => `${f} ${n} B`).join(', ')}; total ${total} of ${BUDGET} B; areas: ${areas.join(', ')}`,
    )
    expect(total).toBeLessThanOrEqual(BUDGET)
  })
})
