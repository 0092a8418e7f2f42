/**
 * The shapes the portal exchanges with the server (`portal/API.md`). Types only: they come from the
 * server's zod schemas, so a change there that the portal does not follow fails the type check,
 * and no server code (nor zod) reaches the bundle. The constant lists are the portal's own copies.
 */
import { msg } from '@lit/localize'
import type { z } from '@hono/zod-openapi'
import type { SessionInfo } from '../../../server/src/auth/schemas.ts'
import type { ModerationTag, QueueItem } from '../../../server/src/moderation/schemas.ts'
import type { PrecheckRule } from '../../../server/src/precheck/types.ts'
import type { ServiceSummary as ServiceSummarySchema } from '../../../server/src/services/schemas.ts'
import type {
  MembershipInfo as MembershipInfoSchema,
  MySubscriber as MySubscriberSchema,
} from '../../../server/src/subscribers/schemas.ts'
import type { Membership as MembershipSchema, User as UserSchema } from '../../../server/src/users/schemas.ts'

export type User = z.infer<typeof UserSchema>
export type Membership = z.infer<typeof MembershipSchema>
export type MemberRole = Membership['role']
export type PlatformRole = NonNullable<User['platformRole']>
export type Session = z.infer<typeof SessionInfo>

export type Tag = z.infer<typeof ModerationTag>
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>

export const ITEM_KINDS = ['story', 'response', 'reply'] as const satisfies readonly z.infer<
  typeof QueueItem
>['kind'][]
export type ItemKind = (typeof ITEM_KINDS)[number]

export const ROUTES = ['widget', 'site', 'api', 'assisted'] as const satisfies readonly z.infer<
  typeof QueueItem
>['route'][]
export type StoryRoute = (typeof ROUTES)[number]

/** In the order moderators meet them most: identifying details first. */
export const FLAG_RULES = [
  'person_name',
  'email',
  'phone',
  'nhs_number',
  'postcode',
  'date',
  'person_description',
  'url',
  'all_caps',
  'profanity',
  'safeguarding',
  'complaint',
  'not_experience',
] as const satisfies readonly PrecheckRule[]
export type FlagRule = PrecheckRule

export const TAG_GROUPS = ['good', 'improve', 'feelings'] as const satisfies readonly Tag['group'][]
export type TagGroup = (typeof TAG_GROUPS)[number]

export const POLARITIES = ['positive', 'negative', 'neutral'] as const satisfies readonly Tag['polarity'][]
export type Polarity = (typeof POLARITIES)[number]

export type MySubscriber = z.infer<typeof MySubscriberSchema>
/** One organisation of the user's, frozen ones included (the organisation switcher). */
export type MembershipInfo = z.infer<typeof MembershipInfoSchema>
// Getters, so that each label is read in the portal's language when it is shown.
export const CHANGE_MARKER_LABELS = {
  get planned() {
    return msg('Change planned')
  },
  get made() {
    return msg('Change made')
  },
}
export const ROLE_LABELS: Record<MemberRole, string> = {
  get admin() {
    return msg('Admin', { id: 'role-admin' })
  },
  get responder() {
    return msg('Responder')
  },
  get viewer() {
    return msg('Viewer')
  },
}
/** A role's name inside a sentence: "you are now a responder". */
export const ROLE_NAMES_IN_TEXT: Record<MemberRole, string> = {
  get admin() {
    return msg('an admin')
  },
  get responder() {
    return msg('a responder')
  },
  get viewer() {
    return msg('a viewer')
  },
}
export const ROLE_HINTS: Record<MemberRole, string> = {
  get admin() {
    return msg('Reads stories, responds, and manages members, coverage, widgets, API keys and billing')
  },
  get responder() {
    return msg('Reads stories and writes public responses')
  },
  get viewer() {
    return msg('Reads stories and dashboards')
  },
}
