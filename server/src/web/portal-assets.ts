import { Hono } from 'hono'
import { join } from 'node:path'
import type { AppEnv } from '../http.ts'
import { loadFolder, REPO_ROOT } from './static-files.ts'

const SECURITY_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
}

/** The portal's built files at /portal/; any other /portal/… path is the app's index.html. */
export function portalRoutes(dir = join(REPO_ROOT, 'dist/portal')) {
  const files = loadFolder(dir)
  const index = files.get('index.html')
  return new Hono<AppEnv>().get('/portal/*', (c) => {
    const path = c.req.path.slice('/portal/'.length)
    const file = files.get(path)
    if (file && !path.endsWith('.html')) {
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': file.type,
        'Cache-Control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      })
    }
    if (!index) return c.text('The portal has not been built. Run `npm run build`.', 503)
    return c.body(index.body as Uint8Array<ArrayBuffer>, 200, {
      ...SECURITY_HEADERS,
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-cache',
    })
  })
}
