import { z } from '@hono/zod-openapi'

export const REPORT_REASONS = ['identifies_someone', 'offensive', 'not_real', 'defamatory', 'other'] as const
export type ReportReason = (typeof REPORT_REASONS)[number]

export const REPORT_STATUSES = ['open', 'dismissed', 'hidden'] as const
export const DETAILS_MAX = 2000
export const PUBLIC_REASON_MIN = 10
export const PUBLIC_REASON_MAX = 500

const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .trim()
    .max(max, tooLong)
    .transform((v) => v || undefined)
    .optional()

/** A reader's report of a published story (the API's JSON and the story page's form alike). */
export const StoryReport = z
  .object({
    reason: z.enum(REPORT_REASONS, { message: 'Choose why you are reporting this story' }),
    details: optionalText(DETAILS_MAX, `Details must be ${DETAILS_MAX} characters or fewer`),
    email: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .pipe(z.email({ message: 'Enter an email address like name@example.com' }).max(254).optional())
      .optional(),
    /** Honeypot: people never see this field; software that fills it in is not a person. */
    website: z.string().max(200).optional(),
  })
  .openapi('StoryReport')
export type StoryReport = z.infer<typeof StoryReport>

export const ReportReceived = z.object({ status: z.literal('received') }).openapi('ReportReceived')

export const ReportListQuery = z.object({
  status: z.enum(REPORT_STATUSES).default('open'),
  limit: z.coerce.number().int().min(1).max(100).default(50),
})
export type ReportListQuery = z.infer<typeof ReportListQuery>

export const ModerationReport = z
  .object({
    id: z.uuid(),
    storyId: z.uuid(),
    storyTitle: z.string(),
    storyStatus: z.string(),
    /** The public reason shown on the story's page while it is hidden. */
    hiddenReason: z.string().nullable(),
    reason: z.enum(REPORT_REASONS),
    details: z.string().nullable(),
    email: z.string().nullable(),
    status: z.enum(REPORT_STATUSES),
    createdAt: z.iso.datetime(),
    decidedAt: z.iso.datetime().nullable(),
    /** Open reports about the same story, this one included. */
    openReports: z.number().int(),
  })
  .openapi('ModerationReport')
export type ModerationReport = z.infer<typeof ModerationReport>

export const ReportList = z
  .object({ items: z.array(ModerationReport), open: z.number().int() })
  .openapi('ReportList')

export const ReportDecision = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('dismiss') }),
    z.object({
      decision: z.literal('hide'),
      publicReason: z
        .string({ message: 'Give the reason readers will see' })
        .trim()
        .min(PUBLIC_REASON_MIN, `The public reason must be at least ${PUBLIC_REASON_MIN} characters`)
        .max(PUBLIC_REASON_MAX, `The public reason must be ${PUBLIC_REASON_MAX} characters or fewer`),
    }),
  ])
  .openapi('ReportDecision')
export type ReportDecision = z.infer<typeof ReportDecision>

export const Unhide = z
  .object({
    reason: z
      .string({ message: 'Say why the story is shown again' })
      .trim()
      .min(3, 'Say why the story is shown again')
      .max(PUBLIC_REASON_MAX, `The reason must be ${PUBLIC_REASON_MAX} characters or fewer`),
  })
  .openapi('Unhide')
export type Unhide = z.infer<typeof Unhide>
