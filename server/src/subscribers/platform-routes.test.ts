import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { createTestUser, signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { as } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let platformAdmin: SignedIn
let moderator: SignedIn

const create = (body: Record<string, unknown>, who = platformAdmin) =>
  app.request('/api/portal/admin/subscribers', as(who, 'POST', body))

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  platformAdmin = await signedInAs(app, sql, 'platform_admin')
  moderator = await signedInAs(app, sql, 'moderator')
})

describe('POST /api/portal/admin/subscribers', () => {
  it('creates a subscriber and invites a first admin who has no account', async () => {
    const res = await create({
      name: 'Testshire Hospitals',
      coverage: [ids.TST, ids.TST01],
      adminEmail: 'chief@testshire.test',
    })
    expect(res.status).toBe(201)
    const body = await res.json()
    expect(body).toMatchObject({ name: 'Testshire Hospitals', admin: { outcome: 'invited' } })
    expect(body.coverage.nodes.map((n: { id: string }) => n.id)).toEqual([ids.TST])
    const [mail] = await sql`select template from outbox where to_address = 'chief@testshire.test'`
    expect(mail!.template).toBe('member_invitation')
    const [invitation] = await sql`select role from invitations where subscriber_id = ${body.id}`
    expect(invitation!.role).toBe('admin')
  })

  it('makes an existing account the admin at once and tells them', async () => {
    const user = await createTestUser(sql, null)
    const body = await (
      await create({ name: 'Community', coverage: [ids.TST02], adminEmail: user.email.toUpperCase() })
    ).json()
    expect(body.admin).toEqual({ outcome: 'member' })
    const [m] =
      await sql`select role from memberships where subscriber_id = ${body.id} and user_id = ${user.id}`
    expect(m!.role).toBe('admin')
    const [mail] = await sql`select template from outbox where to_address = ${user.email}`
    expect(mail!.template).toBe('member_added')
  })

  it('creates nothing when a service is unknown or the email is not one', async () => {
    const before = (await sql`select count(*)::int as n from subscribers`)[0]!.n
    const unknown = await create({
      name: 'X',
      coverage: ['00000000-0000-4000-8000-000000000001'],
      adminEmail: 'x@test.test',
    })
    expect(unknown.status).toBe(422)
    expect((await create({ name: 'X', adminEmail: 'not an email' })).status).toBe(422)
    expect((await sql`select count(*)::int as n from subscribers`)[0]!.n).toBe(before)
  })

  it('is for platform admins only', async () => {
    expect((await create({ name: 'X', adminEmail: 'x@test.test' }, moderator)).status).toBe(403)
  })
})

describe('GET /api/portal/admin/subscribers', () => {
  it('lists subscribers by name with their coverage and members, paged and searchable', async () => {
    const first = await (
      await app.request('/api/portal/admin/subscribers?limit=1', as(platformAdmin, 'GET'))
    ).json()
    expect(first.subscribers).toEqual([
      // TST02 and its ward: the services covered, as the subscriber's own page counts them.
      expect.objectContaining({ name: 'Community', coveredNodes: 2, members: 1 }),
    ])
    const second = await (
      await app.request(
        `/api/portal/admin/subscribers?limit=1&cursor=${first.nextCursor}`,
        as(platformAdmin, 'GET'),
      )
    ).json()
    expect(second.subscribers.map((s: { name: string }) => s.name)).toEqual(['Testshire Hospitals'])
    expect(second.nextCursor).toBeNull()
    const found = await (
      await app.request('/api/portal/admin/subscribers?q=testsh', as(platformAdmin, 'GET'))
    ).json()
    expect(found.subscribers.map((s: { name: string }) => s.name)).toEqual(['Testshire Hospitals'])
  })

  it('shows one subscriber with coverage, members and invitations', async () => {
    const [{ id }] = await sql`select id from subscribers where name = 'Testshire Hospitals'`
    const res = await app.request(`/api/portal/admin/subscribers/${id}`, as(platformAdmin, 'GET'))
    expect(res.status).toBe(200)
    const body = await res.json()
    // The whole trust: itself, two sites and three wards.
    expect(body.coverage.coveredUnits).toBe(6)
    expect(body.members).toEqual([])
    expect(body.invitations.map((i: { email: string }) => i.email)).toEqual(['chief@testshire.test'])
    expect(
      (
        await app.request(
          '/api/portal/admin/subscribers/00000000-0000-4000-8000-000000000001',
          as(platformAdmin, 'GET'),
        )
      ).status,
    ).toBe(404)
  })
})
