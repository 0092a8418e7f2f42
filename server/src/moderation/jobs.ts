import type { Config } from '../config.ts'
import { queueAuthorMail } from '../stories/author-mail.ts'
import { log } from '../log.ts'
import type { JobRegistry } from '../mail/worker.ts'
import type { FeedCache } from '../stories/feed-cache.ts'
import { providerGate } from '../provider-review/gate.ts'
import { changeStoryStatus } from '../stories/lifecycle.ts'
import { dropClaim, lockHeldStory } from './queries.ts'
import { PUBLISH_HELD_STORY } from './story-actions.ts'
import { wasRedacted } from './story-queries.ts'

/**
 * Background jobs of moderation: a held story publishes itself when its date comes, through the
 * provider gate as a moderator's publish does (a story about a private provider that has not had
 * its say waits for it first).
 */
export function moderationJobs({ config, feedCache }: { config: Config; feedCache: FeedCache }): JobRegistry {
  return {
    [PUBLISH_HELD_STORY]: {
      async run(sql, payload, ctx) {
        const storyId = String(payload.storyId)
        const story = await lockHeldStory(sql, storyId)
        // Withdrawn, decided again, or held to a later date since: then this run has nothing to do.
        if (!story || story.status !== 'held' || !story.heldUntil || story.heldUntil > ctx.now) return
        const gate = { moderatorId: null, platformRole: null, publicUrl: config.PUBLIC_URL, now: ctx.now }
        if ((await providerGate(sql, storyId, gate)) === 'awaiting') {
          ctx.afterCommit(() => log.info('held_story_awaiting_provider', { storyId }))
          return
        }
        await changeStoryStatus(sql, {
          storyId,
          to: 'published',
          actor: { type: 'system' },
          reason: 'The hold ended',
        })
        await dropClaim(sql, 'story', storyId)
        await queueAuthorMail(sql, {
          storyId,
          kind: 'published',
          publicUrl: config.PUBLIC_URL,
          edited: await wasRedacted(sql, storyId),
        })
        ctx.afterCommit(() => {
          feedCache.clear()
          log.info('held_story_published', { storyId })
        })
      },
    },
  }
}
