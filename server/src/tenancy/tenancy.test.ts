import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import type { MemberRole } from './roles.ts'

/**
 * Every endpoint the subscriber portal adds, with the least role that may use it. Each is tried
 * anonymously, by a member of another subscriber, by a frozen member and by the role below; and
 * every endpoint naming a resource is tried on another subscriber's resource.
 */
const MEMBER_ENDPOINTS: [string, MemberRole][] = [
  ['GET /api/portal/subscribers/{subscriberId}', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/coverage', 'viewer'],
  ['POST /api/portal/subscribers/{subscriberId}/coverage/preview', 'admin'],
  ['PUT /api/portal/subscribers/{subscriberId}/coverage', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/entitlement', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/entitlement/services', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/members', 'admin'],
  ['POST /api/portal/subscribers/{subscriberId}/invitations', 'admin'],
  ['DELETE /api/portal/subscribers/{subscriberId}/invitations/{id}', 'admin'],
  ['PATCH /api/portal/subscribers/{subscriberId}/members/{userId}', 'admin'],
  ['DELETE /api/portal/subscribers/{subscriberId}/members/{userId}', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/inbox', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/inbox/export', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/inbox/held', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/restricted', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/restricted/{storyId}', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/stories/{storyId}', 'viewer'],
  ['PUT /api/portal/subscribers/{subscriberId}/stories/{storyId}/assignment', 'responder'],
  ['PUT /api/portal/subscribers/{subscriberId}/stories/{storyId}/state', 'responder'],
  ['GET /api/portal/subscribers/{subscriberId}/stories/{storyId}/notes', 'viewer'],
  ['POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/notes', 'responder'],
  ['GET /api/portal/subscribers/{subscriberId}/inbox/assignees', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/inbox/settings', 'viewer'],
  ['PUT /api/portal/subscribers/{subscriberId}/inbox/settings', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/routing-rules', 'admin'],
  ['POST /api/portal/subscribers/{subscriberId}/routing-rules', 'admin'],
  ['DELETE /api/portal/subscribers/{subscriberId}/routing-rules/{id}', 'admin'],
  ['POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/responses', 'responder'],
  ['PATCH /api/portal/subscribers/{subscriberId}/responses/{responseId}', 'responder'],
  ['POST /api/portal/subscribers/{subscriberId}/responses/{responseId}/change', 'responder'],
  ['POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/response-coach', 'responder'],
  ['GET /api/portal/subscribers/{subscriberId}/alerts', 'viewer'],
  ['PUT /api/portal/subscribers/{subscriberId}/alerts', 'viewer'],
  ['DELETE /api/portal/subscribers/{subscriberId}/alerts', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/dashboard', 'viewer'],
  ['GET /api/portal/subscribers/{subscriberId}/widgets', 'admin'],
  ['POST /api/portal/subscribers/{subscriberId}/widgets', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/widgets/{id}', 'admin'],
  ['PATCH /api/portal/subscribers/{subscriberId}/widgets/{id}', 'admin'],
  ['DELETE /api/portal/subscribers/{subscriberId}/widgets/{id}', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/api-keys', 'admin'],
  ['POST /api/portal/subscribers/{subscriberId}/api-keys', 'admin'],
  ['DELETE /api/portal/subscribers/{subscriberId}/api-keys/{id}', 'admin'],
  ['GET /api/portal/subscribers/{subscriberId}/safeguarding-contact', 'admin'],
  ['PUT /api/portal/subscribers/{subscriberId}/safeguarding-contact', 'admin'],
]
const PLATFORM_ENDPOINTS = [
  'GET /api/portal/admin/subscribers',
  'POST /api/portal/admin/subscribers',
  'GET /api/portal/admin/subscribers/{id}',
  'GET /api/portal/admin/subscribers/{id}/entitlement',
  'PUT /api/portal/admin/subscribers/{id}/entitlement',
  'POST /api/portal/admin/directory/preview',
  'POST /api/portal/admin/directory/import',
  'GET /api/portal/admin/staff',
  'PATCH /api/portal/admin/staff/{id}',
  'GET /api/portal/admin/provider-reviews',
]
/** Signed in, any user: their own memberships. */
const SESSION_ENDPOINTS = ['GET /api/portal/memberships']
/** No session: the token in the path, or nothing private, is the whole story. */
const PUBLIC_ENDPOINTS = [
  'GET /api/portal/invitations/{token}',
  'POST /api/portal/invitations/{token}/accept',
  'GET /api/v1/widgets/{id}',
  'POST /api/v1/alerts/unsubscribe/{token}',
  'GET /api/v1/provider-review/{token}',
  'POST /api/v1/provider-review/{token}/decision',
]
const BELOW: Record<MemberRole, MemberRole | null> = { admin: 'responder', responder: 'viewer', viewer: null }

const { app, sql } = testApp()
let ids: Record<string, string>
const mine: Record<string, string> = {}
const theirs: Record<string, string> = {}
const members = {} as Record<MemberRole | 'frozen' | 'stranger', Member>
let moderator: SignedIn
let subscriberAdmin: Member

function body(endpoint: string): unknown {
  if (
    endpoint.endsWith('/coverage') ||
    endpoint.endsWith('/coverage/preview') ||
    endpoint.endsWith('/entitlement')
  )
    return { nodeIds: [ids.TST01] }
  if (endpoint.endsWith('/invitations')) return { email: 'someone@nhs.test', role: 'viewer' }
  if (endpoint.includes('/members/')) return { role: 'viewer' }
  if (endpoint.endsWith('/responses'))
    return { body: 'Thank you for telling us about your care.', responderTitle: 'Matron' }
  if (endpoint.endsWith('/response-coach')) return { body: 'Thank you for telling us.' }
  if (endpoint.endsWith('/change'))
    return { status: 'planned', summary: 'A second nurse at night.', expectedBy: '2099-01' }
  if (endpoint.includes('/responses/')) return { body: 'Thank you for telling us about your care again.' }
  if (endpoint.endsWith('/assignment')) return { userId: null }
  if (endpoint.endsWith('/state')) return { state: 'no_response_needed', reason: 'Answered elsewhere' }
  if (endpoint.endsWith('/notes')) return { body: 'A private note' }
  if (endpoint.endsWith('/inbox/settings')) return { responseDays: 5 }
  if (endpoint.endsWith('/routing-rules')) return { serviceId: ids.TST01, userId: members.responder.userId }
  if (endpoint.endsWith('/alerts')) return { serviceIds: [ids.TST01], frequency: 'daily' }
  if (endpoint.includes('/widgets')) return { name: 'Widget', serviceIds: [ids.TST01] }
  if (endpoint.endsWith('/api-keys')) return { name: 'Key' }
  if (endpoint.endsWith('/safeguarding-contact')) return { email: 'safeguarding@nhs.test' }
  if (endpoint.includes('/admin/staff/')) return { safeguarding: true }
  if (endpoint.endsWith('/admin/subscribers')) return { name: 'New', adminEmail: 'new@nhs.test' }
  return undefined
}

/** The endpoint as a request: `subscriber` in the path, resources named from `owner`. */
function call(
  endpoint: string,
  who: { headers: Record<string, string> } | undefined,
  subscriber: string,
  owner = mine,
) {
  const [method, template] = endpoint.split(' ') as [string, string]
  const path = template
    .replace('{subscriberId}', subscriber)
    .replace('{storyId}', owner.story!)
    .replace('{responseId}', owner.response!)
    .replace('{userId}', owner.member!)
    .replace(
      '{id}',
      template.includes('/invitations/')
        ? owner.invitation!
        : template.includes('/widgets/')
          ? owner.widget!
          : template.includes('/api-keys/')
            ? owner.apiKey!
            : template.includes('/routing-rules/')
              ? owner.routingRule!
              : owner.subscriber!,
    )
  const payload = method === 'GET' || method === 'DELETE' ? undefined : body(endpoint)
  if (template.includes('/admin/directory/')) {
    return app.request(path, {
      method,
      headers: { 'content-type': 'text/csv', ...(who?.headers ?? {}) },
      body: 'code,name,kind,parent_code,postcode\n',
    })
  }
  return app.request(path, as(who, method, payload))
}

async function resources(subscriberId: string, ward: string, admin: Member, responder: Member) {
  const story = await createStory(sql, [ids[ward]!])
  const base = `/api/portal/subscribers/${subscriberId}`
  const post = async (path: string, who: Member, payload: unknown) =>
    (await app.request(base + path, as(who, 'POST', payload))).json()
  const response = await post(`/stories/${story}/responses`, responder, body('POST /responses'))
  return {
    subscriber: subscriberId,
    story,
    response: response.response.id as string,
    member: responder.userId,
    invitation: (await post('/invitations', admin, body('POST /invitations'))).id as string,
    widget: (await post('/widgets', admin, { name: 'W', serviceIds: [ids[ward]] })).id as string,
    apiKey: (await post('/api-keys', admin, { name: 'K' })).apiKey.id as string,
    routingRule: (await post('/routing-rules', admin, { serviceId: ids[ward], userId: responder.userId }))
      .id as string,
    note: (await post(`/stories/${story}/notes`, responder, { body: 'Theirs' })).id as string,
  }
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  const a = await createTestSubscriber(sql, 'General', [ids.TST01!])
  const b = await createTestSubscriber(sql, 'Community', [ids.TST02!])
  members.admin = await signedInMember(app, sql, a, 'admin')
  members.responder = await signedInMember(app, sql, a, 'responder')
  members.viewer = await signedInMember(app, sql, a, 'viewer')
  members.frozen = await signedInMember(app, sql, a, 'admin', { frozen: true })
  members.stranger = await signedInMember(app, sql, b, 'admin')
  const otherResponder = await signedInMember(app, sql, b, 'responder')
  Object.assign(mine, await resources(a, 'TST01-W1', members.admin, members.responder))
  Object.assign(theirs, await resources(b, 'TST02-W1', members.stranger, otherResponder))
  moderator = await signedInAs(app, sql, 'moderator')
  subscriberAdmin = members.admin
})

describe('subscriber portal tenancy', () => {
  it('lists every endpoint it adds in this table, and the OpenAPI document lists no other', async () => {
    const doc = await (await app.request('/api/openapi.json')).json()
    const ours =
      /^\/api\/portal\/(subscribers|memberships|invitations|admin\/subscribers|admin\/directory|admin\/staff|admin\/provider-reviews)|^\/api\/v1\/(widgets|alerts|provider-review)/
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>)
      .filter(
        ([path]) => ours.test(path) && !path.includes('/billing') && !path.includes('/manual-subscriptions'),
      )
      .flatMap(([path, methods]) => Object.keys(methods).map((m) => `${m.toUpperCase()} ${path}`))
    const table = [
      ...MEMBER_ENDPOINTS.map(([e]) => e),
      ...PLATFORM_ENDPOINTS,
      ...SESSION_ENDPOINTS,
      ...PUBLIC_ENDPOINTS,
    ]
    expect(documented.sort()).toEqual(table.sort())
  })

  it.each([...MEMBER_ENDPOINTS.map(([e]) => e), ...PLATFORM_ENDPOINTS, ...SESSION_ENDPOINTS])(
    '%s answers 401 without a session',
    async (endpoint) => {
      const res = await call(endpoint, undefined, mine.subscriber!)
      expect(res.status).toBe(401)
      expect((await res.json()).error.code).toBe('unauthenticated')
    },
  )

  it.each(MEMBER_ENDPOINTS)('%s answers 404 to a member of another subscriber', async (endpoint) => {
    const res = await call(endpoint, members.stranger, mine.subscriber!)
    expect(res.status).toBe(404)
    expect((await res.json()).error.code).toBe('not_found')
  })

  it.each(MEMBER_ENDPOINTS)('%s answers 403 to a frozen member', async (endpoint) => {
    const res = await call(endpoint, members.frozen, mine.subscriber!)
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
  })

  it.each(MEMBER_ENDPOINTS.filter(([, role]) => BELOW[role]))(
    '%s answers 403 to a role below %s',
    async (endpoint, role) => {
      const res = await call(endpoint, members[BELOW[role]!], mine.subscriber!)
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('forbidden')
    },
  )

  it.each(MEMBER_ENDPOINTS.filter(([e]) => /\{(storyId|responseId|userId|id)\}/.test(e)))(
    '%s answers 404 to an admin of another subscriber naming this subscriber’s resource in their own',
    async (endpoint) => {
      const res = await call(endpoint, members.stranger, theirs.subscriber!, mine)
      expect(res.status).toBe(404)
    },
  )

  it.each(MEMBER_ENDPOINTS.filter(([e]) => !e.startsWith('GET')).map(([e]) => e))(
    '%s refuses a change without the CSRF token',
    async (endpoint) => {
      const res = await call(endpoint, { headers: { cookie: members.admin.cookie } }, mine.subscriber!)
      expect(res.status).toBe(403)
      expect((await res.json()).error.code).toBe('csrf_failed')
    },
  )

  it.each(PLATFORM_ENDPOINTS)('%s answers 403 to a moderator and to a subscriber admin', async (endpoint) => {
    for (const who of [moderator, subscriberAdmin]) {
      const res = await call(endpoint, who, mine.subscriber!)
      expect(res.status).toBe(403)
    }
  })

  it.each(MEMBER_ENDPOINTS.filter(([e]) => e.includes('/responses')).map(([e]) => e))(
    '%s answers 403 to an admin of a public-interest body, which never responds',
    async (endpoint) => {
      await sql`update subscribers set kind = 'public_interest', public_interest_type = 'regulator'
        where id = ${mine.subscriber!}`
      try {
        const res = await call(endpoint, members.admin, mine.subscriber!)
        expect(res.status).toBe(403)
        expect((await res.json()).error.code).toBe('forbidden')
      } finally {
        await sql`update subscribers set kind = 'provider', public_interest_type = null where id = ${mine.subscriber!}`
      }
    },
  )

  it('does not tell whether a story outside coverage exists', async () => {
    const unknown = '00000000-0000-4000-8000-000000000001'
    for (const endpoint of [
      'GET /api/portal/subscribers/{subscriberId}/stories/{storyId}',
      'POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/responses',
      'POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/response-coach',
      'PUT /api/portal/subscribers/{subscriberId}/stories/{storyId}/assignment',
      'PUT /api/portal/subscribers/{subscriberId}/stories/{storyId}/state',
      'GET /api/portal/subscribers/{subscriberId}/stories/{storyId}/notes',
      'POST /api/portal/subscribers/{subscriberId}/stories/{storyId}/notes',
    ]) {
      const outside = await call(endpoint, members.admin, mine.subscriber!, { ...mine, story: theirs.story! })
      const missing = await call(endpoint, members.admin, mine.subscriber!, { ...mine, story: unknown })
      expect(outside.status).toBe(404)
      expect([outside.status, await outside.json()]).toEqual([missing.status, await missing.json()])
    }
  })

  it('changed nothing of the other subscriber’s while refusing', async () => {
    const [widget] = await sql`select name from widgets where id = ${theirs.widget!}`
    expect(widget!.name).toBe('W')
    const [key] = await sql`select revoked_at from api_keys where id = ${theirs.apiKey!}`
    expect(key!.revokedAt).toBeNull()
    const [member] = await sql`select role from memberships where user_id = ${theirs.member!}`
    expect(member!.role).toBe('responder')
    const [invitation] = await sql`select revoked_at from invitations where id = ${theirs.invitation!}`
    expect(invitation!.revokedAt).toBeNull()
    const [response] = await sql`select body from responses where id = ${theirs.response!}`
    expect(response!.body).toBe('Thank you for telling us about your care.')
    expect(await sql`select 1 from response_changes where response_id = ${theirs.response!}`).toHaveLength(0)
    expect(await sql`select 1 from inbox_routing_rules where id = ${theirs.routingRule!}`).toHaveLength(1)
    expect(await sql`select 1 from inbox_notes where story_id = ${theirs.story!}`).toHaveLength(1)
    const [entry] = await sql`select state, assignee_id from inbox_entries where story_id = ${theirs.story!}`
    expect(entry).toEqual({ state: 'new', assigneeId: null })
    const [settings] = await sql`select response_days from subscribers where id = ${theirs.subscriber!}`
    expect(settings!.responseDays).toBe(3)
  })
})
