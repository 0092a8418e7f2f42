import { Hono } from 'hono'
import { join } from 'node:path'
import type { AppEnv } from '../http.ts'
import { pageSecurityHeaders, PORTAL_CSP } from '../page-headers.ts'
import { loadFolder, REPO_ROOT } from './static-files.ts'

/**
 * The portal's built files at /portal/; any other /portal/… path is the app's index.html.
 * Its addresses carry reset and invitation tokens, so no referrer leaves the site.
 */
export function portalRoutes(dir = join(REPO_ROOT, 'dist/portal')) {
  const files = loadFolder(dir)
  const index = files.get('index.html')
  return new Hono<AppEnv>()
    .use('/portal/*', pageSecurityHeaders(PORTAL_CSP, 'same-origin'))
    .get('/portal/*', (c) => {
      const path = c.req.path.slice('/portal/'.length)
      const file = files.get(path)
      if (file && !path.endsWith('.html')) {
        return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': file.type,
          'Cache-Control': path.startsWith('assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        })
      }
      if (!index) return c.text('The portal has not been built. Run `npm run build`.', 503)
      return c.body(index.body as Uint8Array<ArrayBuffer>, 200, {
        'Content-Type': 'text/html; charset=utf-8',
        'Cache-Control': 'no-cache',
      })
    })
}
