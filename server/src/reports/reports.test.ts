import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let mod: SignedIn
let provider: SignedIn
let story: string
let address = 0

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Asha')
  provider = await signedInAs(app, sql, null, 'Pat')
})

beforeEach(async () => {
  await sql`delete from stories`
  story = await createStory(sql, [ids['TST01-W1']!], 'published', { title: 'A published story' })
  address++
})

const report = (id: string, body: unknown) =>
  app.request(`/api/v1/stories/${id}/reports`, json(body, { 'x-forwarded-for': `198.51.100.${address}` }))
const reports = async () => sql`select story_id, reason, details, email, status from story_reports`
const asMod = (method: string, path: string, body?: unknown, who = mod) =>
  app.request(path, {
    method,
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const openReportId = async () =>
  (await sql`select id from story_reports where status = 'open'`)[0]!.id as string

describe('POST /api/v1/stories/:id/reports', () => {
  it('answers 202 and keeps the report for the moderators', async () => {
    const res = await report(story, {
      reason: 'identifies_someone',
      details: 'Names a nurse',
      email: 'r@example.org',
    })
    expect(res.status).toBe(202)
    expect(await res.json()).toEqual({ status: 'received' })
    expect(await reports()).toMatchObject([
      {
        storyId: story,
        reason: 'identifies_someone',
        details: 'Names a nurse',
        email: 'r@example.org',
        status: 'open',
      },
    ])
  })

  it('answers 422 with the error shape for a missing or unknown reason or a bad email, writing nothing', async () => {
    for (const body of [
      {},
      { reason: 'boring' },
      { reason: 'other', email: 'nope' },
      { reason: 'other', details: 'x'.repeat(2001) },
    ]) {
      const res = await report(story, body)
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
    expect(await reports()).toHaveLength(0)
  })

  it('answers 404 for a story that is not published, and keeps nothing from a honeypot', async () => {
    const pending = await createStory(sql, [ids['TST01-W1']!], 'pending')
    expect((await report(pending, { reason: 'offensive' })).status).toBe(404)
    expect((await report(story, { reason: 'offensive', website: 'x' })).status).toBe(202)
    expect(await reports()).toHaveLength(0)
  })

  it('limits how many reports one connection sends', async () => {
    for (let i = 0; i < 10; i++) expect((await report(story, { reason: 'other' })).status).toBe(202)
    const res = await report(story, { reason: 'other' })
    expect(res.status).toBe(429)
    expect(res.headers.get('retry-after')).toMatch(/^\d+$/)
  })
})

describe('moderating reports', () => {
  it('lists open reports with their story, for moderators only', async () => {
    await report(story, { reason: 'offensive' })
    const res = await asMod('GET', '/api/portal/moderation/reports')
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.open).toBe(1)
    expect(body.items[0]).toMatchObject({
      storyId: story,
      storyTitle: 'A published story',
      reason: 'offensive',
      openReports: 1,
    })
    expect((await app.request('/api/portal/moderation/reports')).status).toBe(401)
    expect((await asMod('GET', '/api/portal/moderation/reports', undefined, provider)).status).toBe(403)
    expect((await asMod('GET', '/api/portal/moderation/reports?status=nope')).status).toBe(422)
  })

  it('dismisses a report, leaving the story published; a second decision is a conflict', async () => {
    await report(story, { reason: 'other' })
    const id = await openReportId()
    expect(
      (await asMod('POST', `/api/portal/moderation/reports/${id}/decision`, { decision: 'dismiss' })).status,
    ).toBe(204)
    expect((await reports())[0]!.status).toBe('dismissed')
    expect((await app.request(`/stories/${story}`)).status).toBe(200)
    const again = await asMod('POST', `/api/portal/moderation/reports/${id}/decision`, {
      decision: 'dismiss',
    })
    expect(again.status).toBe(409)
  })

  it('hides the story with a public reason: it leaves the feeds, its page says why, the audit trail records it', async () => {
    await report(story, { reason: 'identifies_someone' })
    await report(story, { reason: 'defamatory' })
    const id = await openReportId()
    const publicReason = 'It named a member of staff in a critical story.'
    const res = await asMod('POST', `/api/portal/moderation/reports/${id}/decision`, {
      decision: 'hide',
      publicReason,
    })
    expect(res.status).toBe(204)
    expect((await reports()).map((r) => r.status)).toEqual(['hidden', 'hidden'])
    const feed = await (await app.request(`/api/v1/services/${ids['TST']}/stories`)).json()
    expect(feed.stories).toHaveLength(0)
    expect(await (await app.request(`/services/${ids['TST']}/feed.atom`)).text()).not.toContain(story)
    expect((await app.request(`/api/v1/stories/${story}`)).status).toBe(404)
    const page = await app.request(`/stories/${story}`)
    expect(page.status).toBe(410)
    const text = await page.text()
    expect(text).toContain('This story has been hidden')
    expect(text).toContain(publicReason)
    expect(text).not.toContain('A published story')
    const [event] = await sql`select from_status, to_status, actor_type, actor_id, reason from story_events
      where story_id = ${story} order by id desc limit 1`
    expect(event).toMatchObject({
      fromStatus: 'published',
      toStatus: 'hidden',
      actorType: 'moderator',
      actorId: mod.userId,
      reason: publicReason,
    })
  })

  it('refuses to hide without a public reason, writing nothing', async () => {
    await report(story, { reason: 'other' })
    const id = await openReportId()
    const res = await asMod('POST', `/api/portal/moderation/reports/${id}/decision`, {
      decision: 'hide',
      publicReason: 'short',
    })
    expect(res.status).toBe(422)
    expect((await reports())[0]!.status).toBe('open')
    expect((await sql`select status from stories where id = ${story}`)[0]!.status).toBe('published')
  })

  it('unhides a hidden story: it is back in the feeds and the audit trail says why', async () => {
    await report(story, { reason: 'other' })
    const id = await openReportId()
    await asMod('POST', `/api/portal/moderation/reports/${id}/decision`, {
      decision: 'hide',
      publicReason: 'Hidden while we check it.',
    })
    expect(
      (await asMod('POST', `/api/portal/moderation/stories/${story}/unhide`, { reason: 'Checked: fine' }))
        .status,
    ).toBe(204)
    expect((await app.request(`/stories/${story}`)).status).toBe(200)
    const feed = await (await app.request(`/api/v1/services/${ids['TST']}/stories`)).json()
    expect(feed.stories.map((s: { id: string }) => s.id)).toEqual([story])
    const [event] =
      await sql`select to_status, reason from story_events where story_id = ${story} order by id desc limit 1`
    expect(event).toMatchObject({ toStatus: 'published', reason: 'Checked: fine' })
    const again = await asMod('POST', `/api/portal/moderation/stories/${story}/unhide`, {
      reason: 'Checked: fine',
    })
    expect(again.status).toBe(409)
    expect((await asMod('POST', `/api/portal/moderation/stories/${story}/unhide`, {})).status).toBe(422)
  })
})
