import { api } from '../shared/api.ts'
import { href } from '../shared/router.ts'
import type { Claim, Queue, QueueItem, StoryDecision, StoryPatch, WorkbenchStory } from './types.ts'
import type { ItemKind } from '../shared/types.ts'

/** The API collection for each kind of queue item: `stories`, `responses`, `replies`. */
export const COLLECTIONS: Record<ItemKind, string> = {
  story: 'stories',
  response: 'responses',
  reply: 'replies',
}

export const itemPath = (kind: ItemKind, id: string) => `/api/portal/moderation/${COLLECTIONS[kind]}/${id}`

/** Where an item's workbench lives in the portal. */
export const workbenchHref = (kind: ItemKind, id: string) => href(`/moderation/${COLLECTIONS[kind]}/${id}`)

export const claimItem = (kind: ItemKind, id: string) =>
  api.post<{ claim: Claim }>(`${itemPath(kind, id)}/claim`)
export const releaseItem = (kind: ItemKind, id: string) => api.delete(`${itemPath(kind, id)}/claim`)

/** A claim that is still running and is not `userId`'s own. */
export const heldByOther = (claim: Claim | null, userId: string | undefined, now = Date.now()) =>
  claim !== null && claim.moderatorId !== userId && Date.parse(claim.expiresAt) > now

/**
 * The next item to work on after `doneId`: the oldest one nobody else holds, claimed for us.
 * Another moderator may claim it first; then it tries the next. Undefined when the queue is empty.
 */
export async function claimNext(userId: string | undefined, doneId?: string): Promise<QueueItem | undefined> {
  const { items } = await api.get<Queue>('/api/portal/moderation/queue', { query: { limit: 20 } })
  for (const item of items) {
    if (item.id === doneId || heldByOther(item.claim, userId)) continue
    try {
      await claimItem(item.kind, item.id)
      return item
    } catch {
      // Taken or changed since the list was read: try the next one.
    }
  }
  return undefined
}

export const getStory = (id: string) => api.get<WorkbenchStory>(itemPath('story', id))
export const patchStory = (id: string, patch: StoryPatch) =>
  api.patch<WorkbenchStory>(itemPath('story', id), patch)
export const decideStory = (
  id: string,
  body: { decision: StoryDecision; reason?: string; heldUntil?: string },
) => api.post<WorkbenchStory>(`${itemPath('story', id)}/decision`, body)
