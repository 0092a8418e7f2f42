import { queueStoryAlerts } from '../alerts/queue.ts'
import type { Sql } from '../db.ts'
import type { StoryStatus } from './schemas.ts'
import {
  addFeedEntries,
  insertStoryEvent,
  removeFeedEntries,
  updateStoryStatus,
  type StatusChange,
} from './queries.ts'

export type { ActorType, StatusChange } from './queries.ts'

/**
 * Moves a story to another status, keeps the public feed in step (entries exist exactly while
 * the story is published) and records the audit event. Returns the previous status, or
 * undefined if the story does not exist. Several statements: call it inside `sql.begin`.
 */
export async function changeStoryStatus(sql: Sql, change: StatusChange): Promise<StoryStatus | undefined> {
  const fromStatus = await updateStoryStatus(sql, change)
  if (!fromStatus) return undefined
  if (change.to === 'published') {
    await addFeedEntries(sql, change.storyId)
    if (fromStatus !== 'published') await queueStoryAlerts(sql, change.storyId)
  } else if (fromStatus === 'published') {
    await removeFeedEntries(sql, change.storyId)
  }
  await insertStoryEvent(sql, change, fromStatus)
  return fromStatus
}
