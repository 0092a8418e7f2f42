import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

/**
 * Every way a member names services — coverage, widget nodes, alert services, dashboard and inbox
 * filters, exports — is tried with another subscriber's services; and an API key is tried where a
 * member's session would be needed. None of them may widen what the subscriber sees.
 */
const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member
let widgetId: string
let apiKey: string
let theirHeldStory: string

const url = (path: string) => `/api/portal/subscribers/${subscriberId}${path}`

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'General', [ids.TST01!])
  await createTestSubscriber(sql, 'Community', [ids.TST02!])
  admin = await signedInMember(app, sql, subscriberId, 'admin')
  theirHeldStory = await createStory(sql, [ids['TST02-W1']!], 'held')
  const widget = await app.request(url('/widgets'), as(admin, 'POST', { name: 'W', serviceIds: [ids.TST01] }))
  widgetId = (await widget.json()).id
  const key = await app.request(url('/api-keys'), as(admin, 'POST', { name: 'K' }))
  apiKey = (await key.json()).key
})

const theirs = () => ids['TST02-W1']!

describe('naming another subscriber’s services', () => {
  it.each([
    ['PUT', '/coverage', () => ({ nodeIds: [ids.TST01, theirs()] }), 403],
    ['POST', '/coverage/preview', () => ({ nodeIds: [theirs()] }), 403],
    ['POST', '/widgets', () => ({ name: 'Theirs', serviceIds: [theirs()] }), 422],
    ['PATCH', '/widgets/{widget}', () => ({ serviceIds: [theirs()] }), 422],
    ['PUT', '/alerts', () => ({ serviceIds: [theirs()], frequency: 'immediate' }), 422],
  ] as const)('%s %s is refused', async (method, path, payload, status) => {
    const res = await app.request(url(path.replace('{widget}', widgetId)), as(admin, method, payload()))
    expect(res.status).toBe(status)
  })

  it.each(['/inbox', '/inbox/export', '/dashboard'])('GET %s refuses a filter on them', async (path) => {
    const param = path === '/dashboard' ? 'services' : 'serviceId'
    const res = await app.request(url(`${path}?${param}=${theirs()}`), as(admin, 'GET'))
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues[0].message).toBe('is not a service your organisation covers')
  })

  it('left the widget, alerts and coverage as they were', async () => {
    const [widget] = await sql`select node_ids from widgets where id = ${widgetId}`
    expect(widget!.nodeIds).toEqual([ids.TST01])
    const alerts = await sql`
      select an.node_id from alert_subscription_nodes an
      join alert_subscriptions a on a.id = an.subscription_id where a.subscriber_id = ${subscriberId}`
    expect(alerts).toEqual([])
    const coverage = await sql`select node_id from subscriber_coverage where subscriber_id = ${subscriberId}`
    expect(coverage.map((r) => r.nodeId)).toEqual([ids.TST01])
  })
})

describe('an API key', () => {
  const bearer = () => ({ headers: { authorization: `Bearer ${apiKey}` } })

  it.each(['/inbox/held', '/inbox/export', `/stories/{story}`, '/coverage'])(
    'is not a session for GET %s',
    async (path) => {
      const res = await app.request(url(path.replace('{story}', theirHeldStory)), as(bearer(), 'GET'))
      expect(res.status).toBe(401)
    },
  )

  it('reads no story held before publication', async () => {
    const res = await app.request(`/api/v1/stories/${theirHeldStory}`, as(bearer(), 'GET'))
    expect(res.status).toBe(404)
  })
})
