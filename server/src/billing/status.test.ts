import { describe, expect, it } from 'vitest'
import { describeStatus } from './status.ts'
import type { Entitlement } from './entitlements.ts'

const until = new Date('2026-04-01T00:00:00Z')
const grace = { level: 'full', reason: 'grace', until, source: null } as unknown as Entitlement
const none = { level: 'read_only', reason: 'none', until: null, source: null } as unknown as Entitlement

describe('describeStatus', () => {
  it('says the status in the reader’s language, dates included', () => {
    const input = { configured: true, entitlement: grace, subscription: undefined, manual: undefined }
    expect(describeStatus(input, 'en')).toMatchObject({
      code: 'grace',
      title: 'Payment overdue',
      detail: expect.stringContaining('full use until 1 April 2026'),
    })
    expect(describeStatus(input, 'cy')).toMatchObject({
      code: 'grace',
      title: 'Taliad yn hwyr',
      detail: expect.stringContaining('defnydd llawn tan 1 Ebrill 2026'),
    })
  })

  it('reads English when no language is given', () => {
    const input = { configured: false, entitlement: none, subscription: undefined, manual: undefined }
    expect(describeStatus(input).title).toBe('Online payments are not set up on this server')
    expect(describeStatus(input, 'cy').title).toBe('Nid yw taliadau ar-lein wedi eu gosod ar y gweinydd hwn')
  })
})
