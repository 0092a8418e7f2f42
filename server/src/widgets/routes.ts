import { createRoute, z } from '@hono/zod-openapi'
import { notFound } from '../errors.ts'
import { createRouter, type Deps, errorResponses, jsonAnswer, jsonRequest, UuidParam } from '../http.ts'
import { jsonBody } from '../json-body.ts'
import { log } from '../log.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { deleteWidget, getPublicWidget, insertWidget, listWidgets, updateWidget } from './queries.ts'
import { PublicWidget, WidgetIdParam, WidgetInput, WidgetPatch, WidgetView } from './schemas.ts'

const tags = ['Portal: widgets']
const path = '/api/portal/subscribers/{subscriberId}/widgets'
const one = `${path}/{id}`
const answer = jsonAnswer('The widget', WidgetView)

const routes = {
  list: createRoute({
    method: 'get',
    path,
    tags,
    summary: 'Widgets (admins)',
    request: { params: SubscriberIdParam },
    responses: {
      200: jsonAnswer('Widgets', z.object({ widgets: z.array(WidgetView) })),
      ...errorResponses(401, 403, 404, 422),
    },
  }),
  create: createRoute({
    method: 'post',
    path,
    tags,
    summary:
      'Create a widget: services within coverage, how many stories, theme, language, allowed sites (admins)',
    request: { params: SubscriberIdParam, body: jsonRequest(WidgetInput) },
    responses: { 201: answer, ...errorResponses(400, 401, 403, 404, 415, 422) },
  }),
  get: createRoute({
    method: 'get',
    path: one,
    tags,
    summary: 'One widget (admins)',
    request: { params: WidgetIdParam },
    responses: { 200: answer, ...errorResponses(401, 403, 404, 422) },
  }),
  patch: createRoute({
    method: 'patch',
    path: one,
    tags,
    summary: 'Change a widget (admins)',
    request: { params: WidgetIdParam, body: jsonRequest(WidgetPatch) },
    responses: { 200: answer, ...errorResponses(400, 401, 403, 404, 415, 422) },
  }),
  delete: createRoute({
    method: 'delete',
    path: one,
    tags,
    summary: 'Delete a widget (admins); pages embedding it then show nothing',
    request: { params: WidgetIdParam },
    responses: { 204: { description: 'Deleted' }, ...errorResponses(401, 403, 404, 422) },
  }),
  public: createRoute({
    method: 'get',
    path: '/api/v1/widgets/{id}',
    tags: ['Stories'],
    summary: 'A widget’s settings, for <heard-stories widget="…">',
    description: 'Public and cacheable. The element then loads the stories of `services`.',
    request: { params: UuidParam },
    responses: { 200: jsonAnswer('The settings', PublicWidget), ...errorResponses(404, 422) },
  }),
}

/** Subscriber admins build widgets; anyone reads a widget's public settings. */
export function widgetBuilderRoutes({ sql }: Deps) {
  const admin = createMemberGuard({ sql })('admin')
  const find = async (subscriberId: string, id: string) => {
    const [widget] = await listWidgets(sql, subscriberId, id)
    if (!widget) throw notFound('That widget')
    return widget
  }

  return createRouter()
    .openapi(routes.public, async (c) => {
      const widget = await getPublicWidget(sql, c.req.valid('param').id)
      if (!widget) throw notFound('That widget')
      c.header('Cache-Control', 'public, max-age=60, stale-while-revalidate=300')
      return c.json(widget, 200)
    })
    .openapi({ ...routes.list, middleware: admin }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json({ widgets: await listWidgets(sql, currentMember(c).subscriberId) }, 200)
    })
    .openapi({ ...routes.create, middleware: [...admin, jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const input = c.req.valid('json')
      await requireWithinCoverage(sql, subscriberId, input.serviceIds, 'serviceIds')
      const id = await insertWidget(sql, subscriberId, input)
      log.info('widget_created', { requestId: c.get('requestId'), subscriberId, widgetId: id })
      return c.json(await find(subscriberId, id), 201)
    })
    .openapi({ ...routes.get, middleware: admin }, async (c) => {
      c.header('Cache-Control', 'no-store')
      return c.json(await find(currentMember(c).subscriberId, c.req.valid('param').id), 200)
    })
    .openapi({ ...routes.patch, middleware: [...admin, jsonBody] }, async (c) => {
      const { subscriberId } = currentMember(c)
      const { id } = c.req.valid('param')
      const patch = c.req.valid('json')
      await find(subscriberId, id)
      if (patch.serviceIds) await requireWithinCoverage(sql, subscriberId, patch.serviceIds, 'serviceIds')
      if (!(await updateWidget(sql, subscriberId, id, patch))) throw notFound('That widget')
      return c.json(await find(subscriberId, id), 200)
    })
    .openapi({ ...routes.delete, middleware: admin }, async (c) => {
      const { subscriberId } = currentMember(c)
      if (!(await deleteWidget(sql, subscriberId, c.req.valid('param').id))) throw notFound('That widget')
      return c.body(null, 204)
    })
}
