import { z } from '@hono/zod-openapi'
import type { Sql } from '../db.ts'

/** A response's change as the public sees it: its latest published claim. */
export const ResponseChange = z
  .object({
    status: z.enum(['planned', 'made']),
    summary: z.string().nullable().openapi({
      description: 'What will change or changed; null only for a change marked before summaries existed',
    }),
    expectedBy: z
      .string()
      .regex(/^\d{4}-\d{2}$/)
      .nullable()
      .openapi({ description: 'The month a planned change is expected by, YYYY-MM', example: '2027-03' }),
    madeAt: z.iso.datetime().nullable().openapi({ description: 'When it was marked made' }),
  })
  .openapi('ResponseChange')
export type ResponseChange = z.infer<typeof ResponseChange>

/**
 * The `change` of the response aliased `r`, as JSON: its latest published claim, or for a change
 * marked before claims had summaries, just the marker.
 */
export const responseChangeJson = (sql: Sql) => sql`coalesce(
  (select json_build_object('status', c.status, 'summary', c.summary,
      'expectedBy', to_char(c.expected_by, 'YYYY-MM'),
      'madeAt', case when c.status = 'made' then to_char(c.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end)
   from response_changes c where c.response_id = r.id and c.state = 'published'
   order by c.published_at desc limit 1),
  case when r.change_marker is not null then json_build_object('status', r.change_marker, 'summary', null,
    'expectedBy', null, 'madeAt', null) end)`

/** The change claim of the response aliased `r` that waits for a moderator, as JSON (members only). */
export const pendingChangeJson = (sql: Sql) => sql`(
  select json_build_object('status', c.status, 'summary', c.summary, 'expectedBy', to_char(c.expected_by, 'YYYY-MM'))
  from response_changes c where c.response_id = r.id and c.state = 'pending')`
