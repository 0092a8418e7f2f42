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
  })
  .openapi('NewSubscriber')
export type NewSubscriber = z.infer<typeof NewSubscriber>
