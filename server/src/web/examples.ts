import { Hono } from 'hono'
import { join } from 'node:path'
import type { Sql } from '../db.ts'
import type { AppEnv } from '../http.ts'
import { EXAMPLE_CSP, pageSecurityHeaders } from '../page-headers.ts'
import { getServiceIdByCode } from '../services/queries.ts'
import { loadFolder, REPO_ROOT } from './static-files.ts'

/** Pages that must be served under a strict policy, as a hospital with a strict CSP would. */
const PAGE_HEADERS: Record<string, Record<string, string>> = {
  'strict-csp': {
    'Content-Security-Policy':
      "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; " +
      "require-trusted-types-for 'script'; trusted-types lit-html",
  },
}

/**
 * The example pages at /examples/<name>/. Example HTML names services by directory code
 * (`%SERVICE:RXA01%`), replaced here by the service's id, so the pages work on any database.
 */
export function exampleRoutes(sql: Sql, dir = join(REPO_ROOT, 'examples')) {
  const files = loadFolder(dir)
  const secure = pageSecurityHeaders(EXAMPLE_CSP)
  return new Hono<AppEnv>()
    .use('/examples', secure)
    .use('/examples/*', secure)
    .get('/examples', (c) => c.redirect('/examples/'))
    .get('/examples/', (c) => {
      const names = [
        ...new Set([...files.keys()].filter((f) => f.endsWith('/index.html')).map((f) => f.split('/')[0])),
      ]
      return c.html(
        `<!doctype html><html lang="en"><meta charset="utf-8"><title>Heard examples</title><h1>Heard examples</h1><ul>${names
          .map((n) => `<li><a href="/examples/${n}/">${n}</a></li>`)
          .join('')}</ul></html>`,
      )
    })
    .get('/examples/:name{[a-z0-9-]+}', (c) => c.redirect(`/examples/${c.req.param('name')}/`))
    .get('/examples/*', async (c) => {
      let path = c.req.path.slice('/examples/'.length)
      if (path.endsWith('/') || path === '') path += 'index.html'
      const file = files.get(path)
      if (!file) return c.notFound()
      const headers = {
        'Content-Type': file.type,
        'Cache-Control': 'no-cache',
        ...PAGE_HEADERS[path.split('/')[0]!],
      }
      if (!path.endsWith('.html')) return c.body(file.body as Uint8Array<ArrayBuffer>, 200, headers)
      let page = new TextDecoder().decode(file.body)
      for (const code of new Set([...page.matchAll(/%SERVICE:([A-Za-z0-9-]+)%/g)].map((m) => m[1]!))) {
        const id = (await getServiceIdByCode(sql, code)) ?? 'unknown-service'
        page = page.replaceAll(`%SERVICE:${code}%`, id)
      }
      return c.body(page, 200, headers)
    })
}
