import { beforeAll, describe, expect, it } from 'vitest'
import { createTestUser } from '../../test/auth.ts'
import { resetDatabase, testSql } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'
import { createSubscriberCommand } from './cli.ts'

const sql = testSql()
let ids: Record<string, string>

function run(args: string[]) {
  const lines: string[] = []
  const out = { log: (l: string) => lines.push(l), error: (l: string) => lines.push(l) }
  return createSubscriberCommand(sql, args, 'http://heard.test', out).then((code) => ({
    code,
    text: lines.join('\n'),
  }))
}

beforeAll(async () => {
  await resetDatabase(sql)
  ids = await seedDirectory(sql)
})

describe('heard subscribers:create', () => {
  it('creates a subscriber covering codes and ids, with an admin account when given a password', async () => {
    const { code, text } = await run([
      '--name',
      'Testshire Hospitals',
      '--covers',
      `TST01,${ids.TST02}`,
      '--admin-email',
      'boss@testshire.test',
      '--admin-password',
      'a long enough password',
      '--admin-name',
      'Bo Boss',
    ])
    expect(code).toBe(0)
    expect(text).toMatch(
      /^Created subscriber Testshire Hospitals \(id [0-9a-f-]{36}\) covering 2 service\(s\); boss@testshire.test is its admin/,
    )
    expect(text).not.toContain('a long enough password')
    const [row] = await sql`
      select u.name, m.role from memberships m join users u on u.id = m.user_id where u.email = 'boss@testshire.test'`
    expect(row).toEqual({ name: 'Bo Boss', role: 'admin' })
    // What it covers is what it may cover.
    const nodes = (table: 'subscriber_coverage' | 'subscriber_entitlements') => sql`
      select t.node_id from ${sql(table)} t join subscribers s on s.id = t.subscriber_id
      where s.name = 'Testshire Hospitals' order by t.node_id`
    const coverage = await nodes('subscriber_coverage')
    expect(coverage.map((r) => r.nodeId).sort()).toEqual([ids.TST01, ids.TST02].sort())
    expect(await nodes('subscriber_entitlements')).toEqual(coverage)
  })

  it('invites the admin by email without a password, or makes an existing account the admin', async () => {
    expect(
      (await run(['--name', 'Invited', '--covers', 'TST', '--admin-email', 'new@testshire.test'])).code,
    ).toBe(0)
    const [mail] = await sql`select template from outbox where to_address = 'new@testshire.test'`
    expect(mail!.template).toBe('member_invitation')
    const user = await createTestUser(sql, null)
    const { text } = await run(['--name', 'Existing', '--covers', 'TST', '--admin-email', user.email])
    expect(text).toContain('who already had an account')
  })

  it('explains what is wrong and creates nothing', async () => {
    const before = (await sql`select count(*)::int as n from subscribers`)[0]!.n
    expect((await run(['--covers', 'TST'])).code).toBe(2)
    const unknown = await run(['--name', 'X', '--covers', 'TST,NOPE', '--admin-email', 'x@test.test'])
    expect(unknown).toEqual({ code: 1, text: 'subscribers:create: not in the directory: NOPE' })
    expect(
      (
        await run([
          '--name',
          'X',
          '--covers',
          'TST',
          '--admin-email',
          'x@test.test',
          '--admin-password',
          'short',
        ])
      ).code,
    ).toBe(2)
    expect((await run(['--name', 'X', '--bogus'])).code).toBe(2)
    expect((await sql`select count(*)::int as n from subscribers`)[0]!.n).toBe(before)
  })
})
