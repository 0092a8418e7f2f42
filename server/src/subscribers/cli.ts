import { parseArgs } from 'node:util'
import { z } from 'zod'
import type { SqlPool } from '../db.ts'
import { getServiceIdByCode } from '../services/queries.ts'
import { Email, NewPassword } from '../users/schemas.ts'
import { createSubscriber } from './create.ts'
import { PUBLIC_INTEREST_TYPES } from './schemas.ts'

export const CREATE_SUBSCRIBER_USAGE =
  'subscribers:create --name <name> --covers <ids or codes, comma-separated> --admin-email <address> ' +
  '[--admin-password <at least 10 characters>] [--admin-name <name>] ' +
  '[--public-interest <regulator|commissioner|healthwatch>]'

interface Output {
  log(line: string): void
  error(line: string): void
}

/** Each of `covers` is a node id or an external code; unknown ones are listed as errors. */
async function resolveNodes(sql: SqlPool, covers: string[]): Promise<{ ids: string[]; unknown: string[] }> {
  const ids: string[] = []
  const unknown: string[] = []
  for (const item of covers) {
    const id = z.uuid().safeParse(item).success
      ? (await sql`select id from service_nodes where id = ${item}`).length
        ? item
        : undefined
      : await getServiceIdByCode(sql, item)
    if (id) ids.push(id)
    else unknown.push(item)
  }
  return { ids, unknown }
}

/**
 * `heard subscribers:create`: a subscriber, its coverage (which is also its entitlement, what it
 * may cover) and its first admin. Without
 * `--admin-password` an address with no account is sent an invitation (through the outbox, sent
 * by a running server). Returns the exit code. Messages never repeat the password.
 */
export async function createSubscriberCommand(
  sql: SqlPool,
  args: string[],
  publicUrl: string,
  out: Output,
): Promise<number> {
  let values: Record<string, string | undefined>
  try {
    ;({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        name: { type: 'string' },
        covers: { type: 'string' },
        'admin-email': { type: 'string' },
        'admin-password': { type: 'string' },
        'admin-name': { type: 'string' },
        'public-interest': { type: 'string' },
      },
    }) as { values: Record<string, string | undefined> })
  } catch (err) {
    out.error(
      `subscribers:create: ${(err as Error).message.split('\n')[0]}\n\nUsage: npm run heard -- ${CREATE_SUBSCRIBER_USAGE}`,
    )
    return 2
  }
  const errors: string[] = []
  const name = values.name?.trim()
  if (!name) errors.push('--name is required')
  const covers = (values.covers ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
  if (!covers.length) errors.push('--covers needs at least one service id or code')
  const email = Email.safeParse(values['admin-email'] ?? '')
  if (!email.success) errors.push(`--admin-email: ${email.error.issues[0]!.message}`)
  const password = values['admin-password']
  if (password !== undefined && !NewPassword.safeParse(password).success) {
    errors.push('--admin-password must be at least 10 characters')
  }
  const publicInterest = values['public-interest']
  const piType = PUBLIC_INTEREST_TYPES.find((t) => t === publicInterest)
  if (publicInterest !== undefined && !piType) {
    errors.push('--public-interest must be regulator, commissioner or healthwatch')
  }
  if (errors.length || !email.success || !name) {
    out.error(
      `subscribers:create: ${errors.join('\n  ')}\n\nUsage: npm run heard -- ${CREATE_SUBSCRIBER_USAGE}`,
    )
    return 2
  }
  const { ids, unknown } = await resolveNodes(sql, covers)
  if (unknown.length) {
    out.error(`subscribers:create: not in the directory: ${unknown.join(', ')}`)
    return 1
  }
  const created = await createSubscriber(sql, {
    name,
    coverage: ids,
    adminEmail: email.data,
    adminName: values['admin-name']?.trim() || undefined,
    adminPassword: password,
    ...(piType ? { kind: 'public_interest' as const, publicInterestType: piType } : {}),
    createdBy: null,
    publicUrl,
  })
  const admin = {
    member: `${email.data}, who already had an account, is its admin (told by email)`,
    created: `${email.data} is its admin and can sign in at ${publicUrl}/portal/`,
    invited: `${email.data} has been sent an invitation (see /dev/mail without SMTP_URL)`,
  }[created.admin.outcome]
  const what = piType ? `public-interest body (${piType})` : 'subscriber'
  out.log(`Created ${what} ${name} (id ${created.id}) covering ${ids.length} service(s); ${admin}.`)
  return 0
}
