import { parseArgs } from 'node:util'
import { NewUser, PLATFORM_ROLES } from './schemas.ts'

export const CREATE_USER_USAGE =
  'users:create --email <address> --password <at least 10 characters> --role <moderator|senior_moderator|platform_admin> [--name <name>]'

export type CreateUserArgs = { ok: true; user: NewUser } | { ok: false; errors: string[] }

/** Reads and checks `users:create` options. Error messages never repeat the password. */
export function parseCreateUserArgs(args: string[]): CreateUserArgs {
  let values: Record<string, string | undefined>
  try {
    ;({ values } = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        email: { type: 'string' },
        password: { type: 'string' },
        role: { type: 'string' },
        name: { type: 'string' },
      },
    }) as { values: Record<string, string | undefined> })
  } catch (err) {
    return { ok: false, errors: [(err as Error).message.split('\n')[0] ?? 'Unknown option'] }
  }
  const errors: string[] = []
  if (!values.role) errors.push('--role is required: moderator, senior_moderator or platform_admin')
  else if (!(PLATFORM_ROLES as readonly string[]).includes(values.role)) {
    errors.push(`--role must be one of: ${PLATFORM_ROLES.join(', ')}`)
  }
  if (!values.email) errors.push('--email is required')
  if (!values.password) errors.push('--password is required')
  const parsed = NewUser.safeParse({
    email: values.email ?? '',
    password: values.password ?? '',
    name: values.name ?? values.email?.split('@')[0] ?? '',
    platformRole: values.role,
  })
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const option = `--${issue.path[0] === 'platformRole' ? 'role' : String(issue.path[0])}`
      const message = `${option}: ${issue.message}`
      if (!errors.some((e) => e.startsWith(option))) errors.push(message)
    }
  }
  if (errors.length || !parsed.success) return { ok: false, errors }
  return { ok: true, user: parsed.data }
}
