import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { extname, join, relative, sep } from 'node:path'
import { fileURLToPath } from 'node:url'

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url))

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
}

export interface StaticFile {
  body: Uint8Array
  type: string
  integrity: string
}

export const contentType = (path: string) => TYPES[extname(path)] ?? 'application/octet-stream'

/**
 * Reads every file below `dir` into memory, keyed by its path relative to `dir` with forward
 * slashes. The built widget and portal are small, and serving from memory keeps paths out of the
 * file system's reach. A missing folder gives an empty map (not built yet). Read once, at start.
 */
export function loadFolder(dir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>()
  let names: string[]
  try {
    names = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name))
  } catch {
    return files
  }
  for (const path of names) {
    const body = new Uint8Array(readFileSync(path))
    files.set(relative(dir, path).split(sep).join('/'), {
      body,
      type: contentType(path),
      integrity: `sha384-${createHash('sha384').update(body).digest('base64')}`,
    })
  }
  return files
}
