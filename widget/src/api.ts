/**
 * The public API types the widget reads, and the one fetch helper it uses. The types come from the
 * server's schemas with `import type` only, so no zod reaches the bundle and the two cannot drift.
 */
import type { z } from 'zod'
import type { ErrorIssue } from '../../server/src/errors.ts'
import type { PrecheckFlag } from '../../server/src/precheck/types.ts'
import type { ServiceRef } from '../../server/src/services/schemas.ts'
import type { ServiceStats } from '../../server/src/services/stats.ts'
import type { Feed as FeedSchema, FeedStory, Tag as TagSchema } from '../../server/src/stories/schemas.ts'
import type { PublicWidget } from '../../server/src/widgets/schemas.ts'

export type Ref = Pick<ServiceRef, 'id' | 'name' | 'nameCy'>
export type Story = FeedStory
/** A feed page; `summary` when asked for with `summary=true` (the services' figures, each story once). */
export type Feed = z.infer<typeof FeedSchema> & { service?: Ref; summary?: Stats }
export type Tag = TagSchema
export type Stats = ServiceStats
export type Flag = PrecheckFlag
export type Issue = ErrorIssue
/** What `GET /api/v1/widgets/:id` answers. */
export type WidgetConfig = z.infer<typeof PublicWidget>
/** A failed request: `status` is 0 when the network failed (offline). */
export type Failure = { status: number; issues?: Issue[]; retryAfter?: number }

/** GET (or POST when `body` is given) `{api}/api/v1/{path}`; never sends cookies; rejects with a Failure. */
export const call = async <T>(api: string, path: string, body?: object, key?: string): Promise<T> => {
  let r: Response
  try {
    r = await fetch(`${api}/api/v1/${path}`, {
      credentials: 'omit',
      ...(body && {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(key && { 'idempotency-key': key }) },
        body: JSON.stringify(body),
      }),
    })
  } catch {
    throw { status: 0 } satisfies Failure
  }
  const j = await r.json().catch(() => ({}))
  if (r.ok) return j
  throw {
    status: r.status,
    issues: j.error?.issues,
    retryAfter: +r.headers.get('retry-after')! || 60,
  } satisfies Failure
}
