import { createRoute, z } from '@hono/zod-openapi'
import { createMiddleware } from 'hono/factory'
import { createAuth } from '../auth/index.ts'
import { limitBody } from '../body-limit.ts'
import { AppError } from '../errors.ts'
import { createRouter, errorResponses, type Deps } from '../http.ts'
import { log } from '../log.ts'
import { importDirectory, previewDirectoryImport, type ImportResult } from './import.ts'

/** Directory files are far bigger than other request bodies; app.ts exempts this path from its limit. */
export const DIRECTORY_IMPORT_PATH = '/api/portal/admin/directory/'
export const DIRECTORY_IMPORT_MAX_BYTES = 20 * 1024 * 1024
/** Row errors listed in one answer; `errorCount` says how many there were. */
const ERRORS_SHOWN = 500

const tags = ['Portal: platform admin']

const ImportPlan = z
  .object({
    ok: z.boolean(),
    created: z.number().int().optional(),
    updated: z.number().int().optional(),
    total: z.number().int().optional(),
    errors: z.array(z.object({ line: z.number().int(), message: z.string() })).optional(),
    errorCount: z.number().int().optional(),
  })
  .openapi('DirectoryImportPlan')

const csvBody = {
  required: true,
  description: 'The CSV file itself: `code,name,kind,parent_code,postcode`, one service a line',
  content: { 'text/csv': { schema: z.string() } },
}

const preview = createRoute({
  method: 'post',
  path: `${DIRECTORY_IMPORT_PATH}preview`,
  tags,
  summary: 'Check a directory CSV and say what importing it would do, writing nothing',
  request: { body: csvBody },
  responses: {
    200: {
      description: 'The plan, or the rows to fix',
      content: { 'application/json': { schema: ImportPlan } },
    },
    ...errorResponses(401, 403, 413, 415),
  },
})

const confirm = createRoute({
  method: 'post',
  path: `${DIRECTORY_IMPORT_PATH}import`,
  tags,
  summary: 'Import a directory CSV: every row, or (when any row is wrong) none',
  request: { body: csvBody },
  responses: {
    200: { description: 'Imported', content: { 'application/json': { schema: ImportPlan } } },
    ...errorResponses(401, 403, 413, 415, 422),
  },
})

const shown = (result: ImportResult) =>
  result.ok
    ? result
    : { ok: false, errors: result.errors.slice(0, ERRORS_SHOWN), errorCount: result.errors.length }

/** Platform admins import the service directory from CSV: preview first, then import. */
export function directoryImportRoutes({ sql }: Deps) {
  const auth = createAuth({ sql })
  const csvText = createMiddleware(async (c, next) => {
    if (!/^text\/(csv|plain)\s*(;|$)/i.test(c.req.header('content-type') ?? '')) {
      throw new AppError(
        'unsupported_media_type',
        'Send the CSV file as the request body (Content-Type: text/csv).',
      )
    }
    await next()
  })
  const limit = limitBody(DIRECTORY_IMPORT_MAX_BYTES, 'A directory file must be at most 20 MB.')
  const middleware = [auth.requirePlatformRole('platform_admin'), csvText, limit]

  return createRouter()
    .openapi({ ...preview, middleware }, async (c) => {
      const result = await previewDirectoryImport(sql, await c.req.text())
      return c.json(shown(result), 200)
    })
    .openapi({ ...confirm, middleware }, async (c) => {
      const result = await importDirectory(sql, await c.req.text())
      if (!result.ok) {
        throw new AppError(
          'validation_failed',
          `Nothing was imported: ${result.errors.length} rows need fixing.`,
          result.errors.slice(0, ERRORS_SHOWN).map((e) => ({ path: `line.${e.line}`, message: e.message })),
        )
      }
      log.info('directory_imported', {
        requestId: c.get('requestId'),
        created: result.created,
        updated: result.updated,
      })
      return c.json(result, 200)
    })
}
