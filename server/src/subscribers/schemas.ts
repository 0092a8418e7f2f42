import { z } from '@hono/zod-openapi'
import { MemberRole } from '../tenancy/roles.ts'
import { Coverage } from '../tenancy/schemas.ts'
import { Email } from '../users/schemas.ts'

/** At most this many nodes may be chosen as one subscriber's coverage (their subtrees are included). */
export const COVERAGE_MAX = 200

export const CoverageInput = z
  .object({
    nodeIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .max(COVERAGE_MAX, `Choose at most ${COVERAGE_MAX} services`),
    removeFromWidgetsAndAlerts: z.boolean().default(false).openapi({
      description:
        'Confirms that services leaving coverage may be removed from the widgets and alert rules that name them',
    }),
  })
  .openapi('CoverageInput')
export type CoverageInput = z.infer<typeof CoverageInput>

export const CoverageChange = z
  .object({
    before: Coverage,
    after: Coverage,
    removed: z
      .object({ alertServices: z.number().int(), widgetServices: z.number().int() })
      .openapi({ description: 'Alert and widget services dropped because they left coverage' }),
  })
  .openapi('CoverageChange')

export const EntitlementInput = z
  .object({
    nodeIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .max(COVERAGE_MAX, `Choose at most ${COVERAGE_MAX} services`),
  })
  .openapi('EntitlementInput')

/** A provider answers stories about its services; a public-interest body reads a region and never answers. */
export const SUBSCRIBER_KINDS = ['provider', 'public_interest'] as const
export const PUBLIC_INTEREST_TYPES = ['regulator', 'commissioner', 'healthwatch'] as const
export type SubscriberKind = (typeof SUBSCRIBER_KINDS)[number]
export type PublicInterestType = (typeof PUBLIC_INTEREST_TYPES)[number]

export const SubscriberSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    coveredNodes: z
      .number()
      .int()
      .openapi({ description: 'Services covered, subtrees included (as the detail page counts)' }),
    members: z.number().int(),
    kind: z.enum(SUBSCRIBER_KINDS),
    publicInterestType: z.enum(PUBLIC_INTEREST_TYPES).nullable(),
  })
  .openapi('SubscriberSummary')
export type SubscriberSummary = z.infer<typeof SubscriberSummary>

export const MySubscriber = z
  .object({
    id: z.uuid(),
    name: z.string(),
    role: MemberRole,
    coverage: Coverage,
    mayAct: z
      .boolean()
      .openapi({ description: 'False when billing allows reading only: no responses, no alerts' }),
  })
  .openapi('MySubscriber')

export const MembershipInfo = z
  .object({ subscriberId: z.uuid(), subscriberName: z.string(), role: MemberRole, frozen: z.boolean() })
  .openapi('MembershipInfo')

export const NewSubscriber = z
  .object({
    name: z.string().trim().min(1, 'Enter a name').max(200, 'Name must be 200 characters or fewer'),
    coverage: z
      .array(z.uuid({ message: 'must be a service id' }))
      .max(COVERAGE_MAX, `Choose at most ${COVERAGE_MAX} services`)
      .default([]),
    adminEmail: Email,
    adminName: z.string().trim().min(1).max(120).optional(),
    kind: z.enum(SUBSCRIBER_KINDS).default('provider'),
    publicInterestType: z
      .enum(PUBLIC_INTEREST_TYPES, { message: 'must be regulator, commissioner or healthwatch' })
      .optional(),
  })
  .superRefine((v, ctx) => {
    if (v.kind === 'public_interest' && !v.publicInterestType)
      ctx.addIssue({
        code: 'custom',
        path: ['publicInterestType'],
        message: 'Choose the kind of public-interest body',
      })
    if (v.kind === 'provider' && v.publicInterestType)
      ctx.addIssue({
        code: 'custom',
        path: ['publicInterestType'],
        message: 'only for a public-interest body',
      })
  })
  .openapi('NewSubscriber')
export type NewSubscriber = z.infer<typeof NewSubscriber>
