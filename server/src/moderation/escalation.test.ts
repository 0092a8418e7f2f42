import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
const BODY = 'I told the nurse I have pills saved up and I do not want to be here any more.'
let ids: Record<string, string>
let mod: Member
let lead: Member
let admin: SignedIn
let riverside: string
let providerAdmin: Member
let story: string

const base = (id: string) => `/api/portal/moderation/stories/${id}`
const send = (
  who: { headers: Record<string, string> } | undefined,
  method: string,
  path: string,
  body?: unknown,
) => app.request(path, as(who, method, body))
const outbox = () =>
  sql<{ template: string; toAddress: string; subject: string; textBody: string }[]>`
    select template, to_address, subject, text_body from outbox where kind = 'mail' order by id`

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Asha')
  lead = await signedInAs(app, sql, 'moderator', 'Bea')
  admin = await signedInAs(app, sql, 'platform_admin', 'Cai')
  riverside = await createTestSubscriber(sql, 'Riverside', [ids['TST01']!])
  await createTestSubscriber(sql, 'Elsewhere', [ids['TST02']!])
  providerAdmin = await signedInMember(app, sql, riverside, 'admin')
})

beforeEach(async () => {
  await sql`delete from outbox`
  story = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY, email: 'author@example.org' })
  await sql`update stories set criticality = 4 where id = ${story}`
  expect((await send(mod, 'POST', `${base(story)}/claim`)).status).toBe(200)
})

describe('a safeguarding escalation, from escalation to outcome', () => {
  it('emails the safeguarding moderators and the covering subscriber’s contact, holds the story, and records every step', async () => {
    // A platform admin marks Bea as the safeguarding moderator; Riverside's admin sets its contact.
    const marked = await send(admin, 'PATCH', `/api/portal/admin/staff/${lead.userId}`, {
      safeguarding: true,
    })
    expect(marked.status).toBe(200)
    const contact = await send(
      providerAdmin,
      'PUT',
      `/api/portal/subscribers/${riverside}/safeguarding-contact`,
      {
        email: 'safeguarding@riverside.example',
      },
    )
    expect(await contact.json()).toEqual({ email: 'safeguarding@riverside.example' })

    const escalated = await send(mod, 'POST', `${base(story)}/decision`, {
      decision: 'escalate',
      reason: 'Talks of pills saved up',
    })
    expect(escalated.status).toBe(200)
    expect(await escalated.json()).toMatchObject({
      status: 'in_review',
      escalated: true,
      escalation: { reason: 'Talks of pills saved up', notified: 2, outcome: null },
    })

    const mail = await outbox()
    expect(mail.map((m) => [m.template, m.toAddress])).toEqual([
      ['safeguarding_moderator', lead.user.email],
      ['safeguarding_subscriber', 'safeguarding@riverside.example'],
    ])
    for (const m of mail) {
      expect(m.textBody).not.toContain('pills saved up and I')
      expect(m.textBody).not.toContain('author@example.org')
      expect(m.textBody).toContain(story.slice(0, 8).toUpperCase())
    }

    // Open escalations lead the queue, ahead of an older story.
    const queue = await (await send(mod, 'GET', '/api/portal/moderation/queue?kind=story')).json()
    expect(queue.items[0]).toMatchObject({ id: story, escalated: true })

    // It cannot be published, or held, until the outcome is recorded.
    const refused = await send(mod, 'POST', `${base(story)}/decision`, { decision: 'publish' })
    expect(refused.status).toBe(409)
    expect((await refused.json()).error.code).toBe('conflict')
    expect((await sql`select status from stories where id = ${story}`)[0]!.status).toBe('in_review')

    const closed = await send(lead, 'POST', `${base(story)}/escalation-outcome`, {
      outcome: 'referred',
      note: 'Referred to the trust’s safeguarding lead',
    })
    expect(closed.status).toBe(200)
    const after = await closed.json()
    expect(after).toMatchObject({ escalated: false, escalation: { outcome: 'referred' } })
    const steps = after.activity
      .filter((a: { action: string }) => a.action === 'escalate')
      .map((a: { detail: { step: string }; actorName: string }) => [a.detail.step, a.actorName])
    expect(steps).toEqual([
      ['escalated', 'Asha'],
      ['outcome', 'Bea'],
    ])
    expect(after.events.at(-1).reason).toContain('Escalated as a safeguarding concern')

    // Now a moderator may decide as usual.
    expect((await send(mod, 'POST', `${base(story)}/decision`, { decision: 'publish' })).status).toBe(200)
  })

  it('emails every moderator when nobody is marked, and no subscriber without a contact', async () => {
    await sql`update users set safeguarding = false`
    await sql`update subscribers set safeguarding_email = null`
    const res = await send(mod, 'POST', `${base(story)}/decision`, { decision: 'escalate' })
    expect(res.status).toBe(200)
    const to = (await outbox()).map((m) => m.toAddress)
    expect(to.sort()).toEqual([mod.user.email, lead.user.email].sort())
  })

  it('refuses a second escalation while one is open, and an outcome when none is', async () => {
    const none = await send(mod, 'POST', `${base(story)}/escalation-outcome`, { outcome: 'no_action' })
    expect(none.status).toBe(409)
    expect((await send(mod, 'POST', `${base(story)}/decision`, { decision: 'escalate' })).status).toBe(200)
    const again = await send(mod, 'POST', `${base(story)}/decision`, { decision: 'escalate' })
    expect(again.status).toBe(409)
    expect(
      (await sql`select count(*)::int as n from story_escalations where story_id = ${story}`)[0]!.n,
    ).toBe(1)
  })

  it('refuses a bad outcome with the error shape and writes nothing', async () => {
    await send(mod, 'POST', `${base(story)}/decision`, { decision: 'escalate' })
    const res = await send(mod, 'POST', `${base(story)}/escalation-outcome`, { outcome: 'forgotten' })
    expect(res.status).toBe(422)
    expect((await res.json()).error).toMatchObject({
      code: 'validation_failed',
      issues: [{ path: 'outcome' }],
    })
    const [row] = await sql`select outcome from story_escalations where story_id = ${story}`
    expect(row!.outcome).toBeNull()
    const missing = await send(
      mod,
      'POST',
      `${base('00000000-0000-4000-8000-000000000000')}/escalation-outcome`,
      {
        outcome: 'referred',
      },
    )
    expect(missing.status).toBe(404)
  })

  it('lets only platform staff record an outcome', async () => {
    await send(mod, 'POST', `${base(story)}/decision`, { decision: 'escalate' })
    const path = `${base(story)}/escalation-outcome`
    expect((await send(providerAdmin, 'POST', path, { outcome: 'referred' })).status).toBe(403)
    expect((await send(undefined, 'POST', path, { outcome: 'referred' })).status).toBe(401)
    const [row] = await sql`select outcome from story_escalations where story_id = ${story}`
    expect(row!.outcome).toBeNull()
  })
})
