import { readFile } from 'node:fs/promises'
import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let platformAdmin: SignedIn
let subscriberId: string
let admin: Member

const url = (path = '') => `/api/portal/subscribers/${subscriberId}${path}`
const adminUrl = (id = subscriberId) => `/api/portal/admin/subscribers/${id}/entitlement`
const nodeIds = (c: { nodes: { id: string }[] }) => c.nodes.map((n) => n.id)
const covered = async () =>
  (await sql`select node_id from subscriber_coverage where subscriber_id = ${subscriberId}`).map(
    (r) => r.nodeId,
  )

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  platformAdmin = await signedInAs(app, sql, 'platform_admin')
})

beforeEach(async () => {
  // Entitled to the general hospital; covering one of its wards.
  subscriberId = await createTestSubscriber(sql, `General ${Math.random()}`, [ids['TST01-W1']!], {
    entitlement: [ids.TST01!],
  })
  admin = await signedInMember(app, sql, subscriberId, 'admin')
})

describe('a subscriber admin choosing coverage', () => {
  it('may choose anything within the entitlement', async () => {
    const res = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids.TST01] }))
    expect(res.status).toBe(200)
    expect(await covered()).toEqual([ids.TST01])
  })

  it('is refused a service outside the entitlement with 403 naming it, saving or previewing', async () => {
    for (const [method, path] of [
      ['PUT', '/coverage'],
      ['POST', '/coverage/preview'],
    ] as const) {
      const res = await app.request(url(path), as(admin, method, { nodeIds: [ids.TST01, ids.TST02] }))
      expect(res.status).toBe(403)
      const { error } = await res.json()
      expect(error.code).toBe('forbidden')
      expect(error.message).toBe(
        'Testshire Community Hospital is not within what your organisation may cover.',
      )
      expect(error.issues).toEqual([
        { path: 'nodeIds.1', message: 'is not within what your organisation may cover' },
      ])
    }
    // A parent of the entitled subtree is outside it too.
    const trust = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids.TST] }))
    expect(trust.status).toBe(403)
    expect(await covered()).toEqual([ids['TST01-W1']])
  })

  it('may not empty coverage (422): ending a subscription is a platform admin’s act', async () => {
    const res = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [] }))
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues).toEqual([
      { path: 'nodeIds', message: 'must name at least one service' },
    ])
    expect(await covered()).toEqual([ids['TST01-W1']])
  })

  it('sees its entitlement', async () => {
    const res = await app.request(url('/entitlement'), as(admin, 'GET'))
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ nodes: [{ id: ids.TST01 }], coveredUnits: 3 })
  })

  it('searches only within the entitlement', async () => {
    const search = async (q: string) =>
      (await (await app.request(url(`/entitlement/services?q=${q}`), as(admin, 'GET'))).json()).services.map(
        (s: { name: string }) => s.name,
      )
    expect(await search('hospital')).toEqual(['Testshire General Hospital'])
    expect(await search('ward')).toEqual(['Ward 1 (Acute Medicine)', 'Ward 2, Surgery'])
    expect(await search('rehabilitation')).toEqual([])
  })
})

describe('a change of coverage that widgets and alert rules depend on', () => {
  beforeEach(async () => {
    expect((await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids.TST01] }))).status).toBe(200)
    const widget = await app.request(
      url('/widgets'),
      as(admin, 'POST', { name: 'Surgery board', serviceIds: [ids['TST01-W2'], ids['TST01-W1']] }),
    )
    expect(widget.status).toBe(201)
    const alerts = await app.request(
      url('/alerts'),
      as(admin, 'PUT', { serviceIds: [ids['TST01-W2']], frequency: 'daily' }),
    )
    expect(alerts.status).toBe(200)
  })

  it('is previewed with the widgets and alert rules it would change', async () => {
    const res = await app.request(url('/coverage/preview'), as(admin, 'POST', { nodeIds: [ids['TST01-W1']] }))
    expect(res.status).toBe(200)
    const { dependents } = await res.json()
    const ward2 = { id: ids['TST01-W2'], name: 'Ward 2, Surgery' }
    expect(dependents.widgets).toMatchObject([{ name: 'Surgery board', services: [ward2] }])
    expect(dependents.alertRules).toMatchObject([{ name: admin.user.name, services: [ward2] }])
  })

  it('answers 409 naming them, and changes nothing, unless confirmed', async () => {
    const res = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids['TST01-W1']] }))
    expect(res.status).toBe(409)
    const { error } = await res.json()
    expect(error.code).toBe('coverage_in_use')
    expect(error.message).toContain('the widget Surgery board (Ward 2, Surgery)')
    expect(error.message).toContain(`${admin.user.name}’s alerts (Ward 2, Surgery)`)
    expect(await covered()).toEqual([ids.TST01])
    const [widget] =
      await sql`select cardinality(node_ids) as n from widgets where subscriber_id = ${subscriberId}`
    expect(widget!.n).toBe(2)
  })

  it('removes the services from them when confirmed, and says how many', async () => {
    const res = await app.request(
      url('/coverage'),
      as(admin, 'PUT', { nodeIds: [ids['TST01-W1']], removeFromWidgetsAndAlerts: true }),
    )
    expect(res.status).toBe(200)
    expect((await res.json()).removed).toEqual({ alertServices: 1, widgetServices: 1 })
    expect(await covered()).toEqual([ids['TST01-W1']])
  })
})

describe('a platform admin setting the entitlement', () => {
  it('reads and widens it, and the subscriber may then cover more', async () => {
    const before = await app.request(adminUrl(), as(platformAdmin, 'GET'))
    expect(nodeIds(await before.json())).toEqual([ids.TST01])
    const res = await app.request(adminUrl(), as(platformAdmin, 'PUT', { nodeIds: [ids.TST01, ids.TST02] }))
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(nodeIds(body.entitlement)).toEqual([ids.TST02, ids.TST01])
    expect(nodeIds(body.coverage)).toEqual([ids['TST01-W1']])
    const cover = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids.TST02] }))
    expect(cover.status).toBe(200)
  })

  it('answers 409 naming covered services a narrower entitlement would leave out', async () => {
    const res = await app.request(adminUrl(), as(platformAdmin, 'PUT', { nodeIds: [ids.TST02] }))
    expect(res.status).toBe(409)
    const { error } = await res.json()
    expect(error.code).toBe('conflict')
    expect(error.message).toMatch(/^Ward 1 \(Acute Medicine\) is covered now/)
    const detail = await (
      await app.request(`/api/portal/admin/subscribers/${subscriberId}`, as(platformAdmin, 'GET'))
    ).json()
    expect(nodeIds(detail.entitlement)).toEqual([ids.TST01])
  })

  it('narrows it to what is covered', async () => {
    const res = await app.request(adminUrl(), as(platformAdmin, 'PUT', { nodeIds: [ids['TST01-W1']] }))
    expect(res.status).toBe(200)
    const wider = await app.request(url('/coverage'), as(admin, 'PUT', { nodeIds: [ids.TST01] }))
    expect(wider.status).toBe(403)
  })

  it('answers 404 for a subscriber that does not exist', async () => {
    const missing = '00000000-0000-4000-8000-000000000001'
    expect((await app.request(adminUrl(missing), as(platformAdmin, 'GET'))).status).toBe(404)
    expect((await app.request(adminUrl(missing), as(platformAdmin, 'PUT', { nodeIds: [] }))).status).toBe(404)
  })

  it('gives a new subscriber its coverage as its entitlement', async () => {
    const res = await app.request(
      '/api/portal/admin/subscribers',
      as(platformAdmin, 'POST', { name: 'New', coverage: [ids.TST02], adminEmail: 'new@nhs.test' }),
    )
    expect(res.status).toBe(201)
    const { id } = await res.json()
    expect(nodeIds(await (await app.request(adminUrl(id), as(platformAdmin, 'GET'))).json())).toEqual([
      ids.TST02,
    ])
  })
})

describe('migration 00032', () => {
  it('gives every existing subscriber its coverage as its entitlement', async () => {
    const migration = await readFile(
      new URL('../../migrations/00032_subscriber_entitlements.sql', import.meta.url),
      'utf8',
    )
    const rollback = new Error('rollback')
    const entitled = await sql
      .begin(async (tx) => {
        await tx`drop table subscriber_entitlements`
        await tx.unsafe(migration)
        const rows = await tx`
          select node_id from subscriber_entitlements where subscriber_id = ${subscriberId}`
        throw Object.assign(rollback, { rows: rows.map((r) => r.nodeId) })
      })
      .catch((e: Error & { rows?: string[] }) => (e === rollback ? e.rows : Promise.reject(e)))
    expect(entitled).toEqual([ids['TST01-W1']])
  })
})
