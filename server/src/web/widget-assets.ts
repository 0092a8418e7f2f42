import { Hono } from 'hono'
import { join } from 'node:path'
import { AppError } from '../errors.ts'
import type { AppEnv } from '../http.ts'
import { loadFolder, REPO_ROOT } from './static-files.ts'

export interface WidgetBuild {
  /** The hashed entry file, e.g. `heard.3f9a1c.js`. */
  file: string
  integrity: string
  /** The form chunk the entry loads when "Tell your story" is pressed; the entry pins its hash. */
  form?: { file: string; integrity: string }
}

/**
 * `/widget/v1/heard.js` is the stable address hospital pages use: a short cache, always the current
 * build. Hashed files behind it are immutable. `/widget/v1/manifest.json` publishes the hashed
 * file and its Subresource Integrity hash for pages that pin a build, and the form chunk's (which
 * the entry itself pins and checks: see widget/README.md).
 */
export function widgetRoutes(dir = join(REPO_ROOT, 'dist/widget')) {
  const files = loadFolder(dir)
  const entry = [...files.keys()].find((name) => /^heard\.[\w-]+\.js$/.test(name))
  const form = [...files.keys()].find((name) => /^heard-form\.[\w-]+\.js$/.test(name))
  const build: WidgetBuild | undefined = entry
    ? {
        file: entry,
        integrity: files.get(entry)!.integrity,
        ...(form && { form: { file: form, integrity: files.get(form)!.integrity } }),
      }
    : undefined
  const notBuilt = () => new AppError('unavailable', 'The widget has not been built. Run `npm run build`.')
  const cors = { 'Access-Control-Allow-Origin': '*', 'Cross-Origin-Resource-Policy': 'cross-origin' }

  const app = new Hono<AppEnv>()
    .get('/widget/v1/heard.js', (c) => {
      if (!build) throw notBuilt()
      return c.body(files.get(build.file)!.body as Uint8Array<ArrayBuffer>, 200, {
        ...cors,
        'Content-Type': 'text/javascript; charset=utf-8',
        'Cache-Control': 'public, max-age=300, stale-while-revalidate=3600',
      })
    })
    .get('/widget/v1/manifest.json', (c) => {
      if (!build) throw notBuilt()
      c.header('Cache-Control', 'public, max-age=300')
      c.header('Access-Control-Allow-Origin', '*')
      const { form, ...entry } = build
      return c.json({
        ...entry,
        url: `/widget/v1/${build.file}`,
        ...(form && { form: { ...form, url: `/widget/v1/${form.file}` } }),
      })
    })
    .get('/widget/v1/:file{.+}', (c) => {
      const file = files.get(c.req.param('file'))
      if (!file || c.req.param('file').startsWith('.'))
        throw new AppError('not_found', 'No such widget file.')
      return c.body(file.body as Uint8Array<ArrayBuffer>, 200, {
        ...cors,
        'Content-Type': file.type,
        'Cache-Control': 'public, max-age=31536000, immutable',
      })
    })
  return { app, build }
}
