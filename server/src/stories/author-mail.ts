import type { Sql } from '../db.ts'
import { hashToken, randomToken } from '../auth/tokens.ts'
import { authorMailText, type AuthorMail } from './emails.ts'

export interface AuthorMailRequest {
  storyId: string
  kind: AuthorMail
  /** Where links point: config.PUBLIC_URL. */
  publicUrl: string
  /** For `rejected`: the moderator's reason, sent to the author. */
  reason?: string
  /** For `published`: whether a moderator changed the words before publishing. */
  edited?: boolean
}

/**
 * Queues an email to a story's author, with a new private follow link, if the author left an
 * address; otherwise does nothing. One statement (the submission path stays one round trip
 * longer, no more): the address is read, the link's hash stored and the mail queued together.
 * Returns the outbox id, if a mail was queued.
 */
export async function queueAuthorMail(sql: Sql, request: AuthorMailRequest): Promise<string | undefined> {
  const token = randomToken()
  const content = {
    followUrl: `${request.publicUrl}/follow/${token}`,
    storyUrl: `${request.publicUrl}/stories/${request.storyId}`,
    reason: request.reason,
    edited: request.edited,
  }
  // Both languages are written here and the story's own chosen in the statement, which stays one.
  const en = authorMailText(request.kind, content, 'en')
  const cy = authorMailText(request.kind, { ...content, storyUrl: `${content.storyUrl}?lang=cy` }, 'cy')
  const [row] = await sql<{ id: string }[]>`
    with s as (
      select id, email, lang from stories where id = ${request.storyId} and email is not null
    ), t as (
      insert into follow_tokens (token_hash, story_id) select ${hashToken(token)}, s.id from s
    )
    insert into outbox (kind, template, to_address, subject, text_body, story_id)
    select 'mail', ${`author_${request.kind}`}, s.email,
      case s.lang when 'cy' then ${cy.subject} else ${en.subject} end,
      case s.lang when 'cy' then ${cy.text} else ${en.text} end, s.id
    from s
    returning id`
  return row?.id
}
