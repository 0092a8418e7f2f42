import type { OpenAPIHono } from '@hono/zod-openapi'
import type { SqlPool } from '../src/db.ts'
import type { AppEnv } from '../src/http.ts'
import { normaliseCoverage, saveCoverage } from '../src/tenancy/coverage.ts'
import { saveEntitlement } from '../src/tenancy/entitlement.ts'
import type { MemberRole } from '../src/tenancy/roles.ts'
import { signedInAs, type SignedIn } from './auth.ts'

/** Full use (respond, alerts) as billing decides it: a subscription recorded by hand, for a year. */
export async function grantFullAccess(sql: SqlPool, subscriberId: string): Promise<void> {
  await sql`
    insert into manual_subscriptions (subscriber_id, period_end, note)
    values (${subscriberId}, now() + interval '1 year', 'Test subscription')`
}

/**
 * A subscriber covering `coverage` (with full access unless `readOnly`), entitled to cover
 * `entitlement` (by default what it covers).
 */
export async function createTestSubscriber(
  sql: SqlPool,
  name: string,
  coverage: string[],
  options: { readOnly?: boolean; entitlement?: string[] } = {},
): Promise<string> {
  const id = await sql.begin(async (tx) => {
    const [row] = await tx<{ id: string }[]>`insert into subscribers (name) values (${name}) returning id`
    await saveEntitlement(tx, row!.id, await normaliseCoverage(tx, options.entitlement ?? coverage))
    await saveCoverage(tx, row!.id, await normaliseCoverage(tx, coverage))
    return row!.id
  })
  if (!options.readOnly) await grantFullAccess(sql, id)
  return id
}

export type Member = SignedIn & { user: { id: string; email: string; name: string } }

/** A signed-in user who is a member of the subscriber with this role. */
export async function signedInMember(
  app: OpenAPIHono<AppEnv>,
  sql: SqlPool,
  subscriberId: string,
  role: MemberRole,
  options: { frozen?: boolean; name?: string } = {},
): Promise<Member> {
  const signedIn = await signedInAs(app, sql, null, options.name)
  await sql`
    insert into memberships (subscriber_id, user_id, role, frozen)
    values (${subscriberId}, ${signedIn.userId}, ${role}, ${options.frozen ?? false})`
  return signedIn
}

/** JSON request options for a signed-in user. */
export const as = (who: { headers: Record<string, string> } | undefined, method: string, body?: unknown) => ({
  method,
  headers: { 'content-type': 'application/json', ...(who?.headers ?? {}) },
  body: body === undefined ? undefined : JSON.stringify(body),
})
