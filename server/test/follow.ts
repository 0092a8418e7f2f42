import { hashToken, randomToken } from '../src/auth/tokens.ts'
import type { SqlPool } from '../src/db.ts'

/** A follow token for a story, as the author's email would carry it. */
export async function followToken(sql: SqlPool, storyId: string): Promise<string> {
  const token = randomToken()
  await sql`insert into follow_tokens (token_hash, story_id) values (${hashToken(token)}, ${storyId})`
  return token
}

/** A published response to a story. */
export async function publishedResponse(
  sql: SqlPool,
  storyId: string,
  responderTitle = 'Ward Manager',
): Promise<string> {
  const [row] = await sql<{ id: string }[]>`
    insert into responses (story_id, status, responder_title, organisation_name, body, published_at)
    values (${storyId}, 'published', ${responderTitle}, 'Testshire Hospitals', 'Thank you for telling us.', now())
    returning id`
  return row!.id
}
