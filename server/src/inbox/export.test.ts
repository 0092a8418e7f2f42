import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { resetDatabase } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { as, createTestSubscriber, signedInMember, type Member } from '../../test/subscribers.ts'
import * as queries from './queries.ts'
import { EXPORT_FAILED } from './export.ts'

vi.mock('./queries.ts', async (original) => {
  const actual = await original<typeof queries>()
  return { ...actual, listInboxPage: vi.fn(actual.listInboxPage) }
})

// Test files share a module cache (vite.config.ts: isolate false), so the app that an earlier file
// loaded holds the real queries; load the app afresh for this file, now with the mock in place.
vi.resetModules()
const { testApp } = await import('../../test/app.ts')
const { app, sql } = testApp()
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
    vi.mocked(queries.listInboxPage).mockRejectedValueOnce(unreachable())
    const res = await exportCsv()
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('unavailable')
  })

  it('ends a file that fails part way with a line saying so, and fails the transfer', async () => {
    // A full first batch (of ids with no story behind them) makes the export ask for a second.
    const fullBatch = Array.from({ length: 500 }, () => ({ storyId: randomUUID(), publishedAt: new Date() }))
    vi.mocked(queries.listInboxPage).mockResolvedValueOnce(fullBatch).mockRejectedValueOnce(unreachable())
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
