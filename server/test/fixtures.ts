import { randomUUID } from 'node:crypto'
import type { SqlPool } from '../src/db.ts'
import { importDirectory } from '../src/services/import.ts'
import { changeStoryStatus } from '../src/stories/lifecycle.ts'
import { insertStory } from '../src/stories/queries.ts'
import { StorySubmission, type StoryStatus } from '../src/stories/schemas.ts'

/** A small directory: one trust, two hospitals, three wards. Returns ids by code. */
export async function seedDirectory(sql: SqlPool): Promise<Record<string, string>> {
  const result = await importDirectory(
    sql,
    [
      'code,name,kind,parent_code,postcode',
      'TST,Testshire Hospitals NHS Trust,organisation,,TS1 1AA',
      'TST01,Testshire General Hospital,site,TST,TS1 2AB',
      'TST01-W1,Ward 1 (Acute Medicine),ward,TST01,',
      'TST01-W2,"Ward 2, Surgery",ward,TST01,',
      'TST02,Testshire Community Hospital,site,TST,TS2 3CD',
      'TST02-W1,Rehabilitation Ward,ward,TST02,',
    ].join('\n'),
  )
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  const rows = await sql<{ code: string; id: string }[]>`select external_code as code, id from service_nodes`
  return Object.fromEntries(rows.map((r) => [r.code, r.id]))
}

export const validSubmission = (serviceIds: string[], overrides: Record<string, unknown> = {}) => ({
  title: 'Kind nurses on the ward',
  body: 'The nurses on the ward were kind to my dad every single night and explained what was happening.',
  serviceIds,
  authorRole: 'relative',
  nickname: 'Grateful daughter',
  tags: { good: ['kind-staff'], improve: [], feelings: ['grateful'] },
  ...overrides,
})

/** Inserts a story directly and moves it to `status` (publishing writes its feed entries). */
export async function createStory(
  sql: SqlPool,
  serviceIds: string[],
  status: StoryStatus = 'published',
  overrides: Record<string, unknown> = {},
  at?: Date,
): Promise<string> {
  const id = randomUUID()
  await sql.begin(async (tx) => {
    await insertStory(tx, {
      id,
      input: StorySubmission.parse(validSubmission(serviceIds, overrides)),
      flags: [],
    })
    if (status !== 'pending')
      await changeStoryStatus(tx, { storyId: id, to: status, actor: { type: 'system' }, at })
  })
  return id
}
