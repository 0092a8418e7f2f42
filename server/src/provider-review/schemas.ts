import { z } from '@hono/zod-openapi'

/** How long a private provider has to answer before the story publishes itself. */
export const PROVIDER_WAIT_HOURS = 72

/** Why a provider may ask for a review: fixed categories, never "it is critical of us". */
export const REVIEW_REASONS = ['wrong_provider', 'identifies_someone', 'legal_concern', 'other'] as const
export type ReviewReason = (typeof REVIEW_REASONS)[number]

export const REVIEW_REASON_LABELS: Record<ReviewReason, string> = {
  wrong_provider: 'The story is about another provider',
  identifies_someone: 'The story could identify someone',
  legal_concern: 'A legal concern',
  other: 'Another reason',
}

export const OWNERSHIPS = ['public', 'private'] as const
export type Ownership = (typeof OWNERSHIPS)[number]

export const ReviewTokenParam = z.object({
  token: z
    .string()
    .max(200)
    .openapi({
      param: { name: 'token', in: 'path' },
      description: 'The private token from the provider’s email',
    }),
})

export const ProviderDecision = z
  .discriminatedUnion('decision', [
    z.object({ decision: z.literal('go_ahead') }),
    z.object({
      decision: z.literal('request_review'),
      reason: z.enum(REVIEW_REASONS, { message: 'Choose why the story should be reviewed' }),
      details: z.string().trim().max(2000, 'Details must be 2,000 characters or fewer').optional(),
    }),
  ])
  .superRefine((v, ctx) => {
    if (v.decision === 'request_review' && v.reason === 'other' && !v.details) {
      ctx.addIssue({ code: 'custom', path: ['details'], message: 'Say what the concern is' })
    }
  })
  .openapi('ProviderDecision')
export type ProviderDecision = z.infer<typeof ProviderDecision>

export const ProviderStory = z
  .object({
    storyId: z.uuid(),
    providerName: z.string(),
    title: z.string(),
    body: z.string(),
    services: z.array(z.string()),
    publishesAt: z.iso.datetime(),
    status: z.enum(['awaiting', 'decided']),
  })
  .openapi('ProviderStory')
export type ProviderStory = z.infer<typeof ProviderStory>

export const RestrictInput = z
  .object({
    publicReason: z
      .string({ message: 'Say why the story is restricted' })
      .trim()
      .min(10, 'Say why the story is restricted, in at least 10 characters')
      .max(1000, 'The reason must be 1,000 characters or fewer'),
  })
  .openapi('RestrictInput')

export const ProviderReview = z
  .object({
    id: z.uuid(),
    providerName: z.string(),
    startedAt: z.iso.datetime(),
    dueAt: z.iso.datetime(),
    answer: z.enum(['go_ahead', 'review', 'no_answer']).nullable(),
    answeredAt: z.iso.datetime().nullable(),
    reason: z.enum(REVIEW_REASONS).nullable(),
    details: z.string().nullable(),
    outcome: z.enum(['published', 'edited', 'restricted']).nullable(),
    publicReason: z.string().nullable(),
  })
  .openapi('ProviderReview')
export type ProviderReview = z.infer<typeof ProviderReview>

export const StoryProvider = z
  .object({
    services: z.array(z.object({ id: z.uuid(), name: z.string(), ownership: z.enum(OWNERSHIPS) })),
    reviews: z.array(ProviderReview),
    openRequest: z.boolean().openapi({ description: 'A review request waits for a senior moderator' }),
  })
  .openapi('StoryProvider')
export type StoryProvider = z.infer<typeof StoryProvider>

export const ReviewRequestItem = z.object({
  reviewId: z.uuid(),
  storyId: z.uuid(),
  title: z.string(),
  providerName: z.string(),
  reason: z.enum(REVIEW_REASONS),
  details: z.string().nullable(),
  answeredAt: z.iso.datetime(),
})

export const ProviderReviewStats = z
  .object({
    providers: z.array(
      z.object({
        nodeId: z.uuid(),
        providerName: z.string(),
        stories: z.number().int(),
        goAhead: z.number().int(),
        noAnswer: z.number().int(),
        reviewRequests: z.number().int(),
        reasons: z.record(z.string(), z.number().int()),
        published: z.number().int(),
        edited: z.number().int(),
        restricted: z.number().int(),
        open: z.number().int(),
      }),
    ),
  })
  .openapi('ProviderReviewStats')
