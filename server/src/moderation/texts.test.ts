import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'

const { app, sql } = testApp()
let mod: SignedIn
let ids: Record<string, string>
let story: string
let response: string

const send = (method: string, path: string, body?: unknown, who = mod) =>
  app.request(path, {
    method,
    headers: { ...who.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
const item = (kind: string, id: string) => `/api/portal/moderation/${kind}/${id}`

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Asha')
  story = await createStory(sql, [ids['TST01-W1']!], 'published', {
    title: 'Kind nurses',
    email: 'author@example.org',
  })
})
beforeEach(async () => {
  await sql`delete from outbox`
  ;[{ id: response }] = await sql`
    insert into responses (story_id, responder_title, organisation_name, body, change_marker)
    values (${story}, 'Ward Manager', 'Testshire Hospitals', 'Thank you. Sister Okafor will call you on 07700 900123.', 'planned')
    returning id`
})

describe('response moderation', () => {
  it('shows a pending response with its story and trail', async () => {
    const res = await app.request(item('responses', response), { headers: mod.headers })
    expect(res.status).toBe(200)
    expect(await res.json()).toMatchObject({
      id: response,
      kind: 'response',
      status: 'pending',
      originalBody: 'Thank you. Sister Okafor will call you on 07700 900123.',
      story: { id: story, title: 'Kind nurses' },
      responderTitle: 'Ward Manager',
      organisationName: 'Testshire Hospitals',
      changeMarker: 'planned',
      claim: null,
      events: [{ fromStatus: null, toStatus: 'pending', actorType: 'responder' }],
    })
  })

  it('edits with a reason, keeps the original, publishes, and tells the author', async () => {
    const edited = 'Thank you. The ward sister will be in touch.'
    expect(
      (await send('PATCH', item('responses', response), { body: edited, reason: 'Name and number' })).status,
    ).toBe(409)
    expect((await send('POST', `${item('responses', response)}/claim`)).status).toBe(200)
    expect((await send('PATCH', item('responses', response), { body: edited })).status).toBe(422)
    const res = await send('PATCH', item('responses', response), {
      body: edited,
      reason: 'Removed a name and a number',
    })
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body).toMatchObject({
      body: edited,
      originalBody: 'Thank you. Sister Okafor will call you on 07700 900123.',
    })
    expect(body.events.at(-1)).toMatchObject({
      toStatus: 'edited',
      reason: 'Removed a name and a number',
      actorName: 'Asha',
    })
    expect(body.flags.some((f: { rule: string }) => f.rule === 'phone')).toBe(false)

    const published = await send('POST', `${item('responses', response)}/decision`, { decision: 'publish' })
    expect(published.status).toBe(200)
    expect(await published.json()).toMatchObject({ status: 'published', claim: null })
    const publicStory = await (await app.request(`/api/v1/stories/${story}`)).json()
    expect(publicStory.responses.map((r: { body: string }) => r.body)).toContain(edited)
    expect(JSON.stringify(publicStory)).not.toContain('Okafor')
    const [mail] = await sql`select template, subject from outbox where kind = 'mail'`
    expect(mail).toEqual({ template: 'author_answered', subject: 'Someone has responded to your story' })
    const [{ responseCount }] = await sql`select response_count from stories where id = ${story}`
    expect(responseCount).toBeGreaterThanOrEqual(1)
  })

  it('rejects only with a reason, and keeps the response private', async () => {
    await send('POST', `${item('responses', response)}/claim`)
    expect(
      (await send('POST', `${item('responses', response)}/decision`, { decision: 'reject' })).status,
    ).toBe(422)
    const res = await send('POST', `${item('responses', response)}/decision`, {
      decision: 'reject',
      reason: 'Names a member of staff',
    })
    expect(res.status).toBe(200)
    expect((await res.json()).status).toBe('rejected')
    const publicStory = await (await app.request(`/api/v1/stories/${story}`)).text()
    expect(publicStory).not.toContain('Okafor')
    expect(await sql`select id from outbox`).toHaveLength(0)
  })
})

describe('a withdrawn story', () => {
  it('takes its pending responses out of the queue, and they cannot be published', async () => {
    const gone = await createStory(sql, [ids['TST01-W1']!], 'published')
    const [{ id }] = await sql`
      insert into responses (story_id, responder_title, organisation_name, body)
      values (${gone}, 'Matron', 'Testshire Hospitals', 'Sorry to hear this.') returning id`
    await send('POST', `${item('responses', id)}/claim`)
    await sql`update stories set status = 'withdrawn' where id = ${gone}`
    const queue = await (await app.request('/api/portal/moderation/queue', { headers: mod.headers })).json()
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(id)
    const res = await send('POST', `${item('responses', id)}/decision`, { decision: 'publish' })
    expect(res.status).toBe(409)
  })
})

describe('reply moderation', () => {
  it('publishes or rejects an author’s reply', async () => {
    await sql`update responses set status = 'published', published_at = now() where id = ${response}`
    const [a, b] = await sql<{ id: string }[]>`
      insert into author_replies (story_id, response_id, body, original_body)
      values (${story}, ${response}, 'Thank you so much.', 'Thank you so much.'),
             (${story}, ${response}, 'Call me on 07700 900123.', 'Call me on 07700 900123.')
      returning id`
    await send('POST', `${item('replies', a!.id)}/claim`)
    const published = await send('POST', `${item('replies', a!.id)}/decision`, { decision: 'publish' })
    expect(await published.json()).toMatchObject({ kind: 'reply', status: 'published', story: { id: story } })
    await send('POST', `${item('replies', b!.id)}/claim`)
    const rejected = await send('POST', `${item('replies', b!.id)}/decision`, {
      decision: 'reject',
      reason: 'We cannot publish phone numbers.',
    })
    expect((await rejected.json()).events.at(-1)).toMatchObject({
      toStatus: 'rejected',
      reason: 'We cannot publish phone numbers.',
    })
    expect((await send('POST', `${item('replies', b!.id)}/decision`, { decision: 'publish' })).status).toBe(
      409,
    )
  })
})

describe('reject reasons and tags', () => {
  it('offers editable reject-reason templates', async () => {
    const { reasons } = await (
      await app.request('/api/portal/moderation/reject-reasons', { headers: mod.headers })
    ).json()
    expect(reasons.length).toBeGreaterThanOrEqual(5)
    expect(reasons[0]).toEqual({
      id: expect.any(String),
      label: expect.any(String),
      text: expect.stringContaining('Thank you'),
      position: 1,
      retired: false,
    })
  })

  it('adds, relabels and retires tags; retired tags leave the public list', async () => {
    const created = await send('POST', '/api/portal/moderation/tags', {
      slug: 'good-signage',
      group: 'good',
      label: 'Easy to find my way',
      labelCy: 'Hawdd dod o hyd i fy ffordd',
      polarity: 'positive',
    })
    expect(created.status).toBe(201)
    expect(await created.json()).toMatchObject({ slug: 'good-signage', group: 'good', retired: false })
    const again = await send('POST', '/api/portal/moderation/tags', {
      slug: 'good-signage',
      group: 'good',
      label: 'x',
      labelCy: 'x',
      polarity: 'positive',
    })
    expect(again.status).toBe(409)
    const bad = await send('POST', '/api/portal/moderation/tags', {
      slug: 'Bad Slug',
      group: 'good',
      label: 'x',
      labelCy: 'x',
      polarity: 'up',
    })
    expect(bad.status).toBe(422)
    const retired = await send('PATCH', '/api/portal/moderation/tags/good-signage', {
      retired: true,
      label: 'Clear signs',
    })
    expect(await retired.json()).toMatchObject({ slug: 'good-signage', label: 'Clear signs', retired: true })
    expect((await send('PATCH', '/api/portal/moderation/tags/no-such-tag', { retired: true })).status).toBe(
      404,
    )
    const { tags } = await (await app.request('/api/portal/moderation/tags', { headers: mod.headers })).json()
    expect(tags).toContainEqual(expect.objectContaining({ slug: 'good-signage', retired: true }))
    const publicTags = await (await app.request('/api/v1/tags')).text()
    expect(publicTags).not.toContain('good-signage')
    await sql`delete from tags where slug = 'good-signage'`
  })
})
