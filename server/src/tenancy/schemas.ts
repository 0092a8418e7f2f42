/**
 * Schemas every subscriber-scoped resource shares: the subscriber id in the path of
 * `/api/portal/subscribers/{subscriberId}/…`, and a subscriber's coverage of the directory.
 */
import { z } from '@hono/zod-openapi'
import { NodeKind } from '../services/schemas.ts'

export const SubscriberIdParam = z.object({
  subscriberId: z.uuid({ message: 'must be an id' }).openapi({ param: { name: 'subscriberId', in: 'path' } }),
})

export const CoverageNode = z
  .object({
    id: z.uuid(),
    name: z.string(),
    nameCy: z.string().nullable(),
    kind: NodeKind,
    externalCode: z.string().nullable(),
    path: z.string().openapi({ example: 'Riverside University Hospitals › Riverside General Hospital' }),
    pathCy: z.string(),
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

const Dependent = z.object({
  id: z.uuid(),
  name: z.string().openapi({ description: 'The widget’s name, or the name of the member whose alerts' }),
  services: z
    .array(z.object({ id: z.uuid(), name: z.string() }))
    .openapi({ description: 'The services it names that would leave coverage' }),
})

export const CoverageDependents = z
  .object({ widgets: z.array(Dependent), alertRules: z.array(Dependent) })
  .openapi('CoverageDependents', {
    description:
      'Widgets and members’ alert rules naming services that a change would leave outside coverage',
  })
export type CoverageDependents = z.infer<typeof CoverageDependents>
