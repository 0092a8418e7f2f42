import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let mod: SignedIn
let admin: SignedIn
let providerAdmin: Member
let responder: Member
let riverside: string
let ids: Record<string, string>

const send = (
  who: { headers: Record<string, string> } | undefined,
  method: string,
  path: string,
  body?: unknown,
) => app.request(path, as(who, method, body))
const count = async (table: string) =>
  (await sql`select count(*)::int as n from ${sql(table)}`)[0]!.n as number

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Asha')
  admin = await signedInAs(app, sql, 'platform_admin', 'Cai')
  riverside = await createTestSubscriber(sql, 'Riverside', [ids['TST01']!])
  providerAdmin = await signedInMember(app, sql, riverside, 'admin')
  responder = await signedInMember(app, sql, riverside, 'responder')
})

describe('reject reason templates', () => {
  it('adds, edits, retires and lists them (retired ones only when asked)', async () => {
    // Reject reasons are reference data that survives resets (a browser test may have added some).
    const [{ last }] = await sql`select coalesce(max(position), 0)::int as last from reject_reasons`
    const added = await send(mod, 'POST', '/api/portal/moderation/reject-reasons', {
      label: 'Advertising',
      text: 'Thank you. Heard does not publish advertising.',
    })
    expect(added.status).toBe(201)
    const reason = await added.json()
    expect(reason).toMatchObject({ label: 'Advertising', retired: false, position: last + 1 })
    const edited = await send(mod, 'PATCH', `/api/portal/moderation/reject-reasons/${reason.id}`, {
      text: 'Thank you. Heard publishes experiences of care, not advertising.',
      retired: true,
    })
    expect(await edited.json()).toMatchObject({ retired: true, label: 'Advertising' })
    const active = (await (await send(mod, 'GET', '/api/portal/moderation/reject-reasons')).json()).reasons
    expect(active.map((r: { id: string }) => r.id)).not.toContain(reason.id)
    const all = (
      await (await send(mod, 'GET', '/api/portal/moderation/reject-reasons?retired=include')).json()
    ).reasons
    expect(all.find((r: { id: string }) => r.id === reason.id).text).toContain('not advertising')
  })

  it('refuses an empty label or text, and an unknown template, writing nothing', async () => {
    const before = await count('reject_reasons')
    const bad = await send(mod, 'POST', '/api/portal/moderation/reject-reasons', { label: ' ', text: '' })
    expect(bad.status).toBe(422)
    const { error } = await bad.json()
    expect(error.code).toBe('validation_failed')
    expect(error.issues.map((i: { path: string }) => i.path).sort()).toEqual(['label', 'text'])
    expect(await count('reject_reasons')).toBe(before)
    const [first] = await sql<
      { id: string; text: string }[]
    >`select id, text from reject_reasons order by position limit 1`
    const tooLong = await send(mod, 'PATCH', `/api/portal/moderation/reject-reasons/${first!.id}`, {
      text: 'x'.repeat(2001),
    })
    expect(tooLong.status).toBe(422)
    expect((await sql`select text from reject_reasons where id = ${first!.id}`)[0]!.text).toBe(first!.text)
    const missing = await send(
      mod,
      'PATCH',
      '/api/portal/moderation/reject-reasons/00000000-0000-4000-8000-000000000000',
      {
        label: 'X',
      },
    )
    expect(missing.status).toBe(404)
  })
})

describe('GET /api/portal/moderation/dashboard', () => {
  it('counts stories in, published and rejected by week, waits, escalations and per moderator', async () => {
    const ward = [ids['TST01-W1']!]
    const a = await createStory(sql, ward, 'pending')
    const b = await createStory(sql, ward, 'pending')
    await sql`update stories set submitted_at = now() - interval '10 hours' where id = ${a}`
    await sql`update stories set submitted_at = now() - interval '30 hours' where id = ${b}`
    for (const [id, decision] of [
      [a, 'publish'],
      [b, 'reject'],
    ] as const) {
      await sql`update stories set criticality = 1 where id = ${id}`
      expect((await send(mod, 'POST', `/api/portal/moderation/stories/${id}/claim`)).status).toBe(200)
      const res = await send(mod, 'POST', `/api/portal/moderation/stories/${id}/decision`, {
        decision,
        reason: 'Not about care',
      })
      expect(res.status).toBe(200)
    }
    await sql`insert into story_escalations (story_id) values (${a})`
    const res = await send(admin, 'GET', '/api/portal/moderation/dashboard?weeks=4')
    expect(res.status).toBe(200)
    const figures = await res.json()
    expect(figures.weeks).toHaveLength(4)
    const thisWeek = figures.weeks.at(-1)
    expect(thisWeek).toMatchObject({ published: 1, rejected: 1 })
    expect(
      figures.weeks.reduce((n: number, w: { submitted: number }) => n + w.submitted, 0),
    ).toBeGreaterThanOrEqual(1)
    expect(figures.wait.decided).toBe(2)
    expect(figures.wait.medianHours).toBeCloseTo(20, 0)
    expect(figures.wait.p90Hours).toBeCloseTo(28, 0)
    expect(figures.openEscalations).toBe(1)
    expect(figures.moderators).toEqual([
      { moderatorId: mod.userId, name: 'Asha', decided: 2, medianReviewMinutes: expect.any(Number) },
    ])
  })

  it('refuses a bad number of weeks', async () => {
    const res = await send(mod, 'GET', '/api/portal/moderation/dashboard?weeks=0')
    expect(res.status).toBe(422)
    expect((await res.json()).error.code).toBe('validation_failed')
  })
})

describe('safeguarding contact and safeguarding moderators', () => {
  const path = () => `/api/portal/subscribers/${riverside}/safeguarding-contact`

  it('lets a subscriber admin set and clear the contact, and refuses a bad address writing nothing', async () => {
    expect(
      await (await send(providerAdmin, 'PUT', path(), { email: 'sg@riverside.example' })).json(),
    ).toEqual({
      email: 'sg@riverside.example',
    })
    const bad = await send(providerAdmin, 'PUT', path(), { email: 'not an address' })
    expect(bad.status).toBe(422)
    expect((await bad.json()).error.issues[0].path).toBe('email')
    expect(await (await send(providerAdmin, 'GET', path())).json()).toEqual({ email: 'sg@riverside.example' })
    expect((await send(responder, 'PUT', path(), { email: 'me@riverside.example' })).status).toBe(403)
    expect(await (await send(providerAdmin, 'PUT', path(), { email: null })).json()).toEqual({ email: null })
  })

  it('lets only platform admins mark safeguarding moderators', async () => {
    const target = `/api/portal/admin/staff/${mod.userId}`
    expect((await send(mod, 'PATCH', target, { safeguarding: true })).status).toBe(403)
    expect((await send(providerAdmin, 'PATCH', target, { safeguarding: true })).status).toBe(403)
    const bad = await send(admin, 'PATCH', target, { safeguarding: 'yes' })
    expect(bad.status).toBe(422)
    expect((await sql`select safeguarding from users where id = ${mod.userId}`)[0]!.safeguarding).toBe(false)
    const notStaff = await send(admin, 'PATCH', `/api/portal/admin/staff/${responder.userId}`, {
      safeguarding: true,
    })
    expect(notStaff.status).toBe(404)
    const ok = await send(admin, 'PATCH', target, { safeguarding: true })
    expect(await ok.json()).toMatchObject({ id: mod.userId, safeguarding: true, platformRole: 'moderator' })
    const list = (await (await send(admin, 'GET', '/api/portal/admin/staff')).json()).staff
    expect(list.map((s: { name: string }) => s.name)).toEqual(['Asha', 'Cai'])
  })
})
