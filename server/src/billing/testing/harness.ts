import Stripe from 'stripe'
import { testApp } from '../../../test/app.ts'
import { signedInAs, type SignedIn } from '../../../test/auth.ts'
import { resetDatabase } from '../../../test/db.ts'
import { seedDirectory } from '../../../test/fixtures.ts'
import type { SqlPool } from '../../db.ts'
import { FAKE_PRICE_ID, StripeFake } from './stripe-fake.ts'

export const WEBHOOK_SECRET = 'whsec_test_heard_billing'

/** Signs webhooks as Stripe does; the key is never used to call anything. */
const signer = new Stripe('sk_test_signer')

export interface BillingTest {
  fake: StripeFake
  app: ReturnType<typeof testApp>['app']
  sql: SqlPool
  config: ReturnType<typeof testApp>['config']
  nodes: Record<string, string>
  close(): Promise<void>
}

/** The app with Stripe configured against a fresh fake, on an emptied database with a directory. */
export async function startBillingTest(): Promise<BillingTest> {
  const fake = await StripeFake.start()
  const { app, sql, config } = testApp({
    STRIPE_SECRET_KEY: 'sk_test_heard',
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_PRICE_ID: FAKE_PRICE_ID,
    STRIPE_API_BASE: fake.apiBase,
  })
  await resetDatabase(sql)
  const nodes = await seedDirectory(sql)
  return { fake, app, sql, config, nodes, close: () => fake.close() }
}

export interface TestSubscriber {
  id: string
  admin: SignedIn & { user: { email: string } }
}

/** A subscriber covering `units` wards, with a signed-in admin. */
export async function createSubscriber(
  t: Pick<BillingTest, 'app' | 'sql' | 'nodes'>,
  units = 2,
  name = 'Testshire Hospitals',
) {
  const [row] = await t.sql<{ id: string }[]>`insert into subscribers (name) values (${name}) returning id`
  const id = row!.id
  await setCoverage(t, id, units)
  const admin = await signedInAs(t.app, t.sql, null)
  await t.sql`insert into memberships (subscriber_id, user_id, role) values (${id}, ${admin.userId}, 'admin')`
  return { id, admin } satisfies TestSubscriber
}

const WARDS = ['TST01-W1', 'TST01-W2', 'TST02-W1']

/** Covers `units` (at most three) wards, none inside another. */
export async function setCoverage(
  t: Pick<BillingTest, 'sql' | 'nodes'>,
  subscriberId: string,
  units: number,
) {
  if (units > WARDS.length) throw new Error(`the test directory has ${WARDS.length} separate wards`)
  const chosen = WARDS.slice(0, units).map((code) => t.nodes[code]!)
  await t.sql`delete from subscriber_coverage where subscriber_id = ${subscriberId}`
  for (const nodeId of chosen) {
    await t.sql`insert into subscriber_coverage (subscriber_id, node_id) values (${subscriberId}, ${nodeId})`
  }
}

export async function signature(payload: string, secret = WEBHOOK_SECRET): Promise<string> {
  return signer.webhooks.generateTestHeaderStringAsync({ payload, secret })
}

/** Delivers an event as Stripe would: its JSON, signed. Answers the status and the body. */
export async function deliver(
  app: BillingTest['app'],
  event: Stripe.Event,
  options: { secret?: string; tamper?: (payload: string) => string } = {},
): Promise<{ status: number; body: { received?: boolean; outcome?: string; error?: { code: string } } }> {
  const payload = JSON.stringify(event, null, 2)
  const header = await signature(payload, options.secret)
  const res = await app.request('/api/webhooks/stripe', {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'stripe-signature': header },
    body: options.tamper ? options.tamper(payload) : payload,
  })
  return { status: res.status, body: (await res.json()) as never }
}

export async function deliverAll(app: BillingTest['app'], events: Stripe.Event[]): Promise<string[]> {
  const outcomes: string[] = []
  for (const e of events) {
    const { status, body } = await deliver(app, e)
    if (status !== 200) throw new Error(`event ${e.type} answered ${status}: ${JSON.stringify(body)}`)
    outcomes.push(body.outcome!)
  }
  return outcomes
}

/** Mail queued for the subscriber's admins, by template. */
export async function billingMail(
  sql: SqlPool,
): Promise<{ template: string; toAddress: string; textBody: string }[]> {
  return sql`
    select template, to_address, text_body from outbox
    where kind = 'mail' and template like 'billing_%' order by id`
}
