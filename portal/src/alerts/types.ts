/** The shape of alert preferences (`portal/API.md`, "Alerts"). Types only, from the server's zod schemas, as in `shared/types.ts`. */
import type { z } from '@hono/zod-openapi'
import type {
  AlertPreferences as AlertPreferencesSchema,
  AlertRule as AlertRuleSchema,
  AlertSettings as AlertSettingsSchema,
} from '../../../server/src/alerts/schemas.ts'

export type AlertPreferences = z.infer<typeof AlertPreferencesSchema>
export type AlertRule = z.infer<typeof AlertRuleSchema>
export type AlertSettings = z.infer<typeof AlertSettingsSchema>
