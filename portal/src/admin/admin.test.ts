import { describe, expect, it } from 'vitest'
import { DIRECTORY_HEADER, DIRECTORY_OPTIONAL } from '../../../server/src/services/import.ts'
import {
  checkManualSubscription,
  checkNewSubscriber,
  DIRECTORY_COLUMNS,
  describeImport,
  isRunning,
  issuesToFields,
  lastDay,
  rowErrorsFromIssues,
  todayUtc,
  unlisted,
} from './admin.ts'
import { kindLabel } from './subscriber-kind.ts'

describe('checkNewSubscriber', () => {
  it('asks for a name and an email address in the right format', () => {
    expect(checkNewSubscriber({ name: ' ', adminEmail: 'nobody' }).map((p) => p.field)).toEqual([
      'subscriber-name',
      'admin-email',
    ])
    expect(checkNewSubscriber({ name: 'Hillside Care', adminEmail: 'lead@hillside.example' })).toEqual([])
  })
})

describe('checkManualSubscription', () => {
  const today = '2026-03-10'
  it('accepts today as the last day, with a note', () => {
    expect(checkManualSubscription({ periodEnd: today, note: 'Invoice 42' }, today)).toEqual([])
  })
  it('refuses a missing or past date and an empty or long note', () => {
    expect(checkManualSubscription({ periodEnd: '', note: ' ' }, today)).toEqual([
      { field: 'period-end', message: 'Enter the last day of the subscription' },
      { field: 'note', message: 'Add a note, e.g. the invoice or purchase order number' },
    ])
    const late = checkManualSubscription({ periodEnd: '2026-03-09', note: 'x'.repeat(501) }, today)
    expect(late.map((p) => p.message)).toEqual([
      'The last day must be today or later',
      'The note must be 500 characters or fewer',
    ])
  })
})

describe('todayUtc and lastDay', () => {
  it('use UTC days, as the server does', () => {
    expect(todayUtc(new Date('2026-03-10T23:30:00-05:00'))).toBe('2026-03-11')
    // Recorded with last day 31 March: full use ends at the start of 1 April.
    expect(lastDay('2026-04-01T00:00:00.000Z')).toBe('31 March 2026')
  })
})

describe('issuesToFields', () => {
  it('gives each issue to its field, naming the path of the ones it cannot place', () => {
    const fields = issuesToFields(
      [
        { path: 'adminEmail', message: 'Enter an email address like name@example.com' },
        { path: 'coverage.1', message: 'is not a service in the directory' },
        { path: 'other', message: 'is odd' },
      ],
      { adminEmail: 'admin-email', coverage: 'coverage' },
      'subscriber-name',
    )
    expect(fields).toEqual([
      { field: 'admin-email', message: 'Enter an email address like name@example.com' },
      { field: 'coverage', message: 'is not a service in the directory' },
      { field: 'subscriber-name', message: 'other is odd' },
    ])
  })
})

describe('reading directory answers', () => {
  it('documents the columns the server reads, in its order', () => {
    expect(DIRECTORY_COLUMNS.map((c) => c.name)).toEqual([...DIRECTORY_HEADER, ...DIRECTORY_OPTIONAL])
  })

  it('takes line numbers from the paths of a refused import', () => {
    expect(
      rowErrorsFromIssues([
        { path: 'line.3', message: 'kind must be one of …' },
        { path: 'file', message: 'odd' },
      ]),
    ).toEqual([
      { line: 3, message: 'kind must be one of …' },
      { line: 0, message: 'odd' },
    ])
  })
  it('says what an import will do and did', () => {
    const plan = { ok: true as const, created: 12, updated: 3, total: 15 }
    expect(describeImport(plan)).toBe(
      '12 services will be added and 3 will be changed (15 rows in the file).',
    )
    expect(describeImport({ ...plan, created: 1 }, true)).toBe(
      '1 service added and 3 changed (15 rows in the file).',
    )
    expect(describeImport({ ok: true, created: 0, updated: 0, total: 0 })).toBe(
      'The file has no services to import.',
    )
  })
  it('counts the errors not listed', () => {
    expect(unlisted(500, 512)).toBe(12)
    expect(unlisted(3, 3)).toBe(0)
  })
})

describe('isRunning', () => {
  const m = {
    id: 'm',
    periodEnd: '2026-04-01T00:00:00.000Z',
    note: 'n',
    recordedByName: null,
    createdAt: '2026-03-01T00:00:00.000Z',
    endedAt: null,
  }
  it('is true until the period ends or someone ends it', () => {
    expect(isRunning(m, new Date('2026-03-31T23:00:00Z'))).toBe(true)
    expect(isRunning(m, new Date('2026-04-01T00:00:00Z'))).toBe(false)
    expect(isRunning({ ...m, endedAt: '2026-03-02T00:00:00.000Z' }, new Date('2026-03-03T00:00:00Z'))).toBe(
      false,
    )
  })
})

describe('kindLabel', () => {
  it('names a provider, and a public-interest body with its type', () => {
    expect(kindLabel({ kind: 'provider', publicInterestType: null })).toBe('Provider')
    expect(kindLabel({ kind: 'public_interest', publicInterestType: 'regulator' })).toBe(
      'Public-interest body: a regulator',
    )
    expect(kindLabel({ kind: 'public_interest', publicInterestType: 'healthwatch' })).toBe(
      'Public-interest body: a local Healthwatch',
    )
  })
})
