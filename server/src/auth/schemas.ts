import { z } from '@hono/zod-openapi'
import { NewPassword, User } from '../users/schemas.ts'

export const SignIn = z
  .object({
    email: z
      .string({ message: 'Enter your email address' })
      .trim()
      .min(1, 'Enter your email address')
      .max(254),
    password: z.string({ message: 'Enter your password' }).min(1, 'Enter your password').max(200),
  })
  .openapi('SignIn')

export const SessionInfo = z
  .object({
    user: User,
    csrfToken: z.string().openapi({ description: 'Send back in X-CSRF-Token with every change.' }),
  })
  .openapi('Session')

export const PasswordResetRequest = z
  .object({ email: z.string({ message: 'Enter your email address' }).trim().min(1).max(254) })
  .openapi('PasswordResetRequest')

export const PasswordResetConfirm = z
  .object({ token: z.string().max(200), password: NewPassword })
  .openapi('PasswordResetConfirm')
