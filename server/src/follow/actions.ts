import { AppError } from '../errors.ts'
import type { Deps } from '../http.ts'
import { log } from '../log.ts'
import { answerPrechecks } from '../precheck/index.ts'
import { clientBucket, hitRateLimit } from '../rate-limit.ts'
import {
  eraseAuthorEmail,
  findStoryByToken,
  getFollowedStory,
  insertReply,
  withdrawStory,
  type ReplyOutcome,
  type WithdrawOutcome,
} from './queries.ts'
import type { ReplyInput } from './schemas.ts'

/** Replies one story may send in a day: plenty for a conversation, too few for a flood. */
export const REPLIES_PER_DAY = 10

/** What the follow link lets an author do, shared by the JSON API and the HTML page. */
export function followActions({ sql, config, feedCache }: Deps) {
  return {
    storyFor: (token: string) => findStoryByToken(sql, token),
    view: (storyId: string) => getFollowedStory(sql, storyId),

    async reply(storyId: string, input: ReplyInput): Promise<ReplyOutcome> {
      const bucket = clientBucket('follow-reply', storyId, config.SESSION_SECRET)
      const limit = await hitRateLimit(sql, bucket, REPLIES_PER_DAY, 86400)
      if (!limit.allowed) {
        throw new AppError(
          'rate_limited',
          'You have sent a lot of replies today. Please try again tomorrow.',
          undefined,
          {
            'Retry-After': String(limit.retryAfter),
          },
        )
      }
      return insertReply(sql, storyId, input.responseId, input.body, answerPrechecks(input.body, 'reply'))
    },

    async withdraw(storyId: string): Promise<WithdrawOutcome> {
      const outcome = await sql.begin((tx) => withdrawStory(tx, storyId))
      if (outcome === 'withdrawn') {
        feedCache.clear()
        log.info('story_withdrawn', { storyId })
      }
      return outcome
    },

    async eraseEmail(storyId: string): Promise<void> {
      await sql.begin((tx) => eraseAuthorEmail(tx, storyId))
      log.info('author_email_erased', { storyId })
    },
  }
}
