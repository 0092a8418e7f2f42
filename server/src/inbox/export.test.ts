import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../app.ts'
import { testConfig } from '../../test/app.ts'
import { resetDatabase, testSql } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import type { SqlPool } from '../db.ts'
import { EXPORT_FAILED } from './export.ts'

/**
 * The app over a connection whose next reads of an inbox page (listInboxPage's query) answer what
 * the test queues instead of asking the database: a failure, or a batch of its own.
 */
const pageAnswers: (() => Promise<unknown>)[] = []
const isInboxPage = (args: unknown[]) =>
  Array.isArray(args[0]) &&
  'raw' in args[0] &&
  /^\s*select e\.story_id, e\.published_at\s+from inbox_entries/.test(args[0].join(''))
const sql = new Proxy(testSql(), {
  apply: (target, self, args: unknown[]) =>
    pageAnswers.length > 0 && isInboxPage(args) ? pageAnswers.shift()!() : Reflect.apply(target, self, args),
}) as SqlPool
const { app } = createApp({ sql, config: testConfig() })
let subscriberId: string
let viewer: Member

beforeAll(async () => {
  await resetDatabase(sql)
  const ids = await seedDirectory(sql)
  await createStory(sql, [ids['TST01-W1']!])
  subscriberId = await createTestSubscriber(sql, 'Testshire General', [ids.TST01!])
  viewer = await signedInMember(app, sql, subscriberId, 'viewer')
})

const exportCsv = () => app.request(`/api/portal/subscribers/${subscriberId}/inbox/export`, as(viewer, 'GET'))

const unreachable = () => Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })

describe('GET /api/portal/subscribers/:id/inbox/export with a NUL in the search', () => {
  it('is refused before any header is sent', async () => {
    const res = await app.request(
      `/api/portal/subscribers/${subscriberId}/inbox/export?q=ward%00`,
      as(viewer, 'GET'),
    )
    expect(res.status).toBe(422)
    expect(((await res.json()) as { error: { issues: unknown } }).error.issues).toEqual([
      { path: 'q', message: 'must not contain a NUL character' },
    ])
  })
})

describe('GET /api/portal/subscribers/:id/inbox/export when the database fails', () => {
  it('answers an error, not 200 and a cut-off file, when the first rows cannot be read', async () => {
    pageAnswers.push(() => Promise.reject(unreachable()))
    const res = await exportCsv()
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable')
  })

  it('ends a file that fails part way with a line saying so, and fails the transfer', async () => {
    // A full first batch (of ids with no story behind them) makes the export ask for a second.
    const fullBatch = Array.from({ length: 500 }, () => ({ storyId: randomUUID(), publishedAt: new Date() }))
    pageAnswers.push(
      () => Promise.resolve(fullBatch),
      () => Promise.reject(unreachable()),
    )
    const res = await exportCsv()
    expect(res.status).toBe(200)
    const reader = res.body!.getReader()
    const decoder = new TextDecoder()
    let text = ''
    const failure = await (async () => {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return undefined
        text += decoder.decode(value, { stream: true })
      }
    })().catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(text.trimEnd().split('\r\n').at(-1)).toBe(EXPORT_FAILED)
  })

  it('still exports in full when nothing fails', async () => {
    const res = await exportCsv()
    expect(res.status).toBe(200)
    expect((await res.text()).trim().split('\r\n')).toHaveLength(2)
  })
})
