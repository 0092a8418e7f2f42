import type { Config } from '../config.ts'
import { log } from '../log.ts'
import type { JobRegistry } from '../mail/worker.ts'
import type { FeedCache } from '../stories/feed-cache.ts'
import { publishUnanswered } from './decide.ts'
import { PROVIDER_REVIEW_TIMEOUT } from './gate.ts'

/** A story its private provider did not answer about publishes itself when the 72 hours end. */
export function providerReviewJobs({
  config,
  feedCache,
}: {
  config: Config
  feedCache: FeedCache
}): JobRegistry {
  return {
    [PROVIDER_REVIEW_TIMEOUT]: {
      async run(sql, payload, ctx) {
        const reviewId = String(payload.reviewId)
        const published = await publishUnanswered(sql, reviewId, {
          now: ctx.now,
          publicUrl: config.PUBLIC_URL,
        })
        if (published)
          ctx.afterCommit(() => {
            feedCache.clear()
            log.info('provider_review_timed_out', { reviewId })
          })
      },
    },
  }
}
