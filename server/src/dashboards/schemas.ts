import { z } from '@hono/zod-openapi'

/** The longest period one dashboard covers. */
export const MAX_MONTHS = 120
const monthsBetween = (from: string, to: string) => {
  const [fy, fm] = from.split('-').map(Number) as [number, number]
  const [ty, tm] = to.split('-').map(Number) as [number, number]
  return (ty - fy) * 12 + (tm - fm)
}

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month like 2026-01')

export const DashboardQuery = z
  .object({
    services: z
      .string()
      .max(2000)
      .transform((v) => [...new Set(v.split(/[\s,]+/).filter(Boolean))])
      .pipe(z.array(z.uuid({ message: 'must be service ids' })).max(50, 'at most 50 services'))
      .optional()
      .openapi({
        description:
          'Comma-separated services within coverage (each with its subtree); default: all of coverage',
        type: 'string',
      }),
    from: month.optional().openapi({ description: 'First month (UTC); default: 11 months before `to`' }),
    to: month.optional().openapi({ description: 'Last month, included (UTC); default: this month' }),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'must not be after `to`', path: ['from'] })
  .refine((q) => !q.from || !q.to || monthsBetween(q.from, q.to) < MAX_MONTHS, {
    message: `the period can be at most ${MAX_MONTHS} months`,
    path: ['from'],
  })
export type DashboardQuery = z.infer<typeof DashboardQuery>

export const Benchmark = z
  .object({
    contributors: z.number().int().openapi({ description: 'Subscribers with stories in the period' }),
    rate: z.number().nullable(),
    medianWorkingHours: z.number().nullable(),
    answeredWithinDue: z.number().nullable(),
    overdueNow: z.number().nullable(),
    changesPlanned: z.number().nullable(),
    changesMade: z.number().nullable(),
    changesOverdue: z.number().nullable(),
  })
  .openapi('DashboardBenchmark', {
    description:
      'The median over all subscribers of each figure for the same months (whole coverage); null unless at least 5 subscribers contribute. No subscriber is named.',
  })
export type Benchmark = z.infer<typeof Benchmark>

const TagCount = z.object({
  slug: z.string(),
  label: z.string(),
  labelCy: z.string(),
  stories: z.number().int(),
})

export const Dashboard = z
  .object({
    period: z.object({ from: z.string(), to: z.string() }),
    services: z
      .array(z.object({ id: z.uuid(), name: z.string(), nameCy: z.string().nullable() }))
      .openapi({ description: 'Empty: the whole coverage' }),
    storiesPerMonth: z.array(
      z.object({
        month: z.string().openapi({ example: '2026-01' }),
        stories: z.number().int(),
        positive: z.number().int().openapi({ description: 'Criticality 0' }),
        positiveShare: z
          .number()
          .nullable()
          .openapi({ description: 'positive / stories; null in a month without stories' }),
      }),
    ),
    criticality: z.array(z.object({ criticality: z.number().int().nullable(), stories: z.number().int() })),
    responses: z.object({
      stories: z.number().int(),
      responded: z.number().int().openapi({ description: 'Stories with at least one published response' }),
      rate: z.number().nullable(),
      medianHoursToFirstResponse: z.number().nullable(),
    }),
    changes: z.object({
      planned: z.number().int().openapi({ description: 'Published responses marking a change planned' }),
      made: z.number().int(),
      overdue: z
        .number()
        .int()
        .openapi({ description: 'Ours: planned changes whose expected month has ended, not yet made' }),
    }),
    clock: z.object({
      medianWorkingHoursToFirstResponse: z.number().nullable().openapi({
        description: 'Hours on Monday to Friday from publication to the first published response',
      }),
      answeredWithinDue: z.number().nullable().openapi({
        description:
          'Of the stories answered or past their due time (published + the working days to respond), the share answered in time',
      }),
      overdueNow: z.number().int().openapi({ description: 'Stories past their due time without a response' }),
    }),
    benchmark: Benchmark,
    topTags: z.object({ good: z.array(TagCount), improve: z.array(TagCount) }),
  })
  .openapi('Dashboard')
export type Dashboard = z.infer<typeof Dashboard>
