/** The shapes of readers' reports (`portal/API.md`, "Reports"). Types only, from the server's zod schemas. */
import type { z } from '@hono/zod-openapi'
import type {
  ModerationReport as ModerationReportSchema,
  ReportList as ReportListSchema,
} from '../../../server/src/reports/schemas.ts'

export type ModerationReport = z.infer<typeof ModerationReportSchema>
export type ReportList = z.infer<typeof ReportListSchema>
export type ReportStatus = ModerationReport['status']
