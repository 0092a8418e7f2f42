import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { Hono } from 'hono'

/** Comments and layout whitespace out: the file stays readable, the answer small. */
export const minifyCss = (css: string) =>
  css
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':')
    .replace(/;}/g, '}')
    .trim()

/** The one stylesheet of every server-rendered page, read and minified once at start. */
const CSS = minifyCss(readFileSync(new URL('./pages.css', import.meta.url), 'utf8'))
const VERSION = createHash('sha256').update(CSS).digest('hex').slice(0, 12)

/** The address pages link: its version changes with the file, so browsers may keep it for a year. */
export const STYLESHEET_URL = `/assets/pages.css?v=${VERSION}`

/** Serves the stylesheet; an address without the current version is cached for an hour only. */
export function stylesheetRoutes() {
  return new Hono().get('/assets/pages.css', (c) =>
    c.body(CSS, 200, {
      'Content-Type': 'text/css; charset=utf-8',
      'Cache-Control':
        c.req.query('v') === VERSION ? 'public, max-age=31536000, immutable' : 'public, max-age=3600',
      'X-Content-Type-Options': 'nosniff',
    }),
  )
}
