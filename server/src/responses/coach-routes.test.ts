import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let responder: Member
let storyId: string
let outsideId: string

const EARLIER =
  'Thank you for telling us about your stay. I am the ward manager and I am sorry the nights were noisy. Please call the ward.'
const coach = (body: unknown, story = storyId) =>
  app.request(
    `/api/portal/subscribers/${subscriberId}/stories/${story}/response-coach`,
    as(responder, 'POST', body),
  )

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  responder = await signedInMember(app, sql, subscriberId, 'responder')
  storyId = await createStory(sql, [ids['TST01-W1']!])
  outsideId = await createStory(sql, [ids['TST02-W1']!])
  await sql`update stories set criticality = 3 where id = ${storyId}`
  const other = await createStory(sql, [ids['TST01-W2']!])
  await sql`
    insert into responses (story_id, status, responder_title, organisation_name, body, subscriber_id, responder_id)
    values (${other}, 'published', 'Ward Manager', 'Testshire General', ${EARLIER}, ${subscriberId}, ${responder.userId})`
})

describe('POST …/stories/:storyId/response-coach', () => {
  it('hints at what a draft lacks on a critical story, and writes nothing', async () => {
    const before = await sql`select count(*)::int as n from responses`
    const res = await coach({ body: 'We have looked into this.' })
    expect(res.status).toBe(200)
    expect((await res.json()).hints.map((h: { code: string }) => h.code)).toEqual([
      'thanks',
      'apology',
      'role',
      'continue',
    ])
    expect(await sql`select count(*)::int as n from responses`).toEqual(before)
  })

  it('warns of a near-copy of an earlier response by the same subscriber', async () => {
    const res = await coach({ body: EARLIER.replace('noisy', 'so noisy') })
    expect((await res.json()).hints.map((h: { code: string }) => h.code)).toEqual(['copy'])
  })

  it('answers 404 for a story outside coverage and 422 for a draft that is not text', async () => {
    expect((await coach({ body: 'Thank you.' }, outsideId)).status).toBe(404)
    const bad = await coach({ body: 42 })
    expect(bad.status).toBe(422)
    expect((await bad.json()).error.code).toBe('validation_failed')
  })
})

describe('responses that mention PALS', () => {
  it('are not flagged as complaint language', async () => {
    const res = await app.request(
      `/api/portal/subscribers/${subscriberId}/stories/${storyId}/responses`,
      as(responder, 'POST', {
        body: 'Thank you for your story. If you would like to talk, PALS can arrange a meeting with the team.',
        responderTitle: 'Matron',
      }),
    )
    const { response } = await res.json()
    const [row] = await sql`select flag_count from responses where id = ${response.id}`
    expect(row!.flagCount).toBe(0)
  })
})
