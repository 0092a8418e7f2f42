import { z } from '@hono/zod-openapi'
import { LANGS } from '../i18n/index.ts'
import { CursorQuery } from './cursor.ts'
import { ResponseChange } from './response-change.ts'

export const AUTHOR_ROLES = ['patient', 'carer', 'relative', 'staff', 'other'] as const
export const AGE_GROUPS = [
  'under-16',
  '16-24',
  '25-34',
  '35-44',
  '45-54',
  '55-64',
  '65-74',
  '75-84',
  '85+',
] as const
export const ROUTES = ['widget', 'site', 'api', 'assisted'] as const
export const TAG_GROUPS = ['good', 'improve', 'feelings'] as const
export const STORY_STATUSES = [
  'submitted',
  'pending',
  'in_review',
  'published',
  'held',
  'rejected',
  'withdrawn',
  'hidden',
  'awaiting_provider',
  'restricted',
] as const
export type StoryStatus = (typeof STORY_STATUSES)[number]

export const TITLE_MAX = 120
export const BODY_MIN = 50
export const BODY_MAX = 7000
export const NICKNAME_MAX = 40

const EMAIL_IN_TEXT = /[^\s@]+@[^\s@]+\.[^\s@]+/
const tagList = z.array(z.string().trim().min(1).max(40)).max(12).default([])

export const StorySubmission = z
  .object({
    title: z
      .string({ message: 'Enter a title' })
      .trim()
      .min(1, 'Enter a title')
      .max(TITLE_MAX, `Title must be ${TITLE_MAX} characters or fewer`),
    body: z
      .string({ message: 'Enter your story' })
      .trim()
      .min(BODY_MIN, `Your story must be at least ${BODY_MIN} characters`)
      .max(BODY_MAX, `Your story must be ${BODY_MAX} characters or fewer`),
    serviceIds: z
      .array(z.uuid({ message: 'must be a service id' }), {
        message: 'Choose the service your story is about',
      })
      .min(1, 'Choose the service your story is about')
      .max(5, 'Choose at most 5 services'),
    authorRole: z.enum(AUTHOR_ROLES, { message: 'Choose who you are' }),
    nickname: z
      .string({ message: 'Enter a nickname' })
      .trim()
      .min(1, 'Enter a nickname')
      .max(NICKNAME_MAX, `Nickname must be ${NICKNAME_MAX} characters or fewer`)
      .refine((v) => !EMAIL_IN_TEXT.test(v), 'Your nickname must not contain an email address'),
    email: z
      .string()
      .trim()
      .transform((v) => v || undefined)
      .pipe(z.email({ message: 'Enter an email address like name@example.com' }).max(254).optional())
      .optional(),
    ageGroup: z.enum(AGE_GROUPS, { message: 'Choose an age group from the list' }).optional(),
    tags: z
      .object({ good: tagList, improve: tagList, feelings: tagList })
      .default({ good: [], improve: [], feelings: [] }),
    route: z.enum(ROUTES).default('api'),
    /** The language the story is told in: its emails and follow page speak it. */
    lang: z.enum(LANGS, { message: 'must be en or cy' }).default('en').openapi({
      description: 'The language the story is told in (`en` or `cy`): its emails and follow page use it.',
    }),
    /** The portal widget the story was told through; recorded with the page's origin if that site is allowed. */
    widgetId: z.uuid({ message: 'must be a widget id' }).optional(),
    /** Honeypot: people never see this field; software that fills it in is not a person. */
    website: z.string().max(200).optional(),
  })
  .openapi('StorySubmission')
export type StorySubmission = z.infer<typeof StorySubmission>

export const SubmissionAccepted = z
  .object({ id: z.uuid(), status: z.literal('pending') })
  .openapi('SubmissionAccepted')

export const ServiceLink = z.object({ id: z.uuid(), name: z.string(), nameCy: z.string().nullable() })

export const FeedResponder = z
  .object({
    organisationName: z.string(),
    responderTitle: z.string(),
    change: z.enum(['planned', 'made']).nullable().openapi({
      description: 'The furthest change their published responses report: made, planned, or none',
    }),
    changeDetail: ResponseChange.nullable().openapi({
      description:
        'That change as the story API gives it (what will change or changed, the month expected, when it was made): its newest published claim; null when there is no change, or for one marked before changes had summaries',
    }),
  })
  .openapi('FeedResponder')

export const FeedStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    excerpt: z.string(),
    publishedAt: z.iso.datetime(),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    services: z.array(ServiceLink),
    responseCount: z.number().int(),
    responders: z.array(FeedResponder).openapi({
      description: 'Who answered the story publicly, in the order they first answered, each once',
    }),
    url: z.url(),
  })
  .openapi('FeedStory')
export type FeedStory = z.infer<typeof FeedStory>

export const FeedQuery = z.object({
  limit: z.coerce.number().int().min(1).max(50).default(10),
  cursor: CursorQuery(),
  summary: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true')
    .openapi({
      description:
        'When `true`, the answer also carries `summary`: the figures of the services asked for (the union of their subtrees, each story once), as `/services/{id}/stats` gives them for one',
    }),
})

export const Feed = z
  .object({ stories: z.array(FeedStory), nextCursor: z.string().nullable() })
  .openapi('Feed')

/** What the public sees of a published response (the follow page adds the author's replies). */
export const publicResponseFields = {
  id: z.uuid(),
  responderTitle: z.string(),
  organisationName: z.string(),
  body: z.string(),
  changeMarker: z.enum(['planned', 'made']).nullable(),
  change: ResponseChange.nullable(),
  publishedAt: z.iso.datetime(),
}

export const PublicResponse = z.object(publicResponseFields).openapi('PublicResponse')
export type PublicResponse = z.infer<typeof PublicResponse>

export const PublicTag = z.object({ slug: z.string(), label: z.string(), labelCy: z.string() })

export const PublicStory = z
  .object({
    id: z.uuid(),
    title: z.string(),
    body: z.string(),
    lang: z.enum(LANGS).openapi({ description: 'The language the story was told in (`en` or `cy`)' }),
    publishedAt: z.iso.datetime(),
    authorRole: z.enum(AUTHOR_ROLES),
    nickname: z.string(),
    services: z.array(ServiceLink),
    tags: z.object({ good: z.array(PublicTag), improve: z.array(PublicTag), feelings: z.array(PublicTag) }),
    responses: z.array(PublicResponse),
    url: z.url(),
  })
  .openapi('PublicStory')
export type PublicStory = z.infer<typeof PublicStory>

export const Tag = z
  .object({
    slug: z.string(),
    group: z.enum(TAG_GROUPS),
    label: z.string(),
    labelCy: z.string(),
    polarity: z.enum(['positive', 'negative', 'neutral']),
  })
  .openapi('Tag')
export type Tag = z.infer<typeof Tag>
