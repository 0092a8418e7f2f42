import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { isOverdue, workingDaysBetween } from './queue.ts'

const { app, sql } = testApp()
let asha: SignedIn
let old: string
let safeguarding: string
let escalated: string
let fresh: string

const queue = async (query = '') =>
  (await app.request(`/api/portal/moderation/queue?kind=story${query}`, { headers: asha.headers })).json()
const idsOf = async (query = '') => (await queue(query)).items.map((i: { id: string }) => i.id)

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  asha = await signedInAs(app, sql, 'moderator', 'Asha')
  const ward = [ids['TST01-W1']!]
  old = await createStory(sql, ward, 'pending', { title: 'Parking was hard 100% of the time' })
  safeguarding = await createStory(sql, ward, 'pending', { title: 'Left alone' })
  escalated = await createStory(sql, ward, 'pending', { title: 'Escalated one' })
  fresh = await createStory(sql, ward, 'pending', {
    title: 'Fresh',
    body: 'A quiet night on the ward, thank you to everyone who looked after my mum.',
  })
  const sg = [{ rule: 'safeguarding', field: 'body', start: 0, end: 4, message: 'x' }]
  await sql`update stories set submitted_at = now() - interval '10 days', criticality = 2 where id = ${old}`
  await sql`update stories set submitted_at = now() - interval '2 days', flags = ${sql.json(sg)}, flag_count = 1
    where id = ${safeguarding}`
  await sql`update stories set submitted_at = now() - interval '1 hour', escalated_at = now() where id = ${escalated}`
  await sql`update stories set submitted_at = now() - interval '5 minutes' where id = ${fresh}`
})

describe('the queue’s default order', () => {
  it('puts open escalations first, then safeguarding flags, then the longest waiting', async () => {
    expect(await idsOf()).toEqual([escalated, safeguarding, old, fresh])
    const items = (await queue()).items
    expect(items[0]).toMatchObject({ escalated: true })
    expect(items.find((i: { id: string }) => i.id === old)).toMatchObject({ overdue: true, criticality: 2 })
    expect(items.find((i: { id: string }) => i.id === fresh)).toMatchObject({
      overdue: false,
      escalated: false,
    })
  })

  it('pages through the groups in order with a cursor, each item once', async () => {
    const seen: string[] = []
    let cursor = ''
    do {
      const body = await queue(`&limit=1${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...body.items.map((i: { id: string }) => i.id))
      cursor = body.nextCursor ?? ''
    } while (cursor)
    expect(seen).toEqual([escalated, safeguarding, old, fresh])
  })

  it('filters by criticality, flags and words (wildcards are plain characters)', async () => {
    expect(await idsOf('&criticality=2')).toEqual([old])
    expect(await idsOf('&flagged=yes')).toEqual([safeguarding])
    expect(await idsOf('&flagged=no')).toEqual([escalated, old, fresh])
    expect(await idsOf('&q=QUIET%20NIGHT')).toEqual([fresh])
    expect(await idsOf('&q=100%25')).toEqual([old])
    expect(await idsOf('&q=_')).toEqual([])
  })

  it('refuses bad filters with the error shape', async () => {
    for (const query of ['&criticality=6', '&flagged=maybe', `&q=${'x'.repeat(101)}`]) {
      const res = await app.request(`/api/portal/moderation/queue?kind=story${query}`, {
        headers: asha.headers,
      })
      expect(res.status).toBe(422)
      expect((await res.json()).error.code).toBe('validation_failed')
    }
  })
})

describe('working days waited', () => {
  it('skips weekends', () => {
    const friday = new Date('2026-12-04T12:00:00Z')
    expect(workingDaysBetween(friday, new Date('2026-12-07T12:00:00Z'))).toBe(1)
    expect(isOverdue(friday, new Date('2026-12-08T12:00:00Z'))).toBe(false)
    expect(isOverdue(friday, new Date('2026-12-08T12:00:01Z'))).toBe(true)
    expect(workingDaysBetween(friday, friday)).toBe(0)
  })
})
