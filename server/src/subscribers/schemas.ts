import { z } from '@hono/zod-openapi'
import { NodeKind } from '../services/schemas.ts'
import { Email } from '../users/schemas.ts'

export const MEMBER_ROLES = ['admin', 'responder', 'viewer'] as const
export const MemberRole = z.enum(MEMBER_ROLES)
export type MemberRole = z.infer<typeof MemberRole>

/** What each role may do includes everything the roles below it may do. */
export const ROLE_RANK = { viewer: 1, responder: 2, admin: 3 } as const satisfies Record<MemberRole, number>

/** At most this many nodes may be chosen as one subscriber's coverage (their subtrees are included). */
export const COVERAGE_MAX = 200

export const SubscriberIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
})

export const CoverageNode = z
  .object({
    id: z.uuid(),
    name: z.string(),
    kind: NodeKind,
    externalCode: z.string().nullable(),
    path: z.string().openapi({ example: 'Riverside University Hospitals › Riverside General Hospital' }),
  })
  .openapi('CoverageNode')
export type CoverageNode = z.infer<typeof CoverageNode>

export const Coverage = z
  .object({
    nodes: z.array(CoverageNode).openapi({ description: 'The chosen nodes; each covers its subtree' }),
    coveredUnits: z.number().int().openapi({
      description: 'Directory nodes within coverage, subtrees included: the quantity billing charges for',
    }),
  })
  .openapi('Coverage')
export type Coverage = z.infer<typeof Coverage>

export const CoverageInput = z
  .object({
    nodeIds: z
      .array(z.uuid({ message: 'must be a service id' }))
      .max(COVERAGE_MAX, `Choose at most ${COVERAGE_MAX} services`),
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

export const SubscriberSummary = z
  .object({
    id: z.uuid(),
    name: z.string(),
    createdAt: z.iso.datetime(),
    coveredNodes: z.number().int(),
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
