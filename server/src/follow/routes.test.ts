import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { json, testApp } from '../../test/app.ts'
import { signedInAs } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory, validSubmission } from '../../test/fixtures.ts'
import { followToken, publishedResponse } from '../../test/follow.ts'
import { hashToken } from '../auth/tokens.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { REPLIES_PER_DAY } from './actions.ts'

const { app, sql } = testApp({ FEED_CACHE_SECONDS: '60' })
let ids: Record<string, string>
let address = 0

const feed = async () =>
  (await (await app.request(`/api/v1/services/${ids.TST}/stories?limit=50`)).json()).stories.map(
    (s: { id: string }) => s.id,
  )

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})
beforeEach(async () => {
  await sql`delete from outbox`
  await sql`delete from rate_limits`
})

describe('the follow link email', () => {
  it('is queued once with the submission when the author leaves an email, and its token is stored hashed', async () => {
    const res = await app.request(
      '/api/v1/stories',
      json(validSubmission([ids['TST01-W1']!], { email: 'author@example.org' }), {
        'x-forwarded-for': `192.0.2.${++address}`,
      }),
    )
    const { id } = await res.json()
    const mails = await sql`select template, to_address, subject, text_body, story_id from outbox`
    expect(mails).toHaveLength(1)
    expect(mails[0]).toMatchObject({
      template: 'author_follow_link',
      toAddress: 'author@example.org',
      storyId: id,
    })
    const token = mails[0]!.textBody.match(/http:\/\/heard\.test\/follow\/([\w-]{43})/)[1]
    const tokens = await sql`select token_hash from follow_tokens where story_id = ${id}`
    expect(tokens).toEqual([{ tokenHash: hashToken(token) }])
    expect((await app.request(`/api/v1/follow/${token}`)).status).toBe(200)
  })

  it('is not sent without an email', async () => {
    const res = await app.request(
      '/api/v1/stories',
      json(validSubmission([ids['TST01-W1']!]), { 'x-forwarded-for': `192.0.2.${++address}` }),
    )
    const { id } = await res.json()
    expect(await sql`select id from outbox`).toHaveLength(0)
    expect(await sql`select token_hash from follow_tokens where story_id = ${id}`).toHaveLength(0)
  })
})

describe('GET /api/v1/follow/:token', () => {
  it('shows the author their story, responses and own replies, never the email', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published', { email: 'author@example.org' })
    const response = await publishedResponse(sql, story)
    await sql`insert into author_replies (story_id, response_id, body, original_body) values (${story}, ${response}, 'Thanks', 'Thanks')`
    const token = await followToken(sql, story)
    const res = await app.request(`/api/v1/follow/${token}`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe('no-store')
    const body = await res.json()
    expect(body).toMatchObject({
      story: {
        id: story,
        status: 'published',
        title: 'Kind nurses on the ward',
        url: `http://heard.test/stories/${story}`,
      },
      responses: [
        { id: response, responderTitle: 'Ward Manager', replies: [{ body: 'Thanks', status: 'pending' }] },
      ],
      hasEmail: true,
    })
    expect(JSON.stringify(body)).not.toContain('author@example.org')
  })

  it('answers 404 for an unknown or malformed token', async () => {
    expect((await app.request(`/api/v1/follow/${'a'.repeat(43)}`)).status).toBe(404)
    expect((await app.request('/api/v1/follow/short')).status).toBe(404)
  })
})

describe('POST /api/v1/follow/:token/withdraw', () => {
  it('removes a published story from every public place at once', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const token = await followToken(sql, story)
    expect(await feed()).toContain(story) // and now cached for a minute
    const res = await app.request(`/api/v1/follow/${token}/withdraw`, { method: 'POST' })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'withdrawn' })
    expect(await feed()).not.toContain(story)
    expect((await app.request(`/api/v1/stories/${story}`)).status).toBe(404)
    expect((await app.request(`/stories/${story}`)).status).toBe(410)
    const [event] =
      await sql`select to_status, actor_type from story_events where story_id = ${story} order by id desc limit 1`
    expect(event).toEqual({ toStatus: 'withdrawn', actorType: 'author' })
    expect((await app.request(`/api/v1/follow/${token}/withdraw`, { method: 'POST' })).status).toBe(200)
  })

  it('takes a story out of the moderation queue, and refuses a rejected one', async () => {
    const pending = await createStory(sql, [ids['TST01-W1']!], 'pending')
    await app.request(`/api/v1/follow/${await followToken(sql, pending)}/withdraw`, { method: 'POST' })
    const mod = await signedInAs(app, sql, 'moderator')
    const queue = await (await app.request('/api/portal/moderation/queue', { headers: mod.headers })).json()
    expect(queue.items.map((i: { id: string }) => i.id)).not.toContain(pending)
    const rejected = await createStory(sql, [ids['TST01-W1']!], 'rejected')
    const res = await app.request(`/api/v1/follow/${await followToken(sql, rejected)}/withdraw`, {
      method: 'POST',
    })
    expect(res.status).toBe(409)
  })
})

describe('POST /api/v1/follow/:token/replies', () => {
  it('accepts a reply as pending; it is public only after moderation', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const response = await publishedResponse(sql, story)
    const token = await followToken(sql, story)
    const res = await app.request(
      `/api/v1/follow/${token}/replies`,
      json({ responseId: response, body: 'Thank you for listening.' }),
    )
    expect(res.status).toBe(201)
    const { id, status } = await res.json()
    expect(status).toBe('pending')
    expect(await (await app.request(`/api/v1/stories/${story}`)).text()).not.toContain(
      'Thank you for listening.',
    )
    const mod = await signedInAs(app, sql, 'moderator')
    const queue = await (
      await app.request('/api/portal/moderation/queue?kind=reply', { headers: mod.headers })
    ).json()
    expect(queue.items.map((i: { id: string }) => i.id)).toContain(id)
  })

  it('refuses a reply to a response of another story, or to a story no longer published', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const other = await publishedResponse(sql, await createStory(sql, [ids['TST01-W1']!], 'published'))
    const token = await followToken(sql, story)
    const wrong = await app.request(
      `/api/v1/follow/${token}/replies`,
      json({ responseId: other, body: 'Hello' }),
    )
    expect(wrong.status).toBe(422)
    expect(
      (await app.request(`/api/v1/follow/${token}/replies`, json({ responseId: other, body: '' }))).status,
    ).toBe(422)
    const response = await publishedResponse(sql, story)
    await app.request(`/api/v1/follow/${token}/withdraw`, { method: 'POST' })
    const closed = await app.request(
      `/api/v1/follow/${token}/replies`,
      json({ responseId: response, body: 'Hello' }),
    )
    expect(closed.status).toBe(409)
  })

  it('limits how many replies one story sends in a day', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'published')
    const response = await publishedResponse(sql, story)
    const token = await followToken(sql, story)
    for (let i = 0; i < REPLIES_PER_DAY; i++) {
      expect(
        (
          await app.request(
            `/api/v1/follow/${token}/replies`,
            json({ responseId: response, body: `Reply ${i}` }),
          )
        ).status,
      ).toBe(201)
    }
    const res = await app.request(
      `/api/v1/follow/${token}/replies`,
      json({ responseId: response, body: 'One more' }),
    )
    expect(res.status).toBe(429)
  })
})

describe('DELETE /api/v1/follow/:token/email', () => {
  it('erases the address from the story and from every mail about it', async () => {
    const story = await createStory(sql, [ids['TST01-W1']!], 'pending', { email: 'author@example.org' })
    const token = await followToken(sql, story)
    await queueAuthorMail(sql, { storyId: story, kind: 'follow_link', publicUrl: 'http://heard.test' })
    const res = await app.request(`/api/v1/follow/${token}/email`, { method: 'DELETE' })
    expect(res.status).toBe(204)
    expect((await sql`select email from stories where id = ${story}`)[0]!.email).toBeNull()
    expect(await sql`select status, to_address, text_body from outbox where story_id = ${story}`).toEqual([
      { status: 'cancelled', toAddress: null, textBody: null },
    ])
    expect((await (await app.request(`/api/v1/follow/${token}`)).json()).hasEmail).toBe(false)
    // The link still works, and no more mail is queued for this story.
    await queueAuthorMail(sql, { storyId: story, kind: 'published', publicUrl: 'http://heard.test' })
    expect(await sql`select id from outbox where story_id = ${story} and status = 'pending'`).toHaveLength(0)
  })
})

describe('the follow API in OpenAPI', () => {
  it('documents the author’s endpoints', async () => {
    const doc = await (await app.request('/api/openapi.json')).json()
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/follow/{token}',
        '/api/v1/follow/{token}/replies',
        '/api/v1/follow/{token}/withdraw',
        '/api/v1/follow/{token}/email',
        '/api/portal/session',
        '/api/portal/password-reset',
        '/api/portal/password-reset/confirm',
      ]),
    )
  })
})
