import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { startSmtpServer, type TestSmtpServer } from '../../test/smtp.ts'
import { backgroundJobs } from '../background.ts'
import { smtpMailer } from '../mail/transport.ts'
import { createWorker } from '../mail/worker.ts'

// Feeds are cached for a minute, as in production: publishing must still show at once.
const { app, sql, deps } = testApp({ FEED_CACHE_SECONDS: '60' })
const PHONE = '07700 900123'
const ORIGINAL = `Nurse Jenny on the ward was wonderful to my dad. Call me on ${PHONE} if you want to know more.`
let ids: Record<string, string>
let mod: SignedIn
let smtp: TestSmtpServer
let story: string

const send = (method: string, path: string, body?: unknown, who = mod) =>
  app.request(path, {
    method,
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const base = (id: string) => `/api/portal/moderation/stories/${id}`
const patch = (id: string, body: unknown) => send('PATCH', base(id), body)
const decide = (id: string, body: unknown) => send('POST', `${base(id)}/decision`, body)
const feed = async (node: string) =>
  (await (await app.request(`/api/v1/services/${node}/stories?limit=50`)).json()).stories.map(
    (s: { id: string }) => s.id,
  )
const worker = () =>
  createWorker({
    sql,
    mailer: smtpMailer(smtp.url, 'Heard <x@heard.test>', 'http://heard.test'),
    jobs: backgroundJobs(deps),
  })

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Asha')
  smtp = await startSmtpServer()
})
afterAll(() => smtp.close())
beforeEach(async () => {
  await sql`delete from outbox`
  story = await createStory(sql, [ids['TST01-W1']!], 'pending', {
    body: ORIGINAL,
    email: 'author@example.org',
  })
  await sql`update stories set flags = ${sql.json([{ rule: 'phone', field: 'body', start: 64, end: 76, message: 'x' }])},
    flag_count = 1 where id = ${story}`
  expect((await send('POST', `${base(story)}/claim`)).status).toBe(200)
  smtp.received.length = 0
})

describe('the story workbench', () => {
  it('shows the story with its flags, claim and trail, and never the author’s address', async () => {
    const res = await app.request(base(story), { headers: mod.headers })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      id: story,
      status: 'in_review',
      body: ORIGINAL,
      originalBody: ORIGINAL,
      hasEmail: true,
      criticality: null,
      escalated: false,
      services: [
        { id: ids['TST01-W1'], name: 'Ward 1 (Acute Medicine)', path: expect.stringContaining('›') },
      ],
      tags: { good: ['kind-staff'], improve: [], feelings: ['grateful'] },
      claim: { moderatorName: 'Asha' },
    })
    expect(body.flags).toEqual([expect.objectContaining({ rule: 'phone', field: 'body' })])
    expect(body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['pending', 'in_review'])
    expect(body.events[1].actorName).toBe('Asha')
    expect(JSON.stringify(body)).not.toContain('author@example.org')
  })

  it('keeps the original private: the public sees only the redacted text', async () => {
    const redacted = ORIGINAL.replace('Nurse Jenny', 'A nurse').replace(
      ` Call me on ${PHONE} if you want to know more.`,
      '',
    )
    const noReason = await patch(story, { body: redacted })
    expect(noReason.status).toBe(422)
    expect((await noReason.json()).error.issues[0].path).toBe('reason')
    const res = await patch(story, {
      body: redacted,
      reason: 'Removed a staff name and a phone number',
      criticality: 0,
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.body).toBe(redacted)
    expect(body.originalBody).toBe(ORIGINAL)
    expect(body.redactions).toEqual([
      expect.objectContaining({ field: 'body', before: ORIGINAL, after: redacted, moderatorName: 'Asha' }),
    ])
    expect(body.flags.filter((f: { rule: string }) => f.rule === 'phone')).toEqual([])
    expect(body.activity.map((a: { action: string }) => a.action)).toEqual(['claim', 'edit', 'criticality'])

    expect((await decide(story, { decision: 'publish' })).status).toBe(200)
    const publicStory = await (await app.request(`/api/v1/stories/${story}`)).text()
    const publicPage = await (await app.request(`/stories/${story}`)).text()
    const publicFeed = await (await app.request(`/api/v1/services/${ids.TST}/stories`)).text()
    expect(publicStory).toContain('A nurse on the ward')
    for (const text of [publicStory, publicPage, publicFeed]) {
      expect(text).not.toContain(PHONE)
      expect(text).not.toContain('Jenny')
    }
  })

  it('publishes into the public feed at once, emails the author, and ends the claim', async () => {
    expect(await feed(ids.TST!)).not.toContain(story) // now cached for a minute
    const refused = await decide(story, { decision: 'publish' })
    expect(refused.status).toBe(422)
    expect((await refused.json()).error.issues[0].path).toBe('criticality')
    await patch(story, { criticality: 1 })
    const res = await decide(story, { decision: 'publish' })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      status: 'published',
      claim: null,
      publishedAt: expect.any(String),
    })
    expect(await feed(ids.TST!)).toContain(story)
    expect((await app.request(`/api/v1/stories/${story}`)).status).toBe(200)
    await worker().runOnce()
    expect(smtp.received.map((m) => m.subject)).toEqual(['Your story has been published'])
    expect(smtp.received[0]!.text).toContain(`http://heard.test/stories/${story}`)
    expect(smtp.received[0]!.text).toMatch(/http:\/\/heard\.test\/follow\/[\w-]{43}/)
    expect((await decide(story, { decision: 'reject', reason: 'x' })).status).toBe(409)
  })

  it('rejects with a reason, and emails the reason to the author', async () => {
    const noReason = await decide(story, { decision: 'reject' })
    expect(noReason.status).toBe(422)
    const reason = 'Thank you for your story. It reads as a formal complaint, so please contact PALS.'
    const res = await decide(story, { decision: 'reject', reason })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.status).toBe('rejected')
    expect(body.events.at(-1)).toMatchObject({ toStatus: 'rejected', reason, actorName: 'Asha' })
    await worker().runOnce()
    expect(smtp.received).toHaveLength(1)
    expect(smtp.received[0]!.to).toEqual(['author@example.org'])
    expect(smtp.received[0]!.text).toContain(reason)
  })

  it('holds a story until a date, then the job publishes it', async () => {
    await patch(story, { criticality: 4 })
    const soon = new Date(Date.now() + 3 * 86400_000)
    expect((await decide(story, { decision: 'hold' })).status).toBe(422)
    expect(
      (await decide(story, { decision: 'hold', heldUntil: new Date(Date.now() - 60_000).toISOString() }))
        .status,
    ).toBe(422)
    const tooLate = new Date(Date.now() + 91 * 86400_000).toISOString()
    expect((await decide(story, { decision: 'hold', heldUntil: tooLate })).status).toBe(422)
    const res = await decide(story, {
      decision: 'hold',
      heldUntil: soon.toISOString(),
      reason: 'Serious: give the trust time',
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({ status: 'held', heldUntil: soon.toISOString(), claim: null })
    expect(await feed(ids.TST!)).not.toContain(story)

    const jobs = worker()
    await jobs.runOnce(new Date(soon.getTime() - 60_000))
    expect((await sql`select status from stories where id = ${story}`)[0]!.status).toBe('held')
    const done = await jobs.runOnce(new Date(soon.getTime() + 60_000))
    expect(done.jobs).toBe(1)
    expect((await sql`select status from stories where id = ${story}`)[0]!.status).toBe('published')
    expect(await feed(ids.TST!)).toContain(story)
    await jobs.runOnce(new Date(soon.getTime() + 120_000))
    expect(smtp.received.map((m) => m.subject)).toEqual(['Your story has been published'])
  })

  it('escalates a safeguarding concern and keeps the story in review with its claim', async () => {
    const res = await decide(story, { decision: 'escalate', reason: 'Mentions a vulnerable adult at risk' })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({ status: 'in_review', escalated: true, claim: { moderatorName: 'Asha' } })
    expect(body.events.at(-1).reason).toBe(
      'Escalated as a safeguarding concern: Mentions a vulnerable adult at risk',
    )
    expect(body.activity.at(-1)).toMatchObject({ action: 'escalate', actorName: 'Asha' })
  })

  it('moves a published story to other services and its feeds follow at once', async () => {
    await patch(story, { criticality: 0 })
    await decide(story, { decision: 'publish' })
    expect(await feed(ids.TST01!)).toContain(story)
    expect((await send('POST', `${base(story)}/claim`)).status).toBe(200)
    const unknown = await patch(story, { serviceIds: ['00000000-0000-4000-8000-000000000000'] })
    expect(unknown.status).toBe(422)
    const res = await patch(story, { serviceIds: [ids['TST02-W1']] })
    expect(res.status).toBe(200)
    expect((await res.json()).services.map((s: { id: string }) => s.id)).toEqual([ids['TST02-W1']])
    expect(await feed(ids.TST01!)).not.toContain(story)
    expect(await feed(ids.TST02!)).toContain(story)
    expect(await feed(ids.TST!)).toContain(story)
  })

  it('sets tags from the managed list, each in its own group', async () => {
    const res = await patch(story, { tags: { good: ['listened-to'], improve: ['parking'], feelings: [] } })
    expect(res.status).toBe(200)
    expect((await res.json()).tags).toEqual({ good: ['listened-to'], improve: ['parking'], feelings: [] })
    const wrong = await patch(story, { tags: { good: ['parking'], improve: [], feelings: [] } })
    expect(wrong.status).toBe(422)
    expect((await wrong.json()).error.issues).toEqual([
      { path: 'tags.good.0', message: 'is not a tag in this group' },
    ])
  })
})
