import { z } from '@hono/zod-openapi'
import { unsafeText } from '../edge.ts'

export const NODE_KINDS = ['organisation', 'site', 'department', 'ward'] as const
export const NodeKind = z.enum(NODE_KINDS)
export type NodeKind = z.infer<typeof NodeKind>

/** `nameCy`: the Welsh name, where the directory has one; readers of Welsh see it instead of `name`. */
export const ServiceRef = z
  .object({ id: z.uuid(), name: z.string(), nameCy: z.string().nullable(), kind: NodeKind })
  .openapi('ServiceRef')
export type ServiceRef = z.infer<typeof ServiceRef>

/** A service a story is about, named in both languages with its path (each reader sees theirs). */
export const NamedServicePath = z.object({
  id: z.uuid(),
  name: z.string(),
  nameCy: z.string().nullable(),
  path: z.string(),
  pathCy: z.string().openapi({ description: 'The path in Welsh names, English where a service has none' }),
})

export const ServiceSummary = ServiceRef.extend({
  depth: z.number().int(),
  path: z
    .string()
    .openapi({ example: 'Riverside University Hospitals › Riverside General Hospital › Ward 7' }),
  pathCy: z
    .string()
    .openapi({ description: 'The same path in Welsh names, English where a service has none' }),
}).openapi('ServiceSummary')
export type ServiceSummary = z.infer<typeof ServiceSummary>

export const ServiceDetail = ServiceRef.extend({
  externalCode: z.string().nullable(),
  postcode: z.string().nullable(),
  ancestors: z.array(ServiceRef),
  children: z.array(ServiceRef),
  url: z.url(),
}).openapi('ServiceDetail')
export type ServiceDetail = z.infer<typeof ServiceDetail>

export const ServiceSearchQuery = z.object({
  q: z.string().trim().max(100).optional(),
  within: z.uuid({ message: 'must be an id' }).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(20),
})
export type ServiceSearchQuery = z.infer<typeof ServiceSearchQuery>

/** One row of a directory CSV: `code,name,kind,parent_code,postcode`. */
export const DirectoryRow = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,39}$/, 'must be 1–40 letters, digits or hyphens'),
  name: z
    .string()
    .trim()
    .min(1, 'is required')
    .max(200, 'must be at most 200 characters')
    // A CSV upload is not a JSON or form body, so the edge leaves its text to this check.
    .refine((v) => unsafeText(v) === undefined, 'must not contain a NUL character or an unpaired surrogate'),
  kind: NodeKind,
  /** The Welsh name, where the service has one (optional column). */
  name_cy: z
    .string()
    .trim()
    .max(200, 'must be at most 200 characters')
    .refine((v) => unsafeText(v) === undefined, 'must not contain a NUL character or an unpaired surrogate')
    .transform((v) => v || undefined)
    .optional(),
  parent_code: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .optional(),
  postcode: z
    .string()
    .trim()
    .toUpperCase()
    .transform((v) => v || undefined)
    .pipe(
      z
        .string()
        .regex(/^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$/, 'must be a UK postcode')
        .optional(),
    )
    .optional(),
  ownership: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => v || undefined)
    .pipe(z.enum(['public', 'private'], { message: 'must be public, private or empty' }).optional())
    .optional(),
  contact_email: z
    .string()
    .trim()
    .transform((v) => v || undefined)
    .pipe(z.email({ message: 'must be an email address or empty' }).max(254).optional())
    .optional(),
})
export type DirectoryRow = z.infer<typeof DirectoryRow>

/** A service's public figures (`/stats`), also the feeds' `summary` (several services: their union). */
export const ServiceStats = z
  .object({
    stories: z.number().int().openapi({ description: 'Published stories about the node and its subtree' }),
    storiesLast12Months: z
      .number()
      .int()
      .openapi({ description: 'Of those, published in the last 12 months' }),
    responseRate: z.number().min(0).max(1).nullable().openapi({
      description: 'Share of the stories with at least one published response (0–1); null without stories',
      example: 0.87,
    }),
    medianDaysToFirstResponse: z.number().nullable().openapi({
      description: 'Median days from publication to the first published response (one decimal); null if none',
      example: 4.5,
    }),
    changes: z
      .object({ planned: z.number().int(), made: z.number().int() })
      .openapi({ description: 'Published responses by the current status of the change they report' }),
  })
  .openapi('ServiceStats')
