import { beforeAll, describe, expect, it } from 'vitest'
import { testApp } from '../../test/app.ts'
import { signedInAs, type SignedIn } from '../../test/auth.ts'
import { resetDatabase } from '../../test/db.ts'
import { seedDirectory } from '../../test/fixtures.ts'

const { app, sql } = testApp()
let platformAdmin: SignedIn
const HEADER = 'code,name,kind,parent_code,postcode'
const countNodes = async () =>
  (await sql<{ n: number }[]>`select count(*)::int as n from service_nodes`)[0]!.n
const post = (path: string, csv: string, who: SignedIn | null = platformAdmin, type = 'text/csv') =>
  app.request(`/api/portal/admin/directory/${path}`, {
    method: 'POST',
    headers: { 'content-type': type, ...(who?.headers ?? {}) },
    body: csv,
  })

beforeAll(async () => {
  await resetDatabase(sql)
  await seedDirectory(sql)
  platformAdmin = await signedInAs(app, sql, 'platform_admin')
})

describe('directory import from the portal', () => {
  it('previews what an import would do, writing nothing', async () => {
    const csv = [HEADER, 'TST01-W3,Ward 3,ward,TST01,', 'TST01-W1,Ward 1 renamed,ward,TST01,'].join('\n')
    const before = await countNodes()
    const res = await post('preview', csv)
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, created: 1, updated: 1, total: 2 })
    expect(await countNodes()).toBe(before)
  })

  it('previews row errors by line number', async () => {
    const res = await post('preview', [HEADER, 'A,,ward,TST01,', 'B,Bee,ward,NOPE,'].join('\n'))
    expect(await res.json()).toEqual({
      ok: false,
      errorCount: 2,
      errors: [
        { line: 2, message: expect.stringContaining('name') },
        { line: 3, message: 'parent_code NOPE is not in the file or the directory' },
      ],
    })
  })

  it('imports a file bigger than ordinary request bodies, or nothing when a row is wrong', async () => {
    const rows = Array.from(
      { length: 2000 },
      (_, i) => `TST01-X${i},Extra clinic number ${i} with a long name,department,TST01,`,
    )
    const csv = [HEADER, ...rows].join('\n')
    expect(csv.length).toBeGreaterThan(100 * 1024)
    const before = await countNodes()
    const bad = await post('import', `${csv}\nBAD,Bad,ward,NOWHERE,`)
    expect(bad.status).toBe(422)
    expect((await bad.json()).error.issues).toEqual([
      { path: 'line.2002', message: 'parent_code NOWHERE is not in the file or the directory' },
    ])
    expect(await countNodes()).toBe(before)
    const ok = await post('import', csv)
    expect(ok.status).toBe(200)
    expect(await ok.json()).toEqual({ ok: true, created: 2000, updated: 0, total: 2000 })
    expect(await countNodes()).toBe(before + 2000)
  })

  it('wants CSV from a platform admin', async () => {
    expect((await post('preview', HEADER, platformAdmin, 'application/json')).status).toBe(415)
    expect((await post('preview', HEADER, null)).status).toBe(401)
    const moderator = await signedInAs(app, sql, 'moderator')
    expect((await post('import', HEADER, moderator)).status).toBe(403)
  })
})
