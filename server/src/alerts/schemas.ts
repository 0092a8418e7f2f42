import { z } from '@hono/zod-openapi'
import { NamedServicePath } from '../services/schemas.ts'

export const ALERT_FREQUENCIES = ['immediate', 'daily'] as const
export type AlertFrequency = (typeof ALERT_FREQUENCIES)[number]

/** The hour (UTC) the daily digest goes out. */
export const DIGEST_HOUR_UTC = 7

export const AlertPreferencesInput = z
  .object({
    serviceIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .min(1, 'Choose at least one service')
      .max(50, 'Choose at most 50 services'),
    minCriticality: z.number().int().min(0).max(5).default(0).openapi({
      description: 'Only stories at least this critical (0: every story; 3: moderately critical and above)',
    }),
    frequency: z.enum(ALERT_FREQUENCIES),
  })
  .openapi('AlertPreferencesInput')
export type AlertPreferencesInput = z.infer<typeof AlertPreferencesInput>

export const AlertPreferences = z
  .object({
    services: z.array(NamedServicePath),
    minCriticality: z.number().int(),
    frequency: z.enum(ALERT_FREQUENCIES),
    paused: z
      .boolean()
      .openapi({ description: 'Unsubscribed from an email link; saving the preferences again resumes' }),
  })
  .openapi('AlertPreferences')
export type AlertPreferences = z.infer<typeof AlertPreferences>

export const AlertRuleInput = z
  .object({
    serviceIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .min(1, 'Choose at least one service')
      .max(50, 'Choose at most 50 services'),
    minCriticality: z.number().int().min(0).max(5).default(0),
    frequency: z.enum(ALERT_FREQUENCIES),
  })
  .openapi('AlertRuleInput')

/** Every rule and option at once (what the alerts page saves); the rules replace the member's rules. */
export const AlertSettingsInput = z
  .object({
    rules: z.array(AlertRuleInput).max(10, 'At most 10 rules'),
    authorReplies: z.boolean().default(false).openapi({
      description: 'Email me when an author’s reply to one of our responses is published',
    }),
    assignedToMe: z.boolean().default(true).openapi({ description: 'Email me when a story is given to me' }),
  })
  .openapi('AlertSettingsInput')
export type AlertSettingsInput = z.infer<typeof AlertSettingsInput>

export const AlertRule = AlertPreferences.extend({ id: z.uuid() }).openapi('AlertRule')
export type AlertRule = z.infer<typeof AlertRule>

export const AlertSettings = z
  .object({
    alerts: AlertPreferences.nullable().openapi({ description: 'The first rule (kept for older clients)' }),
    rules: z.array(AlertRule),
    authorReplies: z.boolean(),
    assignedToMe: z.boolean(),
  })
  .openapi('AlertSettings')
export type AlertSettings = z.infer<typeof AlertSettings>

export const UnsubscribeParam = z.object({
  token: z
    .string()
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
})
