import { createRoute } from '@hono/zod-openapi'
import { createRouter, type Deps, errorResponses, jsonAnswer } from '../http.ts'
import { requireWithinCoverage } from '../tenancy/coverage.ts'
import { createMemberGuard, currentMember } from '../tenancy/membership.ts'
import { SubscriberIdParam } from '../tenancy/schemas.ts'
import { getBenchmark, getClockFigures } from './benchmark.ts'
import { BenchmarkCache } from './benchmark-cache.ts'
import { getDashboard, listServiceNames } from './queries.ts'
import { Dashboard, DashboardQuery } from './schemas.ts'

const dashboard = createRoute({
  method: 'get',
  path: '/api/portal/subscribers/{subscriberId}/dashboard',
  tags: ['Portal: dashboards'],
  summary: 'Every dashboard series for chosen services and months',
  description:
    'Published stories within coverage: stories and positive share per month, the criticality mix, ' +
    'response rate and median time to first response, changes planned and made, and the most frequent ' +
    '"what was good" and "could be improved" tags. The response clock: median working hours to the first ' +
    'response, the share answered within the due time, stories overdue now, and overdue planned changes. ' +
    'Each figure has the median of all subscribers beside it when at least 5 contribute (worked out once per ' +
    'period every DASHBOARD_BENCHMARK_CACHE_SECONDS, 300 by default). Months are UTC.',
  request: { params: SubscriberIdParam, query: DashboardQuery },
  responses: { 200: jsonAnswer('The dashboard', Dashboard), ...errorResponses(401, 403, 404, 422) },
})

const monthStart = (month: string, offset = 0) => {
  const [year, m] = month.split('-').map(Number) as [number, number]
  return new Date(Date.UTC(year, m - 1 + offset, 1))
}
const monthOf = (d: Date) => d.toISOString().slice(0, 7)

/** Members see how their services are doing. */
export function dashboardRoutes({ sql, config }: Deps) {
  const viewer = createMemberGuard({ sql })('viewer')
  const benchmarks = new BenchmarkCache(config.DASHBOARD_BENCHMARK_CACHE_SECONDS)
  return createRouter().openapi({ ...dashboard, middleware: viewer }, async (c) => {
    const { subscriberId } = currentMember(c)
    const query = c.req.valid('query')
    const serviceIds = query.services ?? []
    if (serviceIds.length) await requireWithinCoverage(sql, subscriberId, serviceIds, 'services')
    const to = query.to ?? monthOf(new Date())
    const from = query.from ?? monthOf(monthStart(to, -11))
    const scope = { subscriberId, serviceIds, from: monthStart(from), to: monthStart(to, 1) }
    const [series, names, clock, benchmark] = await Promise.all([
      getDashboard(sql, scope),
      listServiceNames(sql, serviceIds),
      getClockFigures(sql, scope),
      benchmarks.get(scope, () => getBenchmark(sql, { from: scope.from, to: scope.to })),
    ])
    const { changesOverdue, ...figures } = clock
    c.header('Cache-Control', 'private, max-age=60')
    return c.json(
      {
        period: { from, to },
        services: [...names],
        ...series,
        changes: { ...series.changes, overdue: changesOverdue },
        clock: figures,
        benchmark,
      },
      200,
    )
  })
}
