import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { importDirectory } from '../services/import.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let admin: Member
let viewer: Member

const url = (path = '') => `/api/portal/subscribers/${subscriberId}${path}`

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!], {
    entitlement: [ids.TST!],
  })
  admin = await signedInMember(app, sql, subscriberId, 'admin')
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
})

describe('GET /api/portal/memberships', () => {
  it('lists the organisations the user belongs to', async () => {
    const res = await app.request('/api/portal/memberships', as(viewer, 'GET'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      memberships: [{ subscriberId, subscriberName: 'Testshire General', role: 'viewer', frozen: false }],
    })
  })
})

describe('GET /api/portal/subscribers/:id', () => {
  it('shows the organisation, the member’s role, coverage and whether it may act', async () => {
    const res = await app.request(url(), as(viewer, 'GET'))
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({
      id: subscriberId,
      name: 'Testshire General',
      role: 'viewer',
      mayAct: true,
      coverage: {
        // The site and its two wards.
        coveredUnits: 3,
        nodes: [
          {
            id: ids.TST01,
            name: 'Testshire General Hospital',
            kind: 'site',
            externalCode: 'TST01',
            path: 'Testshire Hospitals NHS Trust › Testshire General Hospital',
            // No Welsh name in the directory: the Welsh path falls back to the English names.
            nameCy: null,
            pathCy: 'Testshire Hospitals NHS Trust › Testshire General Hospital',
          },
        ],
      },
    })
  })

  it('answers 404 for an id that is not an organisation', async () => {
    const res = await app.request('/api/portal/subscribers/not-an-id', as(viewer, 'GET'))
    expect(res.status).toBe(404)
  })
})

describe('coverage', () => {
  it('previews a change without saving it, normalising nodes already covered', async () => {
    const res = await app.request(
      url('/coverage/preview'),
      as(admin, 'POST', { nodeIds: [ids.TST01, ids['TST01-W1'], ids.TST02] }),
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.before.coveredUnits).toBe(3)
    expect(body.after.nodes.map((n: { id: string }) => n.id)).toEqual([ids.TST02, ids.TST01])
    // Billed per service within coverage: two sites with their three wards.
    expect(body.after.coveredUnits).toBe(5)
    const [{ n }] =
      await sql`select count(*)::int as n from subscriber_coverage where subscriber_id = ${subscriberId}`
    expect(n).toBe(1)
  })

  it('names each unknown service with 422', async () => {
    const res = await app.request(
      url('/coverage'),
      as(admin, 'PUT', { nodeIds: [ids.TST01, '00000000-0000-4000-8000-000000000009'] }),
    )
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues).toEqual([
      { path: 'nodeIds.1', message: 'is not a service in the directory' },
    ])
  })

  it('saves coverage, brings the inbox into line and drops alert and widget services outside it', async () => {
    const inW1 = await createStory(sql, [ids['TST01-W1']!])
    const inCommunity = await createStory(sql, [ids['TST02-W1']!])
    const entries = async () =>
      (await sql`select story_id from inbox_entries where subscriber_id = ${subscriberId}`).map(
        (r) => r.storyId,
      )
    expect(await entries()).toEqual([inW1])

    await app.request(url('/alerts'), as(admin, 'PUT', { serviceIds: [ids['TST01-W1']], frequency: 'daily' }))
    const widget = await app.request(
      url('/widgets'),
      as(admin, 'POST', { name: 'Ward', serviceIds: [ids['TST01-W1'], ids.TST01] }),
    )
    expect(widget.status).toBe(201)

    const res = await app.request(
      url('/coverage'),
      as(admin, 'PUT', { nodeIds: [ids.TST02], removeFromWidgetsAndAlerts: true }),
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.before.nodes.map((n: { id: string }) => n.id)).toEqual([ids.TST01])
    expect(body.after.nodes.map((n: { id: string }) => n.id)).toEqual([ids.TST02])
    expect(body.removed).toEqual({ alertServices: 1, widgetServices: 2 })
    expect(await entries()).toEqual([inCommunity])
  })

  it('is for admins only', async () => {
    const res = await app.request(url('/coverage'), as(viewer, 'PUT', { nodeIds: [ids.TST] }))
    expect(res.status).toBe(403)
  })
})

describe('inbox entries', () => {
  it('follow a service that a directory import moves into or out of coverage', async () => {
    const id = await createTestSubscriber(sql, 'Moves', [ids.TST02!])
    const story = await createStory(sql, [ids['TST01-W2']!])
    const covered = async () =>
      (await sql`select 1 from inbox_entries where subscriber_id = ${id} and story_id = ${story}`).length ===
      1
    expect(await covered()).toBe(false)
    const move = (parent: string) =>
      importDirectory(
        sql,
        ['code,name,kind,parent_code,postcode', `TST01-W2,"Ward 2, Surgery",ward,${parent},`].join('\n'),
      )
    expect((await move('TST02')).ok).toBe(true)
    expect(await covered()).toBe(true)
    expect((await move('TST01')).ok).toBe(true)
    expect(await covered()).toBe(false)
  })
})
