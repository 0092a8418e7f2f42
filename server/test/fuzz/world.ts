import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApiKey } from '../../src/api-keys/queries.ts'
import { hashToken, randomToken } from '../../src/auth/tokens.ts'
import type { SqlPool } from '../../src/db.ts'
import type { AppEnv } from '../../src/http.ts'
import { insertWidget } from '../../src/widgets/queries.ts'
import { signedInAs, signIn, TEST_PASSWORD } from '../auth.ts'
import { resetDatabase } from '../db.ts'
import { createStory, seedDirectory } from '../fixtures.ts'
import { followToken, publishedResponse } from '../follow.ts'
import { createTestSubscriber, signedInMember } from '../subscribers.ts'
import type { Pools } from './arbitraries.ts'

/** Tables whose rows count requests rather than record anything (throttling). */
const BOOKKEEPING = ['rate_limits', 'rate_limit_attempts', 'schema_migrations']

interface Actor {
  email: string
  headers: Record<string, string>
}

/**
 * A small Heard to fuzz: a directory, stories in several states with a response and a pending
 * reply, two subscribers, a widget, an API key, and someone signed in as each role.
 */
export async function buildWorld(app: OpenAPIHono<AppEnv>, sql: SqlPool) {
  await resetDatabase(sql)
  const restoreReferenceData = await snapshotReferenceData(sql)
  const services = await seedDirectory(sql)
  const published = await createStory(sql, [services['TST01-W1']!])
  const pending = await createStory(sql, [services['TST01-W2']!], 'pending')
  const elsewhere = await createStory(sql, [services['TST02-W1']!])
  const responseId = await publishedResponse(sql, published)
  const [reply] = await sql<{ id: string }[]>`
    insert into author_replies (story_id, response_id, body, original_body)
    values (${published}, ${responseId}, 'Thank you.', 'Thank you.') returning id`
  const subscriberId = await createTestSubscriber(sql, 'Testshire General', [services.TST01!])
  const otherSubscriberId = await createTestSubscriber(sql, 'Testshire Community', [services.TST02!])

  const moderator = await signedInAs(app, sql, 'moderator')
  const platformAdmin = await signedInAs(app, sql, 'platform_admin')
  const members = {
    'subscriber admin': await signedInMember(app, sql, subscriberId, 'admin'),
    responder: await signedInMember(app, sql, subscriberId, 'responder'),
    viewer: await signedInMember(app, sql, subscriberId, 'viewer'),
    'another subscriber’s admin': await signedInMember(app, sql, otherSubscriberId, 'admin'),
  }
  // A member whose role the fuzzer may change or end; the signed-in actors' own ids stay out of the pools.
  const changeable = await signedInMember(app, sql, subscriberId, 'viewer')
  const emailOf = async (userId: string) =>
    (await sql<{ email: string }[]>`select email from users where id = ${userId}`)[0]!.email
  const actors: Record<string, Actor | undefined> = { anonymous: undefined }
  for (const [name, who] of Object.entries({ moderator, 'platform admin': platformAdmin, ...members })) {
    actors[name] = { email: await emailOf(who.userId), headers: who.headers }
  }

  const widgetId = await insertWidget(sql, subscriberId, {
    name: 'Ward widget',
    serviceIds: [services.TST01!],
    limit: 5,
    theme: 'light',
    lang: 'en',
    allowedOrigins: [],
  })
  const apiKey = await createApiKey(sql, { subscriberId, name: 'Website', createdBy: changeable.userId })
  const invitation = randomToken()
  const [invited] = await sql<{ id: string }[]>`
    insert into invitations (subscriber_id, token_hash, email, role, expires_at)
    values (${subscriberId}, ${hashToken(invitation)}, 'new@heard.test', 'viewer', now() + interval '1 day')
    returning id`
  const slugs = (await sql<{ slug: string }[]>`select slug from tags order by slug limit 6`).map(
    (t) => t.slug,
  )

  const pools: Pools = {
    idsByKind: {
      service: Object.values(services),
      story: [published, pending, elsewhere],
      response: [responseId],
      reply: [reply!.id],
      subscriber: [subscriberId, otherSubscriberId],
      user: [changeable.userId],
      widget: [widgetId],
      'api-key': [apiKey.id],
      invitation: [invited!.id],
    },
    ids: [
      ...Object.values(services),
      published,
      pending,
      elsewhere,
      responseId,
      reply!.id,
      subscriberId,
      otherSubscriberId,
      changeable.userId,
      widgetId,
      apiKey.id,
      invited!.id,
    ],
    tokens: [await followToken(sql, published), invitation],
    slugs,
  }

  let signIns = 0
  /** Signs an actor in again after the fuzzer signed it out. */
  async function renew(name: string) {
    const actor = actors[name]
    if (!actor) return
    const again = await signIn(app, actor.email, TEST_PASSWORD, `198.51.100.${(++signIns % 250) + 1}`)
    actor.headers = again.headers
  }

  /** Empties the database and puts back the tags and reasons the fuzzer may have edited. */
  async function restore() {
    await resetDatabase(sql)
    await restoreReferenceData()
  }

  return { actors, pools, renew, restore }
}

/**
 * Tags and reject reasons outlive `resetDatabase` (they are reference data every test file reads),
 * and moderators may edit them: keeps a copy to put back.
 */
async function snapshotReferenceData(sql: SqlPool) {
  const tables = ['tags', 'reject_reasons'] as const
  const saved = await Promise.all(
    tables.map(
      async (t) => (await sql`select coalesce(json_agg(t), '[]') as rows from ${sql(t)} t`)[0]!.rows,
    ),
  )
  return async () => {
    for (const [i, t] of tables.entries()) {
      await sql`delete from ${sql(t)}`
      await sql`insert into ${sql(t)} select * from json_populate_recordset(null::${sql(t)}, ${saved[i]}::json)`
    }
  }
}

/** One statement that counts the rows of every table that records something. */
export async function rowCounter(sql: SqlPool): Promise<() => Promise<Record<string, number>>> {
  const tables = await sql<{ name: string }[]>`
    select tablename as name from pg_tables
    where schemaname = 'public' and tablename <> all(${BOOKKEEPING})
    order by tablename`
  const columns = tables.map((t) => `(select count(*)::int from "${t.name}") as "${t.name}"`).join(', ')
  return async () => {
    // unsafe only to join one count per table into a single statement: the names come from
    // pg_tables and are quoted, nothing from a request reaches this text.
    const [row] = await sql.unsafe<Record<string, number>[]>(`select ${columns}`)
    return { ...row! }
  }
}
