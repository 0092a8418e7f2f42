import { beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { makePrivate, moderatorPublishes, providerLinks } from '../../test/provider-review.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import { backgroundJobs } from '../background.ts'
import { createWorker } from '../mail/worker.ts'

const { app, sql, deps } = testApp()
const HOUR = 3_600_000
const BODY =
  'The carers at the home were rushed and my mother was left without water for most of the afternoon.'
let ids: Record<string, string>
let mod: SignedIn
let senior: SignedIn
let admin: SignedIn
let providerAdmin: Member
let bodyMember: Member
let body: string
let story: string

const status = async (id: string) => (await sql`select status from stories where id = ${id}`)[0]!.status
const feed = async (node: string) =>
  (await (await app.request(`/api/v1/services/${node}/stories?limit=50`)).json()).stories.map(
    (s: { id: string }) => s.id,
  )
const answer = (token: string, payload: unknown) =>
  app.request(`/api/v1/provider-review/${token}/decision`, as(undefined, 'POST', payload))
const jobs = () =>
  createWorker({ sql, mailer: { send: async () => {} } as never, jobs: backgroundJobs(deps) })

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  await makePrivate(sql, 'TST02')
  mod = await signedInAs(app, sql, 'moderator')
  senior = await signedInAs(app, sql, 'senior_moderator')
  admin = await signedInAs(app, sql, 'platform_admin')
  const provider = await createTestSubscriber(sql, 'Community Care Ltd', [ids.TST02!])
  providerAdmin = await signedInMember(app, sql, provider, 'admin')
  body = await createTestSubscriber(sql, 'Testshire Healthwatch', [ids.TST!])
  await sql`update subscribers set kind = 'public_interest', public_interest_type = 'healthwatch' where id = ${body}`
  bodyMember = await signedInMember(app, sql, body, 'viewer')
  const alerts = await app.request(
    `/api/portal/subscribers/${body}/alerts`,
    as(bodyMember, 'PUT', { serviceIds: [ids.TST], frequency: 'immediate' }),
  )
  expect(alerts.status).toBe(200)
})

beforeEach(async () => {
  await sql`delete from outbox`
  story = await createStory(sql, [ids['TST02-W1']!], 'pending', { body: BODY, email: 'author@example.org' })
})

describe('ownership in the directory', () => {
  it('is inherited down the tree and shown to moderators', async () => {
    const other = await createStory(sql, [ids['TST01-W1']!, ids['TST02-W1']!], 'pending')
    const res = await app.request(`/api/portal/moderation/stories/${other}/provider`, {
      headers: mod.headers,
    })
    expect(res.status).toBe(200)
    const { services } = await res.json()
    expect(services.map((s: { ownership: string }) => s.ownership)).toEqual(['public', 'private'])
  })

  it('refuses an ownership the import does not know, naming the line', async () => {
    const { importDirectory } = await import('../services/import.ts')
    const result = await importDirectory(
      sql,
      'code,name,kind,parent_code,postcode,ownership\nTST,Trust,organisation,,,charity\n',
    )
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 2, message: 'ownership must be public, private or empty' }],
    })
  })
})

describe('advanced moderation, with a driven clock', () => {
  it('waits for a private provider, and Go ahead publishes at once (the link works once)', async () => {
    const res = await moderatorPublishes(app, mod, story)
    expect(res.status).toBe(200)
    expect((await res.json()).status).toBe('awaiting_provider')
    expect(await feed(ids.TST!)).not.toContain(story)
    const links = await providerLinks(sql)
    expect(links.map((l) => l.to)).toEqual([providerAdmin.user.email])
    const token = links[0]!.token

    const read = await app.request(`/api/v1/provider-review/${token}`)
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({ storyId: story, body: BODY, status: 'awaiting' })
    const page = await app.request(`/provider-review/${token}`)
    const text = await page.text()
    expect(text).toContain('Go ahead')

    expect(text).toContain('unless you answer before then')
    expect((await answer(token, { decision: 'go_ahead' })).status).toBe(200)
    expect(await status(story)).toBe('published')
    expect(await feed(ids.TST!)).toContain(story)
    // Answered: the page no longer says it waits for an answer.
    const answered = await (await app.request(`/provider-review/${token}`)).text()
    expect(answered).toContain('This story has been answered')
    expect(answered).not.toContain('unless you answer')
    const mail = await sql`select subject from outbox where story_id = ${story} and kind = 'mail'`
    expect(mail.map((m) => m.subject)).toContain('Your story has been published')

    const again = await answer(token, { decision: 'request_review', reason: 'legal_concern' })
    expect(again.status).toBe(409)
    expect((await again.json()).error.code).toBe('conflict')
  })

  it('publishes by itself when nobody answers in 72 hours, and not a minute before', async () => {
    const start = Date.now()
    await moderatorPublishes(app, mod, story)
    const worker = jobs()
    await worker.runOnce(new Date(start + 71 * HOUR))
    expect(await status(story)).toBe('awaiting_provider')
    await worker.runOnce(new Date(start + 72 * HOUR + 60_000))
    expect(await status(story)).toBe('published')
    expect(await feed(ids.TST!)).toContain(story)
    const [review] = await sql`select answer from provider_reviews where story_id = ${story}`
    expect(review!.answer).toBe('no_answer')
    const { token } = (await providerLinks(sql))[0]!
    expect((await answer(token, { decision: 'go_ahead' })).status).toBe(409)
  })

  it('sends a held story to the provider when its hold ends, as a moderator’s publish does', async () => {
    const base = `/api/portal/moderation/stories/${story}`
    await app.request(`${base}/claim`, as(mod, 'POST'))
    await app.request(base, as(mod, 'PATCH', { criticality: 2 }))
    const heldUntil = new Date(Date.now() + 48 * HOUR)
    const held = await app.request(
      `${base}/decision`,
      as(mod, 'POST', { decision: 'hold', heldUntil: heldUntil.toISOString() }),
    )
    expect(held.status).toBe(200)
    expect(await providerLinks(sql)).toEqual([])
    const worker = jobs()
    await worker.runOnce(new Date(heldUntil.getTime() + 60_000))
    expect(await status(story)).toBe('awaiting_provider')
    expect(await feed(ids.TST!)).not.toContain(story)
    const mail = await sql`select template from outbox where story_id = ${story} and kind = 'mail'`
    expect(mail.map((m) => m.template)).not.toContain('author_published')
    const links = await providerLinks(sql)
    expect(links.map((l) => l.to)).toEqual([providerAdmin.user.email])
    const [event] = await sql`
      select actor_type from story_events where story_id = ${story} and to_status = 'awaiting_provider'`
    expect(event!.actorType).toBe('system')
    expect((await answer(links[0]!.token, { decision: 'go_ahead' })).status).toBe(200)
    expect(await status(story)).toBe('published')
    expect(await feed(ids.TST!)).toContain(story)
  })

  it('refuses an expired link and a reason outside the fixed list, writing nothing', async () => {
    await moderatorPublishes(app, mod, story)
    const { token } = (await providerLinks(sql))[0]!
    const bad = await answer(token, { decision: 'request_review', reason: 'too_critical' })
    expect(bad.status).toBe(422)
    expect((await bad.json()).error.code).toBe('validation_failed')
    const noDetails = await answer(token, { decision: 'request_review', reason: 'other' })
    expect((await noDetails.json()).error.issues[0].path).toBe('details')
    expect((await sql`select answer from provider_reviews where story_id = ${story}`)[0]!.answer).toBeNull()

    await sql`update provider_review_links set expires_at = now() - interval '1 second'`
    expect((await app.request(`/api/v1/provider-review/${token}`)).status).toBe(404)
    const late = await answer(token, { decision: 'go_ahead' })
    expect(late.status).toBe(404)
    expect((await late.json()).error.code).toBe('not_found')
    expect(await status(story)).toBe('awaiting_provider')
    expect((await app.request('/api/v1/provider-review/not-a-token')).status).toBe(404)
  })

  it('shows a form error beside its own field: the reasons, or the details box', async () => {
    await moderatorPublishes(app, mod, story)
    const { token } = (await providerLinks(sql))[0]!
    const send = async (fields: Record<string, string>) => {
      const res = await app.request(`/provider-review/${token}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
        body: new URLSearchParams({ decision: 'request_review', ...fields }).toString(),
      })
      expect(res.status).toBe(422)
      const page = await res.text()
      const reasons = page.slice(page.indexOf('<fieldset'), page.indexOf('</fieldset>'))
      const details = page.slice(page.indexOf('</fieldset>'), page.indexOf('</textarea>'))
      return { reasons, details }
    }
    const noReason = await send({})
    expect(noReason.reasons).toContain('id="reason-error"')
    expect(noReason.reasons).toContain('aria-describedby="reason-hint reason-error"')
    expect(noReason.details).not.toContain('error')
    const noDetails = await send({ reason: 'other' })
    expect(noDetails.reasons).not.toContain('error')
    expect(noDetails.details).toContain('id="details-error"')
    expect(noDetails.details).toContain('aria-describedby="details-hint details-error"')
    expect((await sql`select answer from provider_reviews where story_id = ${story}`)[0]!.answer).toBeNull()
  })

  it('mails the contact email on the directory when the provider does not subscribe', async () => {
    await makePrivate(sql, 'TST01', 'enquiries@tst01.test')
    const other = await createStory(sql, [ids['TST01-W2']!], 'pending')
    await moderatorPublishes(app, mod, other)
    expect((await providerLinks(sql)).map((l) => l.to)).toEqual(['enquiries@tst01.test'])
    await sql`update service_nodes set ownership = null, contact_email = null where external_code = 'TST01'`
  })

  it("writes the email in the member's language, else the story's, and a Welsh link opens the page in Welsh", async () => {
    const mails = () =>
      sql<{ toAddress: string; subject: string; textBody: string }[]>`
        select to_address, subject, text_body from outbox where template = 'provider_review'`
    await sql`update users set lang = 'cy' where id = ${providerAdmin.user.id}`
    await moderatorPublishes(app, mod, story)
    const [welsh] = await mails()
    await sql`update users set lang = 'en' where id = ${providerAdmin.user.id}`
    expect(welsh!.subject).toBe(
      'Bydd stori ynghylch Testshire Community Hospital yn cael ei chyhoeddi ar Heard ymhen 72 awr',
    )
    expect(welsh!.textBody).toContain('Gan mai darparwr preifat yw Testshire Community Hospital')
    const url = /http\S+\/provider-review\/\S+/.exec(welsh!.textBody)![0]
    expect(url).toMatch(/\/provider-review\/[\w-]{43}\?lang=cy$/)
    const page = await (await app.request(url.slice(url.indexOf('/provider-review')))).text()
    expect(page).toContain('<html lang="cy">')
    expect(page).toContain('Ewch ymlaen')

    await sql`delete from outbox`
    await makePrivate(sql, 'TST01', 'enquiries@tst01.test')
    const told = await createStory(sql, [ids['TST01-W2']!], 'pending', { lang: 'cy' })
    await moderatorPublishes(app, mod, told)
    await sql`update service_nodes set ownership = null, contact_email = null where external_code = 'TST01'`
    const [contact] = await mails()
    expect(contact!.toAddress).toBe('enquiries@tst01.test')
    expect(contact!.subject).toMatch(/^Bydd stori ynghylch .+ ymhen 72 awr$/)
    expect(contact!.textBody).toMatch(/\/provider-review\/[\w-]{43}\?lang=cy\n/)
  })
})

describe('a review request', () => {
  it('goes to a senior moderator, who restricts it: public notice only, read in full by a public-interest body', async () => {
    await moderatorPublishes(app, mod, story)
    const { token } = (await providerLinks(sql))[0]!
    const asked = await answer(token, {
      decision: 'request_review',
      reason: 'identifies_someone',
      details: 'The afternoon and the room say who it was.',
    })
    expect(asked.status).toBe(200)
    expect(await status(story)).toBe('in_review')

    // An ordinary moderator can no longer decide it.
    await app.request(`/api/portal/moderation/stories/${story}/claim`, as(mod, 'POST'))
    const refused = await app.request(
      `/api/portal/moderation/stories/${story}/decision`,
      as(mod, 'POST', { decision: 'publish' }),
    )
    expect(refused.status).toBe(403)
    const notSenior = await app.request(
      `/api/portal/moderation/stories/${story}/restrict`,
      as(mod, 'POST', { publicReason: 'It could identify a member of staff.' }),
    )
    expect(notSenior.status).toBe(403)
    await app.request(`/api/portal/moderation/stories/${story}/claim`, as(mod, 'DELETE'))

    const tooShort = await app.request(
      `/api/portal/moderation/stories/${story}/restrict`,
      as(senior, 'POST', { publicReason: 'no' }),
    )
    expect(tooShort.status).toBe(422)
    const restricted = await app.request(
      `/api/portal/moderation/stories/${story}/restrict`,
      as(senior, 'POST', { publicReason: 'It could identify a member of staff.' }),
    )
    expect(restricted.status).toBe(200)
    expect(await status(story)).toBe('restricted')

    const page = await app.request(`/stories/${story}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('This story is restricted')
    expect(html).toContain('at the request of Testshire Community Hospital')
    expect(html).toContain('It could identify a member of staff.')
    expect(html).not.toContain('without water')
    expect((await app.request(`/api/v1/stories/${story}`)).status).toBe(404)
    expect(await feed(ids.TST!)).not.toContain(story)

    const read = await app.request(`/api/portal/subscribers/${body}/restricted/${story}`, {
      headers: bodyMember.headers,
    })
    expect(read.status).toBe(200)
    expect(await read.json()).toMatchObject({
      body: BODY,
      criticality: 3,
      providerName: 'Testshire Community Hospital',
    })
    const alert = await sql`select to_address from outbox where template = 'alert_restricted'`
    expect(alert.map((a) => a.toAddress)).toEqual([bodyMember.user.email])

    const stats = await app.request('/api/portal/admin/provider-reviews', { headers: admin.headers })
    const row = (await stats.json()).providers.find(
      (p: { providerName: string }) => p.providerName === 'Testshire Community Hospital',
    )
    expect(row).toMatchObject({ reviewRequests: 1, restricted: 1, reasons: { identifies_someone: 1 } })
    expect((await app.request('/api/portal/admin/provider-reviews', { headers: mod.headers })).status).toBe(
      403,
    )
  })
})

describe('public-interest bodies', () => {
  it('never respond, whatever the member’s role', async () => {
    const bodyAdmin = await signedInMember(app, sql, body, 'admin')
    const published = await createStory(sql, [ids['TST01-W1']!])
    const res = await app.request(
      `/api/portal/subscribers/${body}/stories/${published}/responses`,
      as(bodyAdmin, 'POST', { body: 'Thank you for telling us about your care.', responderTitle: 'Officer' }),
    )
    expect(res.status).toBe(403)
    expect((await res.json()).error.code).toBe('forbidden')
    expect((await sql`select count(*)::int as n from responses where story_id = ${published}`)[0]!.n).toBe(0)
  })

  it('never see a held story before its hold ends', async () => {
    await createStory(sql, [ids['TST02-W1']!], 'held')
    const res = await app.request(`/api/portal/subscribers/${body}/inbox/held`, {
      headers: bodyMember.headers,
    })
    expect(res.status).toBe(200)
    expect((await res.json()).stories).toEqual([])
  })
})
