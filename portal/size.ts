import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'

/** One entry of Vite's `.vite/manifest.json`: a chunk, the chunks it imports, those it may load later. */
export type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[] }
export type Manifest = Record<string, ManifestChunk>

/**
 * The files a browser fetches before it can draw a page: each of `keys` (the entry `index.html`,
 * then the page's area, `src/account/pages.ts`) and every chunk they import statically, each once.
 * Dynamic imports are left out: they load only when another area is opened.
 */
export function filesLoaded(manifest: Manifest, keys: string[]): string[] {
  const seen = new Set<string>()
  const visit = (key: string) => {
    if (seen.has(key)) return
    const chunk = manifest[key]
    if (!chunk) throw new Error(`the manifest has no chunk ${key}`)
    seen.add(key)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  keys.forEach(visit)
  return [...seen].map((key) => manifest[key].file)
}

/** Bytes of `file` under `dir` once gzipped at level 9 (what a server sends, at worst). */
export function gzipSize(dir: string, file: string) {
  return gzipSync(readFileSync(join(dir, file)), { level: 9 }).length
}
