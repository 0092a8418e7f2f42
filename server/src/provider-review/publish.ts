import type { Sql } from '../db.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { changeStoryStatus, type ActorType } from '../stories/lifecycle.ts'
import { dropStoryClaim } from './queries.ts'

/**
 * Publishes a story once its provider has had its say, through the same steps as a moderator's
 * publish: status, feed entries, inbox, alerts, the author's email, and the claim ended. The
 * caller clears the feed cache after commit. Inside `sql.begin`.
 */
export async function publishStory(
  sql: Sql,
  storyId: string,
  change: { actor: { type: ActorType; id?: string }; reason: string; publicUrl: string },
): Promise<void> {
  await changeStoryStatus(sql, { storyId, to: 'published', actor: change.actor, reason: change.reason })
  await queueAuthorMail(sql, { storyId, kind: 'published', publicUrl: change.publicUrl })
  await dropStoryClaim(sql, storyId)
}
