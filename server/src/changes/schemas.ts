import { z } from '@hono/zod-openapi'

export const CHANGE_STATUSES = ['planned', 'made'] as const
export const CHANGE_SUMMARY_MAX = 500

/** What a responder claims: a change planned (with the month it is expected by) or made. */
export const ChangeClaim = z
  .object({
    status: z.enum(CHANGE_STATUSES, { message: 'Choose planned or made' }),
    summary: z
      .string({ message: 'Say what will change, or what changed' })
      .trim()
      .min(10, 'Say what will change, or what changed, in at least 10 characters')
      .max(CHANGE_SUMMARY_MAX, `The summary must be ${CHANGE_SUMMARY_MAX} characters or fewer`)
      .openapi({ description: 'Shown publicly with the response once a moderator publishes it' }),
    expectedBy: z
      .string()
      .regex(/^20\d{2}-(0[1-9]|1[0-2])$/, 'Give the month as YYYY-MM, e.g. 2027-03')
      .optional()
      .openapi({
        description: 'A planned change: the month it is expected by (YYYY-MM)',
        example: '2027-03',
      }),
  })
  .openapi('ChangeClaim')
export type ChangeClaim = z.infer<typeof ChangeClaim>

export const ChangeClaimed = z
  .object({
    change: z.object({
      id: z.uuid(),
      status: z.enum(CHANGE_STATUSES),
      summary: z.string(),
      expectedBy: z.string().nullable(),
      state: z.literal('pending'),
    }),
    published: z.literal(false).openapi({ description: 'A change claim always waits for a moderator' }),
  })
  .openapi('ChangeClaimed')
export type ChangeClaimed = z.infer<typeof ChangeClaimed>
