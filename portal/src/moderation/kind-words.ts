import { msg, str } from '@lit/localize'
import type { ItemKind } from '../shared/types.ts'
import type { StoryDecision } from './types.ts'

/**
 * The sentences that name the item being moderated, written out for each kind: in Welsh "this
 * story" and "this response" are not one pattern (stori is feminine, ymateb and ateb masculine:
 * "y stori hon", "yr ymateb hwn"), so a noun cannot be dropped into one sentence.
 */
export type KindWords = {
  chooseWhat: () => string
  whatToDo: () => string
  rejectReason: () => string
  someoneElse: () => string
  claimEnded: () => string
  claimEndedBecause: (message: string) => string
  couldNotLoad: () => string
  released: () => string
  /** The decision panel's button: "Publish the story". */
  decide: Partial<Record<StoryDecision, () => string>>
}

/** What a moderator decides on: an item of the queue, or a change claimed by a published response. */
export type Noun = ItemKind | 'change'

export const KIND_WORDS: Record<Noun, KindWords> = {
  story: {
    chooseWhat: () => msg('Choose what to do with this story'),
    whatToDo: () => msg('What do you want to do with this story?'),
    rejectReason: () => msg('Enter the reason for rejecting the story'),
    someoneElse: () => msg('Someone else is working on this story.'),
    claimEnded: () => msg('Your claim on this story has ended'),
    claimEndedBecause: (message) => msg(str`Your claim on this story has ended. ${message}`),
    couldNotLoad: () => msg('This story could not be loaded.'),
    released: () => msg('You released the story. It is back in the queue.'),
    decide: {
      publish: () => msg('Publish the story'),
      reject: () => msg('Reject the story'),
      hold: () => msg('Hold the story'),
      escalate: () => msg('Escalate the story'),
    },
  },
  response: {
    chooseWhat: () => msg('Choose what to do with this response'),
    whatToDo: () => msg('What do you want to do with this response?'),
    rejectReason: () => msg('Enter the reason for rejecting the response'),
    someoneElse: () => msg('Someone else is working on this response.'),
    claimEnded: () => msg('Your claim on this response has ended'),
    claimEndedBecause: (message) => msg(str`Your claim on this response has ended. ${message}`),
    couldNotLoad: () => msg('This response could not be loaded.'),
    released: () => msg('You released the response. It is back in the queue.'),
    decide: {
      publish: () => msg('Publish the response'),
      reject: () => msg('Reject the response'),
    },
  },
  reply: {
    chooseWhat: () => msg('Choose what to do with this reply'),
    whatToDo: () => msg('What do you want to do with this reply?'),
    rejectReason: () => msg('Enter the reason for rejecting the reply'),
    someoneElse: () => msg('Someone else is working on this reply.'),
    claimEnded: () => msg('Your claim on this reply has ended'),
    claimEndedBecause: (message) => msg(str`Your claim on this reply has ended. ${message}`),
    couldNotLoad: () => msg('This reply could not be loaded.'),
    released: () => msg('You released the reply. It is back in the queue.'),
    decide: {
      publish: () => msg('Publish the reply'),
      reject: () => msg('Reject the reply'),
    },
  },
  change: {
    chooseWhat: () => msg('Choose what to do with this change'),
    whatToDo: () => msg('What do you want to do with this change?'),
    rejectReason: () => msg('Enter the reason for rejecting the change'),
    someoneElse: () => msg('Someone else is working on this change.'),
    claimEnded: () => msg('Your claim on this change has ended'),
    claimEndedBecause: (message) => msg(str`Your claim on this change has ended. ${message}`),
    couldNotLoad: () => msg('This change could not be loaded.'),
    released: () => msg('You released the change. It is back in the queue.'),
    decide: {
      publish: () => msg('Publish the change'),
      reject: () => msg('Reject the change'),
    },
  },
}
