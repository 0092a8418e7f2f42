import { z } from '@hono/zod-openapi'
import { NamedServicePath } from '../services/schemas.ts'

export const WIDGET_THEMES = ['light', 'dark', 'auto'] as const
export const WIDGET_LANGS = ['en', 'cy'] as const

/** `https://www.example.org/any/page` → `https://www.example.org`; only http(s) origins. */
const Origin = z
  .string()
  .trim()
  .max(200)
  .transform((value, ctx) => {
    try {
      const url = new URL(value)
      if ((url.protocol === 'https:' || url.protocol === 'http:') && url.hostname && !url.username)
        return url.origin
    } catch {
      // fall through
    }
    ctx.addIssue({ code: 'custom', message: 'must be a site address like https://www.example.org' })
    return z.NEVER
  })

const ServiceIds = z
  .array(z.uuid({ message: 'must be a service id' }))
  .min(1, 'Choose at least one service')
  .max(10, 'Choose at most 10 services')

export const WidgetInput = z
  .object({
    name: z.string().trim().min(1, 'Name the widget').max(120, 'Name must be 120 characters or fewer'),
    serviceIds: ServiceIds,
    limit: z.number().int().min(1).max(20).default(5),
    theme: z.enum(WIDGET_THEMES).default('light'),
    lang: z.enum(WIDGET_LANGS).default('en'),
    allowedOrigins: z.array(Origin).max(20, 'List at most 20 sites').default([]),
  })
  .openapi('WidgetInput')
export type WidgetInput = z.infer<typeof WidgetInput>

export const WidgetPatch = z
  .object({
    name: z.string().trim().min(1, 'Name the widget').max(120).optional(),
    serviceIds: ServiceIds.optional(),
    limit: z.number().int().min(1).max(20).optional(),
    theme: z.enum(WIDGET_THEMES).optional(),
    lang: z.enum(WIDGET_LANGS).optional(),
    allowedOrigins: z.array(Origin).max(20, 'List at most 20 sites').optional(),
  })
  .openapi('WidgetPatch')
export type WidgetPatch = z.infer<typeof WidgetPatch>

export const WidgetView = z
  .object({
    id: z.uuid(),
    name: z.string(),
    services: z.array(NamedServicePath),
    limit: z.number().int(),
    theme: z.enum(WIDGET_THEMES),
    lang: z.enum(WIDGET_LANGS),
    allowedOrigins: z.array(z.string()),
    storiesReceived: z
      .number()
      .int()
      .openapi({ description: 'Stories told through this widget on an allowed site' }),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .openapi('Widget')
export type WidgetView = z.infer<typeof WidgetView>

/** What `<heard-stories widget="…">` fetches. */
export const PublicWidget = z
  .object({
    services: z.array(z.uuid()),
    limit: z.number().int(),
    lang: z.enum(WIDGET_LANGS),
    theme: z.enum(WIDGET_THEMES),
  })
  .openapi('PublicWidget')

export const WidgetIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
  id: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'id', in: 'path' } }),
})
