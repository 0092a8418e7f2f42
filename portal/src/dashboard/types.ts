/** The shape of the dashboard (`portal/API.md`, "Dashboard"). Types only, from the server's zod schemas, as in `shared/types.ts`. */
import type { z } from '@hono/zod-openapi'
import type { Dashboard as DashboardSchema } from '../../../server/src/dashboards/schemas.ts'

export type Dashboard = z.infer<typeof DashboardSchema>
