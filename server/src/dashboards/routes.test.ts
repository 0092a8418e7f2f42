import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'

const { app, sql } = testApp()
let ids: Record<string, string>
let subscriberId: string
let viewer: Member

const at = (month: number, day: number) => new Date(Date.UTC(2025, month - 1, day, 10))
const dashboard = async (query: string) => {
  const res = await app.request(
    `/api/portal/subscribers/${subscriberId}/dashboard${query}`,
    as(viewer, 'GET'),
  )
  expect(res.status).toBe(200)
  return res.json()
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
  const story = async (
    ward: string,
    published: Date,
    criticality: number,
    tags: Record<string, string[]>,
  ) => {
    const id = await createStory(
      sql,
      [ids[ward]!],
      'published',
      { tags: { good: [], improve: [], feelings: [], ...tags } },
      published,
    )
    await sql`update stories set criticality = ${criticality} where id = ${id}`
    return id
  }
  const respond = async (storyId: string, hoursLater: number, changeMarker: string | null = null) => {
    await sql`
      insert into responses (story_id, status, responder_title, organisation_name, body, change_marker, subscriber_id, published_at)
      select id, 'published', 'Matron', 'Testshire General', 'Thank you for telling us.', ${changeMarker}, ${subscriberId},
        published_at + make_interval(hours => ${hoursLater})
      from stories where id = ${storyId}`
    await sql`update stories set response_count = response_count + 1 where id = ${storyId}`
  }
  const a = await story('TST01-W1', at(1, 5), 0, { good: ['kind-staff', 'listened-to'] })
  const b = await story('TST01-W1', at(1, 20), 3, { improve: ['waiting-times'] })
  await story('TST01-W2', at(3, 2), 0, { good: ['kind-staff'], improve: ['parking'] })
  const d = await story('TST01-W2', at(3, 9), 5, { improve: ['waiting-times', 'parking'] })
  await story('TST02-W1', at(3, 9), 0, { good: ['good-food'] }) // outside coverage
  await respond(a, 2)
  await respond(b, 10, 'planned')
  await respond(d, 30, 'made')
  await respond(d, 40)
})

describe('GET /api/portal/subscribers/:id/dashboard', () => {
  it('answers every series for the coverage and the months chosen', async () => {
    const body = await dashboard('?from=2025-01&to=2025-03')
    expect(body.period).toEqual({ from: '2025-01', to: '2025-03' })
    expect(body.services).toEqual([])
    expect(body.storiesPerMonth).toEqual([
      { month: '2025-01', stories: 2, positive: 1, positiveShare: 0.5 },
      { month: '2025-02', stories: 0, positive: 0, positiveShare: null },
      { month: '2025-03', stories: 2, positive: 1, positiveShare: 0.5 },
    ])
    expect(body.criticality).toEqual([
      { criticality: 0, stories: 2 },
      { criticality: 3, stories: 1 },
      { criticality: 5, stories: 1 },
    ])
    expect(body.responses).toEqual({ stories: 4, responded: 3, rate: 0.75, medianHoursToFirstResponse: 10 })
    expect(body.changes).toEqual({ planned: 1, made: 1, overdue: 0 })
    // Sunday stories answered on Sunday wait 0 working hours; Monday 10:00 → 20:00 is 10; Sunday → Monday 16:00 is 16.
    // The Sunday story never answered is past its due time (3 working days).
    expect(body.clock).toEqual({
      medianWorkingHoursToFirstResponse: 10,
      answeredWithinDue: 0.75,
      overdueNow: 1,
    })
    expect(body.benchmark).toMatchObject({ contributors: 1, rate: null, medianWorkingHours: null })
    expect(body.topTags).toEqual({
      good: [
        { slug: 'kind-staff', label: 'Kind, caring staff', labelCy: 'Staff caredig a gofalgar', stories: 2 },
        { slug: 'listened-to', label: 'Staff listened', labelCy: 'Roedd y staff yn gwrando', stories: 1 },
      ],
      improve: [
        { slug: 'waiting-times', label: 'Waiting times', labelCy: 'Amseroedd aros', stories: 2 },
        { slug: 'parking', label: 'Parking', labelCy: 'Parcio', stories: 2 },
      ],
    })
  })

  it('narrows to chosen services', async () => {
    const body = await dashboard(`?from=2025-01&to=2025-03&services=${ids['TST01-W2']}`)
    expect(body.services).toEqual([{ id: ids['TST01-W2'], name: 'Ward 2, Surgery', nameCy: null }])
    expect(body.storiesPerMonth.map((m: { stories: number }) => m.stories)).toEqual([0, 0, 2])
    expect(body.responses).toMatchObject({ stories: 2, responded: 1, medianHoursToFirstResponse: 30 })
  })

  it('refuses services outside coverage and a period that ends before it starts', async () => {
    const get = (q: string) =>
      app.request(`/api/portal/subscribers/${subscriberId}/dashboard${q}`, as(viewer, 'GET'))
    expect((await get(`?services=${ids['TST02-W1']}`)).status).toBe(422)
    expect((await get('?from=2025-05&to=2025-01')).status).toBe(422)
    expect((await get('?from=2025-13')).status).toBe(422)
  })
})

describe('the dashboard benchmark', () => {
  it('shows the median of all subscribers only once five contribute, naming none', async () => {
    const others = ['North Trust', 'East Trust', 'South Trust']
    for (const name of others) await createTestSubscriber(sql, name, [ids.TST01!])
    const four = await dashboard('?from=2025-01&to=2025-03')
    expect(four.benchmark).toMatchObject({ contributors: 4, rate: null, answeredWithinDue: null })
    await createTestSubscriber(sql, 'West Trust', [ids.TST01!])
    const five = await dashboard('?from=2025-01&to=2025-03')
    // Overdue now counts as each inbox does: the four trusts that never answered still have the three
    // stories Testshire General answered open (and past due) in their own inboxes.
    expect(five.benchmark).toMatchObject({
      contributors: 5,
      rate: 0.75,
      medianWorkingHours: 10,
      answeredWithinDue: 0.75,
      overdueNow: 4,
    })
    expect(JSON.stringify(five)).not.toMatch(/North|East|South|West/)
  })
})

describe('the response clock of inbox entries', () => {
  it('follows a response withdrawn, published again and marked with a change', async () => {
    await sql`
      update responses r set status = 'withdrawn' from stories s
      where s.id = r.story_id and s.published_at = ${at(1, 5)}`
    const withdrawn = await dashboard('?from=2025-01&to=2025-03')
    // The story answered at once is now unanswered and past its due time.
    expect(withdrawn.clock).toEqual({
      medianWorkingHoursToFirstResponse: 13,
      answeredWithinDue: 0.5,
      overdueNow: 2,
    })
    await sql`
      update responses r set status = 'published' from stories s
      where s.id = r.story_id and s.published_at = ${at(1, 5)}`
    const again = await dashboard('?from=2025-01&to=2025-03')
    expect(again.clock).toEqual({
      medianWorkingHoursToFirstResponse: 10,
      answeredWithinDue: 0.75,
      overdueNow: 1,
    })
    await sql`
      update responses r set change_marker = 'made' from stories s
      where s.id = r.story_id and s.published_at = ${at(1, 5)}`
    expect((await dashboard('?from=2025-01&to=2025-03')).changes).toEqual({ planned: 1, made: 2, overdue: 0 })
    await sql`
      update responses r set change_marker = null from stories s
      where s.id = r.story_id and s.published_at = ${at(1, 5)}`
  })
})
