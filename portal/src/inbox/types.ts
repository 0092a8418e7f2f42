/** The shapes of the inbox (`portal/API.md`, "Inbox"). Types only, from the server's zod schemas, as in `shared/types.ts`. */
import type { z } from '@hono/zod-openapi'
import type {
  Inbox as InboxSchema,
  InboxStory as InboxStorySchema,
  MemberResponse as MemberResponseSchema,
  MemberStory as MemberStorySchema,
} from '../../../server/src/inbox/schemas.ts'
import type { ResponseSaved as ResponseSavedSchema } from '../../../server/src/responses/schemas.ts'

export type Inbox = z.infer<typeof InboxSchema>
export type InboxStory = z.infer<typeof InboxStorySchema>
export type MemberStory = z.infer<typeof MemberStorySchema>
export type MemberResponse = z.infer<typeof MemberResponseSchema>
export type ResponseSaved = z.infer<typeof ResponseSavedSchema>
