import { z } from '@hono/zod-openapi'
import { LANGS } from '../i18n/index.ts'

export const PLATFORM_ROLES = ['moderator', 'senior_moderator', 'platform_admin'] as const
export const PlatformRole = z.enum(PLATFORM_ROLES)
export type PlatformRole = z.infer<typeof PlatformRole>

export const PASSWORD_MIN = 10
export const PASSWORD_MAX = 200

export const Email = z
  .string({ message: 'Enter an email address' })
  .trim()
  .max(254, 'Email address must be 254 characters or fewer')
  .pipe(z.email({ message: 'Enter an email address like name@example.com' }))

export const NewPassword = z
  .string({ message: 'Enter a password' })
  .min(PASSWORD_MIN, `Password must be at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `Password must be ${PASSWORD_MAX} characters or fewer`)

export const NewUser = z.object({
  email: Email,
  password: NewPassword,
  name: z.string().trim().min(1, 'Enter a name').max(120, 'Name must be 120 characters or fewer'),
  platformRole: PlatformRole.nullable().default(null),
})
export type NewUser = z.input<typeof NewUser>

export const Membership = z.object({
  subscriberId: z.uuid(),
  subscriberName: z.string(),
  role: z.enum(['admin', 'responder', 'viewer']),
  /** A public-interest body's members read and never respond. */
  subscriberKind: z.enum(['provider', 'public_interest']).optional(),
})

export const User = z
  .object({
    id: z.uuid(),
    email: z.string(),
    name: z.string(),
    platformRole: PlatformRole.nullable(),
    lang: z.enum(LANGS).openapi({ description: 'The language of the portal and of emails to this user' }),
    /** Filled by the subscriber portal; empty until then. */
    memberships: z.array(Membership),
  })
  .openapi('User')
export type User = z.infer<typeof User>

export const LanguageChoice = z
  .object({ lang: z.enum(LANGS, { message: 'Choose English (en) or Welsh (cy)' }) })
  .openapi('LanguageChoice')
