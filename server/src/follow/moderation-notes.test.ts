import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { followToken } from '../../test/follow.ts'
import { as } from '../../test/subscribers.ts'

const { app, sql } = testApp()
const BODY = 'Nurse Jenny looked after my dad on 3 March 2025 and she was wonderful to all of us on the ward.'
let ids: Record<string, string>
let mod: SignedIn

const page = async (storyId: string) =>
  (await app.request(`/follow/${await followToken(sql, storyId)}`)).text()
const send = (method: string, path: string, body?: unknown) => app.request(path, as(mod, method, body))
const mail = async (storyId: string) =>
  (
    await sql<
      { textBody: string }[]
    >`select text_body from outbox where story_id = ${storyId} and template = 'author_published'`
  )[0]?.textBody

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  mod = await signedInAs(app, sql, 'moderator', 'Moderator Quentin')
})

describe('the follow page’s account of moderation', () => {
  it('says in plain words what kinds of detail were removed and why, never who removed them', async () => {
    const id = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY, email: 'a@example.org' })
    await send('POST', `/api/portal/moderation/stories/${id}/claim`)
    const edited = await send('PATCH', `/api/portal/moderation/stories/${id}`, {
      body: BODY.replace('Jenny', '[name removed]').replace('3 March 2025', 'recently'),
      reason: 'Secret moderator note about Jenny',
      removed: ['person_name', 'date'],
      criticality: 0,
    })
    expect(edited.status).toBe(200)
    expect(
      (await send('POST', `/api/portal/moderation/stories/${id}/decision`, { decision: 'publish' })).status,
    ).toBe(200)
    const html = await page(id)
    expect(html).toContain('What our moderator changed')
    expect(html).toContain('names of people, so that nobody in your story can be identified')
    expect(html).toContain('exact dates')
    expect(html).not.toContain('Quentin')
    expect(html).not.toContain('Secret moderator note')
    expect(html).not.toContain('How long it may take')
    expect(await mail(id)).toContain('our moderator removed or changed some details')
  })

  it('says nothing was changed, in the published email, when nothing was', async () => {
    const id = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY, email: 'b@example.org' })
    await sql`update stories set criticality = 0 where id = ${id}`
    await send('POST', `/api/portal/moderation/stories/${id}/claim`)
    await send('POST', `/api/portal/moderation/stories/${id}/decision`, { decision: 'publish' })
    expect(await mail(id)).toContain('published in your own words')
    expect(await page(id)).not.toContain('What our moderator changed')
  })

  it('tells a waiting author how many stories are ahead and the usual wait', async () => {
    const first = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY })
    const second = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY })
    await sql`update stories set submitted_at = now() - interval '1 hour' where id = ${first}`
    const html = await page(second)
    expect(html).toContain('How long it may take')
    expect(html).toMatch(/There (is 1 story|are \d+ stories) ahead of yours/)
    expect(html).toMatch(/half of all stories were checked within \d+ (hour|hours|day|days)|an hour/)
  })

  it('refuses an unknown kind of detail with the error shape and changes nothing', async () => {
    const id = await createStory(sql, [ids['TST01-W1']!], 'pending', { body: BODY })
    await send('POST', `/api/portal/moderation/stories/${id}/claim`)
    const res = await send('PATCH', `/api/portal/moderation/stories/${id}`, {
      body: 'Changed',
      reason: 'x',
      removed: ['shoe_size'],
    })
    expect(res.status).toBe(422)
    expect((await res.json()).error.issues[0].path).toBe('removed.0')
    expect((await sql`select body from stories where id = ${id}`)[0]!.body).toBe(BODY)
  })
})
