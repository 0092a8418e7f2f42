import { beforeEach, describe, expect, it } from 'vitest'
import { resetDatabase, testSql } from '../../test/db.ts'
import { createStory, seedDirectory } from '../../test/fixtures.ts'
import { createTestSubscriber } from '../../test/subscribers.ts'
import { parseCsv } from './csv.ts'
import { importDirectory } from './import.ts'

const sql = testSql()
const HEADER = 'code,name,kind,parent_code,postcode'
const countNodes = async () =>
  (await sql<{ n: number }[]>`select count(*)::int as n from service_nodes`)[0]!.n

beforeEach(() => resetDatabase(sql))

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, CRLF, a BOM and line numbers', () => {
    const records = parseCsv('\ufeffa,b\r\n"x, ""y""",z\n"multi\nline",w\n')
    expect(records).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['x, "y"', 'z'] },
      { line: 3, fields: ['multi\nline', 'w'] },
    ])
  })
})

describe('importDirectory', () => {
  it('imports a tree given children before parents, and reports progress', async () => {
    const progress: number[] = []
    const result = await importDirectory(
      sql,
      [
        HEADER,
        'A1-W1,Ward One,ward,A1,',
        'A1,Alpha Hospital,site,A,',
        'A,Alpha Trust,organisation,,AB1 2CD',
      ].join('\n'),
      (done) => progress.push(done),
    )
    expect(result).toEqual({ ok: true, created: 3, updated: 0, total: 3 })
    expect(progress.at(-1)).toBe(3)
    const [ward] = await sql`select depth, path_names from service_nodes where external_code = 'A1-W1'`
    expect(ward).toEqual({ depth: 2, pathNames: ['Alpha Trust', 'Alpha Hospital', 'Ward One'] })
  })

  it('reports every bad row by line number and imports nothing', async () => {
    const result = await importDirectory(
      sql,
      [
        HEADER,
        'A,Alpha Trust,organisation,,',
        'B,,site,A,',
        'C,Clinic,hospital,A,',
        'D,Day Unit,department,NOPE,',
        'A,Duplicate,site,A,',
        'E,Eye Unit,department,A,NOT A POSTCODE',
        'F,Too few fields',
        'G,Orphan Site,site,,',
      ].join('\n'),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.map((e) => e.line)).toEqual([3, 4, 5, 6, 7, 8, 9])
    expect(result.errors.find((e) => e.line === 5)?.message).toBe(
      'parent_code NOPE is not in the file or the directory',
    )
    expect(await countNodes()).toBe(0)
  })

  it('refuses a file with the wrong header', async () => {
    const result = await importDirectory(sql, 'id,title\n1,x')
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 1,
          message: `the first line must be: ${HEADER}, optionally followed by name_cy, ownership, contact_email`,
        },
      ],
    })
    const unknown = await importDirectory(sql, `${HEADER},colour\nA,Alpha,organisation,,,red`)
    expect(unknown.ok).toBe(false)
  })

  it('takes Welsh names from an optional name_cy column, and keeps them when a later file has none', async () => {
    const result = await importDirectory(
      sql,
      [
        `${HEADER},name_cy`,
        'A,Alpha Health Board,organisation,,,Bwrdd Iechyd Alffa',
        'A1,Alpha Hospital,site,A,,',
        'A1-W1,Ward One,ward,A1,,Ward Un',
      ].join('\n'),
    )
    expect(result).toMatchObject({ ok: true, created: 3 })
    const [ward] = await sql`select name_cy, path_names_cy from service_nodes where external_code = 'A1-W1'`
    expect(ward).toEqual({
      nameCy: 'Ward Un',
      pathNamesCy: ['Bwrdd Iechyd Alffa', 'Alpha Hospital', 'Ward Un'],
    })
    const [site] = await sql`select name_cy from service_nodes where external_code = 'A1'`
    expect(site).toEqual({ nameCy: null })
    await importDirectory(sql, [HEADER, 'A1-W1,Ward 1,ward,A1,'].join('\n'))
    const [kept] = await sql`select name, name_cy from service_nodes where external_code = 'A1-W1'`
    expect(kept).toEqual({ name: 'Ward 1', nameCy: 'Ward Un' })
  })

  it('takes name_cy beside ownership and contact_email, in any order', async () => {
    const result = await importDirectory(
      sql,
      [
        `${HEADER},ownership,name_cy,contact_email`,
        'A,Alpha Care,organisation,,,private,Gofal Alffa,office@alpha.example',
      ].join('\n'),
    )
    expect(result).toMatchObject({ ok: true, created: 1 })
    const [node] =
      await sql`select name_cy, ownership, contact_email from service_nodes where external_code = 'A'`
    expect(node).toEqual({
      nameCy: 'Gofal Alffa',
      ownership: 'private',
      contactEmail: 'office@alpha.example',
    })
  })

  it('refuses a Welsh name that is too long, naming its line, and imports nothing', async () => {
    const result = await importDirectory(
      sql,
      [`${HEADER},name_cy`, `A,Alpha,organisation,,,${'y'.repeat(201)}`].join('\n'),
    )
    expect(result).toEqual({
      ok: false,
      errors: [{ line: 2, message: 'name_cy must be at most 200 characters' }],
    })
    expect(await countNodes()).toBe(0)
  })

  it('updates existing services by code, moving their stories with them', async () => {
    const ids = await seedDirectory(sql)
    const story = await createStory(sql, [ids['TST02-W1']!])
    const result = await importDirectory(
      sql,
      [HEADER, 'TST02-W1,Rehab Ward,ward,TST01,', 'TST03,New Hospital,site,TST,'].join('\n'),
    )
    expect(result).toEqual({ ok: true, created: 1, updated: 1, total: 2 })
    const feed = await sql`select node_id from feed_entries where story_id = ${story} order by node_id`
    expect(feed.map((f) => f.nodeId).sort()).toEqual([ids.TST, ids.TST01, ids['TST02-W1']].sort())
  })

  it('refuses a move that would take a covered service outside its subscriber’s entitlement', async () => {
    const ids = await seedDirectory(sql)
    await createTestSubscriber(sql, 'Testshire General', [ids['TST01-W1']!], { entitlement: [ids.TST01!] })
    const result = await importDirectory(
      sql,
      [HEADER, 'TST01-W1,Ward 1 (Acute Medicine),ward,TST02,'].join('\n'),
    )
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          line: 2,
          message:
            'moves Ward 1 (Acute Medicine), which Testshire General covers, outside what it may cover: change its entitlement first',
        },
      ],
    })
    const [ward] = await sql<
      { parentId: string }[]
    >`select parent_id from service_nodes where id = ${ids['TST01-W1']!}`
    expect(ward!.parentId).toBe(ids.TST01)
    // Within the entitlement, the same kind of move goes through.
    const inside = await importDirectory(
      sql,
      [HEADER, 'TST01-W1,Ward 1 (Acute Medicine),ward,TST01-W2,'].join('\n'),
    )
    expect(inside.ok).toBe(true)
  })

  it('refuses a change that would make a service its own ancestor', async () => {
    await seedDirectory(sql)
    const result = await importDirectory(sql, [HEADER, 'TST01,General,site,TST01-W1,'].join('\n'))
    expect(result.ok).toBe(false)
  })
})
