import type { OpenAPIHono } from '@hono/zod-openapi'
import type { SqlPool } from '../src/db.ts'
import type { AppEnv } from '../src/http.ts'
import { importDirectory } from '../src/services/import.ts'
import type { SignedIn } from './auth.ts'

/** Makes a directory node private (through the import's ownership column), with a contact email. */
export async function makePrivate(sql: SqlPool, code: string, contactEmail = ''): Promise<void> {
  const [node] = await sql<{ name: string; kind: string; parentCode: string | null }[]>`
    select n.name, n.kind, p.external_code as parent_code
    from service_nodes n left join service_nodes p on p.id = n.parent_id where n.external_code = ${code}`
  const name = node!.name.includes(',') ? `"${node!.name}"` : node!.name
  const csv = `code,name,kind,parent_code,postcode,ownership,contact_email\n${code},${name},${node!.kind},${node!.parentCode ?? ''},,private,${contactEmail}\n`
  const result = await importDirectory(sql, csv)
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
}

/** The private links mailed about a story's review, newest first, read from the outbox. */
export async function providerLinks(sql: SqlPool): Promise<{ to: string; token: string }[]> {
  const rows = await sql<{ toAddress: string; textBody: string }[]>`
    select to_address, text_body from outbox where template = 'provider_review' order by created_at desc, id desc`
  return rows.map((r) => ({ to: r.toAddress, token: /\/provider-review\/([\w-]{43})/.exec(r.textBody)![1]! }))
}

/** Claims, rates and publishes a story as a moderator; the decision's response. */
export async function moderatorPublishes(app: OpenAPIHono<AppEnv>, who: SignedIn, storyId: string) {
  const base = `/api/portal/moderation/stories/${storyId}`
  const send = (method: string, path: string, body?: unknown) =>
    app.request(path, {
      method,
      headers: { ...who.headers, 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    })
  const claim = await send('POST', `${base}/claim`)
  if (claim.status !== 200) throw new Error(`claim: ${claim.status}`)
  const rated = await send('PATCH', base, { criticality: 3 })
  if (rated.status !== 200) throw new Error(`rate: ${rated.status}`)
  return send('POST', `${base}/decision`, { decision: 'publish' })
}
